/** The issue list's view state over one result: type filter, page, and the selected issue (previous / next). */
import { useCallback, useMemo, useState } from 'react';
import { countBySeverity } from '../../core/validate/issueCounts';
import type { Issue } from '../../core/validate/types';
import { useI18n } from '../i18n';
import { countByType, filterIssues, pageOf, stepTo } from './issueGroups';
import { usePane } from './PaneContext';

/** `goTo` shows an issue's cell in the workbook when the clerk selects it. */
export function useIssueBrowser(issues: readonly Issue[], goTo: (issue: Issue) => Promise<void>) {
  const { core } = usePane();
  const { lang } = useI18n();
  const [filter, setFilter] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Issue | null>(null);
  const types = useMemo(() => countByType(issues, core.issueCatalogue, lang), [issues, core, lang]);
  const severities = useMemo(() => countBySeverity(issues), [issues]);
  const filtered = useMemo(() => filterIssues(issues, filter), [issues, filter]);
  const at = selected ? filtered.indexOf(selected) : -1;
  /** The clerk went to another sheet: a selection on any other sheet is dropped. Stable (an effect's dependency). */
  const keepSelectionOn = useCallback((sheet: string) => {
    setSelected((sel) => (sel && sel.sheet !== sheet ? null : sel));
  }, []);

  async function select(issue: Issue) {
    setSelected(issue);
    await goTo(issue);
  }

  return {
    types,
    severities,
    filter,
    /** The issues shown (after the type filter), errors first: what 标记 and 导出 act on. */
    filtered,
    paged: pageOf(filtered, page),
    selected,
    /** 1-based position of the selected issue in the filtered list, 0 when none. */
    position: at + 1,
    setPage,
    select,
    setFilter(code: string | null) {
      setFilter(code);
      setPage(1);
      setSelected(null);
    },
    /** The previous (-1) or next (+1) issue of the filtered list; turns the page when it is on another. */
    async step(delta: -1 | 1) {
      const next = stepTo(filtered, at, delta);
      if (!next) return;
      setPage(next.page);
      await select(next.item);
    },
    /** A new result: all types, first page, nothing selected. */
    reset() {
      setFilter(null);
      setPage(1);
      setSelected(null);
    },
    keepSelectionOn,
  };
}
