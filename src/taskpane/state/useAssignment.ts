/** The 填充责任单位 view-model: preview, choose, apply, undo. */
import { useState } from 'react';
import type { AssignmentResult } from '../../core/assign/types';
import { useI18n } from '../i18n';
import { editKey, editsToWrites, runAssign } from './assignJob';
import { usePane } from './PaneContext';
import { useJob } from './useJob';

export function useAssignment() {
  const { core, port, settings, selectCell, workbookChanged } = usePane();
  const { t } = useI18n();
  const job = useJob();
  const [overwrite, setOverwrite] = useState(false);
  const [normalise, setNormalise] = useState(true);
  const [result, setResult] = useState<AssignmentResult | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [canUndo, setCanUndo] = useState(port.canUndo());

  async function apply(all: boolean) {
    if (!result) return;
    const edits = all ? result.edits : result.edits.filter((e) => chosen.has(editKey(e)));
    if (edits.length === 0) return;
    const done = await job.run(async () => {
      await port.writeCells(editsToWrites(edits), t('tabAssign'));
      return true;
    });
    if (done) {
      const applied = new Set(edits.map(editKey));
      setResult({ ...result, edits: result.edits.filter((e) => !applied.has(editKey(e))) });
      setChosen(new Set());
      setCanUndo(port.canUndo());
      job.setNotice(t('applied', { count: edits.length }));
      workbookChanged();
    }
  }

  return {
    job,
    overwrite,
    normalise,
    setOverwrite,
    setNormalise,
    result,
    chosen,
    canUndo,
    async run() {
      const r = await job.run((ctx) => runAssign(core, port, settings.pack, { overwrite, normalise }, ctx));
      if (r) {
        setResult(r);
        setChosen(new Set());
      }
    },
    toggle(key: string) {
      const next = new Set(chosen);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      setChosen(next);
    },
    applyAll: () => apply(true),
    applyChosen: () => apply(false),
    async undo() {
      const undone = await job.run(() => port.undoLast());
      if (undone === undefined) return;
      job.setNotice(undone ? t('undone') : t('nothingToUndo'));
      setCanUndo(port.canUndo());
      setResult(null);
      workbookChanged();
    },
    select: (sheet: string, cell: string) => job.run(() => selectCell(sheet, cell)),
  };
}

export type AssignmentModel = ReturnType<typeof useAssignment>;
