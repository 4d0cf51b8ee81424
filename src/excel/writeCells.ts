import { toA1 } from '../core/grid';
import type { CellWrite } from '../core/port/WorkbookPort';
import { lockedCellError, syncWrite, textNeedsFormatError } from './errors';
import { guardSheets, type SheetAccess } from './sheetGuard';
import type { CellSnapshot, Snapshot } from './snapshots';
import { restoreCells } from './undo';
import { enteredAsIs, queueValue } from './textSafety';
import { loadedValue, sameValue, staleCellError } from './cellState';
import { DEFAULT_PACING, forEachPaced, type Pacing } from './bulk';

interface Target {
  w: CellWrite;
  range: Excel.Range;
  access: SheetAccess;
}

/**
 * Writes only the listed cells. Syncs: 3 whatever the count — (1) check the sheets exist and how they are protected,
 * (2) snapshot the old values, types, formulas and number formats (and Locked on protected sheets), then refuse the
 * whole write if any cell no longer holds what the planner read (`expected`) or cannot be written, (3) write.
 * Strings go in through the "@" format so they stay text (textSafety.ts). If the write sync itself fails, the
 * snapshot is put back before the error is reported. Proxies are queued in chunks with a pause between them.
 */
export async function writeCells(
  context: Excel.RequestContext,
  writes: CellWrite[],
  label: string,
  pacing: Pacing = DEFAULT_PACING,
): Promise<Snapshot | null> {
  if (writes.length === 0) return null;
  const guard = guardSheets(context, writes.map((w) => w.sheet));
  await context.sync();
  guard.check('content'); // a missing sheet stops us before anything is loaded or written
  const targets: Target[] = [];
  await forEachPaced(writes, pacing, (w) => {
    const range = guard.sheets.get(w.sheet)!.sheet.getCell(w.row, w.col);
    const access = guard.access(w.sheet);
    range.load('values,valueTypes,formulas,numberFormat');
    if (access.protected) range.format.protection.load('locked');
    targets.push({ w, range, access });
  });
  await context.sync();
  targets.forEach(checkTarget);

  const cells: CellSnapshot[] = targets.map(({ w, range }) => ({
    sheet: w.sheet,
    row: w.row,
    col: w.col,
    value: range.values[0][0],
    formula: range.formulas[0][0],
    numberFormat: range.numberFormat[0][0],
    valueType: range.valueTypes[0][0],
    written: w.value,
  }));
  const snapshot: Snapshot = { label, cells, addedSheets: [], replacedSheets: [] };

  context.application.suspendApiCalculationUntilNextSync();
  context.application.suspendScreenUpdatingUntilNextSync();
  await forEachPaced(targets, pacing, ({ w, range, access }, i) => {
    const format = String(cells[i].numberFormat ?? 'General');
    // Where formats may not change, checkTarget let through only text Excel takes as typed.
    if (access.canFormat) queueValue(range, w.value, format);
    else range.values = [[w.value ?? '']];
  });
  const first = writes[0];
  await syncWrite(context, { sheet: first.sheet, cell: toA1(first.row, first.col), action: '写入' }, async () => {
    await restoreCells(context, cells, new Map([...guard.sheets].map(([n, g]) => [n, g.sheet])), pacing, guard.access);
    await context.sync();
  });
  return snapshot;
}

/** Refuses (before any write) a cell that changed since it was read, is locked, or cannot take its text as text. */
function checkTarget({ w, range, access }: Target): void {
  if (w.expected !== undefined && !sameValue(loadedValue(range), w.expected)) throw staleCellError(w.sheet, w.row, w.col);
  if (access.protected && range.format.protection.locked !== false) throw lockedCellError(w.sheet, toA1(w.row, w.col));
  if (!access.canFormat && typeof w.value === 'string' && !enteredAsIs(w.value) && range.numberFormat[0][0] !== '@') {
    throw textNeedsFormatError(w.sheet, toA1(w.row, w.col), w.value);
  }
}
