/** The 填充责任单位 view-model: preview, choose, apply (asking once above 20 cells), undo the fill. */
import { useState } from 'react';
import type { CellEdit } from '../../core/assign/types';
import { useI18n } from '../i18n';
import { editKey, editsToWrites, runAssign, type PaneAssignment } from './assignJob';
import { usePane } from './PaneContext';
import { lastActionOf } from './useActionHistory';
import { useJob } from './useJob';
import { yieldToHost } from './steps';
import { useUndo } from './useUndo';

/** Above this many cells, 应用 asks once before writing ("将写入 122 个单元格，可撤销"). */
export const CONFIRM_ABOVE = 20;

export function useAssignment() {
  const { core, port, settings, selectCell, workbookChanged, actions } = usePane();
  const { t } = useI18n();
  const job = useJob();
  const undoEntry = useUndo(job);
  const [overwrite, setOverwrite] = useState(false);
  const [normalise, setNormalise] = useState(true);
  const [result, setResult] = useState<PaneAssignment | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [pending, setPending] = useState<CellEdit[] | null>(null);
  const lastFill = lastActionOf(actions, ['fill']);

  async function write(edits: CellEdit[]) {
    setPending(null);
    if (!result) return;
    const entry = await job.run(async (ctx) => {
      ctx.onProgress({ done: 0, total: 1, label: t('cellsCount', { count: edits.length }), final: true });
      await yieldToHost();
      return port.writeCells(editsToWrites(edits), t('actionFill'), 'fill');
    }, 'apply');
    if (entry === undefined) return;
    const applied = new Set(edits.map(editKey));
    setResult({ ...result, edits: result.edits.filter((e) => !applied.has(editKey(e))) });
    setChosen(new Set());
    job.setNotice(t('applied', { count: edits.length }));
    workbookChanged();
  }

  function apply(all: boolean) {
    if (!result) return Promise.resolve();
    const edits = all ? result.edits : result.edits.filter((e) => chosen.has(editKey(e)));
    if (edits.length === 0) return Promise.resolve();
    if (edits.length > CONFIRM_ABOVE) {
      setPending(edits);
      return Promise.resolve();
    }
    return write(edits);
  }

  return {
    job,
    overwrite,
    normalise,
    setOverwrite,
    setNormalise,
    result,
    chosen,
    pending,
    lastFill,
    async run() {
      const r = await job.run((ctx) =>
        runAssign(core, port, settings.pack, { overwrite, normalise }, ctx, settings.mappings),
      );
      if (r) {
        setResult(r);
        setChosen(new Set());
        setPending(null);
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
    confirm: (yes: boolean) => (yes && pending ? write(pending) : Promise.resolve(setPending(null))),
    async undo() {
      if (lastFill && (await undoEntry(lastFill))) setResult(null);
    },
    select: (sheet: string, cell: string) => job.run(() => selectCell(sheet, cell)),
  };
}

export type AssignmentModel = ReturnType<typeof useAssignment>;
