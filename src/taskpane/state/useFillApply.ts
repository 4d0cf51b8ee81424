/** 填充责任单位's apply step: the edits chosen, writing all or the chosen ones (asking once above 20 cells). */
import { useState } from 'react';
import type { CellEdit } from '../../core/assign/types';
import { useI18n } from '../i18n';
import { editKey, editsToWrites } from './assignJob';
import { usePane } from './PaneContext';
import { yieldToHost } from './steps';
import type { JobState } from './useJob';
import { writeNotes } from './portNotes';

/** Above this many cells, 应用 asks once before writing ("将写入 122 个单元格，可撤销"). */
export const CONFIRM_ABOVE = 20;

/** `edits` are the preview's; `onWritten` gets the edits now in the workbook (the preview drops them). */
export function useFillApply(job: JobState, edits: readonly CellEdit[] | null, onWritten: (e: CellEdit[]) => void) {
  const { port, workbookChanged } = usePane();
  const { t } = useI18n();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [pending, setPending] = useState<CellEdit[] | null>(null);

  async function write(list: CellEdit[]) {
    setPending(null);
    if (!edits) return;
    const entry = await job.run(async (ctx) => {
      ctx.onProgress({ done: 0, total: 1, label: t('cellsCount', { count: list.length }), final: true });
      await yieldToHost();
      return port.writeCells(editsToWrites(list), t('actionFill'), 'fill');
    }, 'apply');
    if (entry === undefined) return;
    onWritten(list);
    setChosen(new Set());
    job.setNotes(writeNotes(port));
    job.setNotice(t('applied', { count: list.length }));
    workbookChanged();
  }

  function apply(all: boolean) {
    if (!edits) return Promise.resolve();
    const list = all ? [...edits] : edits.filter((e) => chosen.has(editKey(e)));
    if (list.length === 0) return Promise.resolve();
    if (list.length > CONFIRM_ABOVE) {
      setPending(list);
      return Promise.resolve();
    }
    return write(list);
  }

  return {
    chosen,
    pending,
    /** A new preview: nothing chosen, nothing asked. */
    reset() {
      setChosen(new Set());
      setPending(null);
    },
    toggle(key: string) {
      const next = new Set(chosen);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      setChosen(next);
    },
    applyAll: () => apply(true),
    applyChosen: () => apply(false),
    confirm: (yes: boolean) => (yes && pending ? write(pending) : Promise.resolve(setPending(null))),
  };
}
