import { toA1 } from '../core/grid';
import type { CellWrite } from '../core/port/WorkbookPort';
import { toWorkbookError } from './errors';
import { guardSheets } from './sheetGuard';
import type { CellSnapshot, Snapshot } from './snapshots';
import { restoreCells } from './undo';
import { asTypedText } from './textSafety';
import { DEFAULT_PACING, forEachPaced, type Pacing } from './bulk';

/**
 * Writes only the listed cells. Syncs: 3 whatever the count — (1) check the sheets exist and are not
 * protected, (2) snapshot the old values, formulas and number formats, (3) write. Strings starting with = + - @ go in as text (see textSafety.ts).
 * If the write sync itself fails, the snapshot is put back before the error is reported. Proxies are queued in
 * chunks with a pause between them (pacing), which adds no sync.
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
  guard.check(true); // a missing or protected sheet stops us before anything is loaded or written
  const olds: { w: CellWrite; range: Excel.Range }[] = [];
  await forEachPaced(writes, pacing, (w) => {
    const range = guard.sheets.get(w.sheet)!.sheet.getCell(w.row, w.col);
    range.load('values,formulas,numberFormat');
    olds.push({ w, range });
  });
  await context.sync();

  const cells: CellSnapshot[] = olds.map(({ w, range }) => ({
    sheet: w.sheet,
    row: w.row,
    col: w.col,
    value: range.values[0][0],
    formula: range.formulas[0][0],
    numberFormat: range.numberFormat[0][0],
  }));
  const snapshot: Snapshot = { label, cells, addedSheets: [], replacedSheets: [] };

  context.application.suspendApiCalculationUntilNextSync();
  context.application.suspendScreenUpdatingUntilNextSync();
  await forEachPaced(olds, pacing, ({ w, range }) => {
    range.values = [[asTypedText(w.value)]];
  });
  try {
    await context.sync();
  } catch (e) {
    const first = writes[0];
    try {
      await restoreCells(context, cells, new Map([...guard.sheets].map(([n, g]) => [n, g.sheet])), pacing);
      await context.sync();
    } catch {
      // The original error is what the user needs to see; a failed rollback is reported by it too.
    }
    throw toWorkbookError(e, { sheet: first.sheet, cell: toA1(first.row, first.col), action: '写入' });
  }
  return snapshot;
}
