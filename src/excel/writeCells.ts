import { toA1 } from '../core/grid';
import type { CellWrite } from '../core/port/WorkbookPort';
import { lockedCellError, textNeedsFormatError } from './errors';
import { guardSheets, type SheetAccess } from './sheetGuard';
import type { CellSnapshot, Snapshot } from './snapshots';
import { restoreCells, restoreBytes } from './undo';
import { enteredAsIs, queueValue } from './textSafety';
import { loadedValue, sameValue, staleCellError } from './cellState';
import { DEFAULT_PACING, forEachPaced, quiet, type Pacing } from './bulk';
import { BYTES, runSliced, writeSliced } from './payload';

interface Target {
  w: CellWrite;
  sheet: Excel.Worksheet;
  access: SheetAccess;
  range?: Excel.Range;
}

/** Estimated bytes to load one cell's snapshot (path, load, values/types/formulas/format back; Locked when protected). */
const loadBytes = (t: Target): number =>
  BYTES.proxy + BYTES.action + BYTES.readCell + (t.access.protected ? BYTES.action : 0);
/** Estimated bytes to write one value ("@", the value, the format back). */
const writeBytes = (t: Target): number => 3 * BYTES.action + 3 * String(t.w.value ?? '').length + 20;

/**
 * Writes only the listed cells. Syncs: 1 + 2 × about bytes / 1.5 MB — (1) check the sheets exist and how they are
 * protected, (2) snapshot the old values, types, formulas and number formats (and Locked on protected sheets), then
 * refuse the whole write if any cell no longer holds what the planner read (`expected`) or cannot be written,
 * (3) write. Strings go in through the "@" format so they stay text (textSafety.ts). If a write sync fails, the
 * snapshot is put back before the error is reported. Proxies are queued in chunks with a pause between them.
 */
export async function writeCells(
  context: Excel.RequestContext,
  writes: CellWrite[],
  label: string,
  pacing: Pacing = DEFAULT_PACING,
): Promise<Snapshot | null> {
  if (writes.length === 0) return null;
  const guard = guardSheets(
    context,
    writes.map((w) => w.sheet),
  );
  await context.sync();
  guard.check('content'); // a missing sheet stops us before anything is loaded or written
  const targets: Target[] = writes.map((w) => ({
    w,
    sheet: guard.sheets.get(w.sheet)!.sheet,
    access: guard.access(w.sheet),
  }));
  await loadTargets(context, targets, pacing);
  targets.forEach(checkTarget);

  const cells = targets.map(snapshotOf);
  const formats = new Map(targets.map((t, i) => [t, String(cells[i].numberFormat ?? 'General')]));
  const sheets = new Map([...guard.sheets].map(([n, g]) => [n, g.sheet]));
  const first = writes[0];
  const rollback = () =>
    runSliced(cells, restoreBytes, async (slice) => {
      await restoreCells(context, slice, sheets, pacing, guard.access);
      await context.sync();
    });
  await writeSliced(
    targets,
    writeBytes,
    async (slice) => {
      quiet(context, pacing);
      await forEachPaced(slice, pacing, (t) => {
        // Where formats may not change, checkTarget let through only text Excel takes as typed.
        if (t.access.canFormat) queueValue(t.range!, t.w.value, formats.get(t)!);
        else t.range!.values = [[t.w.value ?? '']];
      });
      await context.sync();
    },
    { sheet: first.sheet, cell: toA1(first.row, first.col), action: '写入' },
    rollback,
  );
  return { label, cells, addedSheets: [], replacedSheets: [] };
}

/** Loads each target cell's value, type, formula and format (and Locked on a protected sheet), in slices. */
async function loadTargets(context: Excel.RequestContext, targets: Target[], pacing: Pacing): Promise<void> {
  await runSliced(targets, loadBytes, async (slice) => {
    await forEachPaced(slice, pacing, (t) => {
      const range = t.sheet.getCell(t.w.row, t.w.col);
      range.load('values,valueTypes,formulas,numberFormat');
      if (t.access.protected) range.format.protection.load('locked');
      t.range = range;
    });
    await context.sync();
  });
}

/** What undo puts back: the cell as loaded, and what was written there. */
function snapshotOf({ w, range }: Target): CellSnapshot {
  return {
    sheet: w.sheet,
    row: w.row,
    col: w.col,
    value: range!.values[0][0],
    formula: range!.formulas[0][0],
    numberFormat: range!.numberFormat[0][0],
    valueType: range!.valueTypes[0][0],
    written: w.value,
  };
}

/** Refuses (before any write) a cell that changed since it was read, is locked, or cannot take its text as text. */
function checkTarget({ w, range, access }: Target): void {
  const r = range!;
  if (w.expected !== undefined && !sameValue(loadedValue(r), w.expected)) throw staleCellError(w.sheet, w.row, w.col);
  if (access.protected && r.format.protection.locked !== false) throw lockedCellError(w.sheet, toA1(w.row, w.col));
  if (!access.canFormat && typeof w.value === 'string' && !enteredAsIs(w.value) && r.numberFormat[0][0] !== '@') {
    throw textNeedsFormatError(w.sheet, toA1(w.row, w.col), w.value);
  }
}
