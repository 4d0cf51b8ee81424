/** The 填充责任单位 view-model: preview, choose, apply (asking once above 20 cells, useFillApply), undo the fill. */
import { useState } from 'react';
import { editKey, runAssign, type PaneAssignment } from './assignJob';
import { usePane } from './PaneContext';
import { lastActionOf } from './useActionHistory';
import { useFillApply } from './useFillApply';
import { useJob } from './useJob';
import { useUndo } from './useUndo';

export function useAssignment() {
  const { core, port, settings, selectCell, actions } = usePane();
  const job = useJob();
  const undoEntry = useUndo(job);
  const [overwrite, setOverwrite] = useState(false);
  const [normalise, setNormalise] = useState(true);
  const [result, setResult] = useState<PaneAssignment | null>(null);
  const lastFill = lastActionOf(actions, ['fill']);
  const fill = useFillApply(job, result?.edits ?? null, (written) => {
    const applied = new Set(written.map(editKey));
    if (result) setResult({ ...result, edits: result.edits.filter((e) => !applied.has(editKey(e))) });
  });

  return {
    ...fill,
    job,
    overwrite,
    normalise,
    setOverwrite,
    setNormalise,
    result,
    lastFill,
    async run() {
      const r = await job.run((ctx) =>
        runAssign(core, port, settings.pack, { overwrite, normalise }, ctx, settings.mappings),
      );
      if (r) {
        setResult(r);
        fill.reset();
      }
    },
    async undo() {
      if (lastFill && (await undoEntry(lastFill))) setResult(null);
    },
    select: (sheet: string, cell: string) => job.run(() => selectCell(sheet, cell)),
  };
}

export type AssignmentModel = ReturnType<typeof useAssignment>;
