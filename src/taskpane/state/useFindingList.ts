/**
 * The 周报 findings as a list the clerk walks: paged, errors first, a click or 上一条 / 下一条 selects the cell in
 * the workbook. A removed project of a second file or a snapshot has no cell here: the pane says where it is.
 */
import { useMemo, useState } from 'react';
import { filterIssues, pageOf, stepTo } from './issueGroups';
import type { FindingItem } from './compareJob';
import { usePane } from './PaneContext';
import type { JobState } from './useJob';

export function useFindingList(items: readonly FindingItem[], job: JobState) {
  const { selectCell } = usePane();
  const sorted = useMemo(() => filterIssues(items, null) as FindingItem[], [items]);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<FindingItem | null>(null);
  const at = selected ? sorted.indexOf(selected) : -1;

  async function select(item: FindingItem) {
    setSelected(item);
    if (item.local && item.cell) await job.run(() => selectCell(item.sheet, item.cell!), 'select');
  }

  return {
    items: sorted,
    paged: pageOf(sorted, page),
    setPage,
    selected,
    /** 1-based position of the selected finding, 0 when none. */
    position: at + 1,
    /** The selected finding when its row is not in this workbook (a second file, a snapshot). */
    elsewhere: selected && !selected.local ? selected : null,
    select,
    async step(delta: -1 | 1) {
      const next = stepTo(sorted, at, delta);
      if (!next) return;
      setPage(next.page);
      await select(next.item);
    },
    reset() {
      setSelected(null);
      setPage(1);
    },
  };
}

export type FindingListModel = ReturnType<typeof useFindingList>;
