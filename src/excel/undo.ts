import { guardSheets } from './sheetGuard';
import type { CellSnapshot, SheetSnapshot, Snapshot } from './snapshots';
import { restoreEntry } from './textSafety';
import { DEFAULT_PACING, forEachPaced, type Pacing } from './bulk';

/** Queues the old number format and content of each cell (no sync; paused between chunks). */
export async function restoreCells(
  context: Excel.RequestContext,
  cells: CellSnapshot[],
  sheets: Map<string, Excel.Worksheet>,
  pacing: Pacing = DEFAULT_PACING,
): Promise<void> {
  await forEachPaced(cells, pacing, (c) => {
    const ws = sheets.get(c.sheet) ?? context.workbook.worksheets.getItem(c.sheet);
    const range = ws.getCell(c.row, c.col);
    range.numberFormat = [[c.numberFormat as string]];
    range.formulas = [[restoreEntry(c.value, c.formula)]];
  });
}

/** Queues the rebuild of a replaced sheet: values, formulas and number formats of its old used range. */
function rebuildSheet(context: Excel.RequestContext, s: SheetSnapshot): void {
  const ws = context.workbook.worksheets.add(s.name);
  ws.position = s.position;
  const rows = s.values.length;
  const cols = rows > 0 ? s.values[0].length : 0;
  if (rows === 0 || cols === 0) return;
  const range = ws.getRangeByIndexes(0, 0, rows, cols);
  range.numberFormat = s.numberFormats as string[][];
  range.formulas = s.values.map((row, i) => row.map((v, j) => restoreEntry(v, s.formulas[i][j])));
}

/**
 * Puts back one snapshot. Syncs: 2 — (1) check the sheets still exist and are not protected, (2) restore.
 * Added sheets are deleted; replaced sheets are rebuilt (values, formulas, number formats; fills and charts of
 * a replaced summary are not kept — it is rebuilt from the ledgers anyway).
 */
export async function undoSnapshot(context: Excel.RequestContext, snap: Snapshot, pacing: Pacing = DEFAULT_PACING): Promise<void> {
  const cellSheets = [...new Set(snap.cells.map((c) => c.sheet))];
  const guard = guardSheets(context, cellSheets);
  const added = snap.addedSheets.map((name) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    ws.load('name');
    return ws;
  });
  await context.sync();
  guard.check(true);

  context.application.suspendApiCalculationUntilNextSync();
  context.application.suspendScreenUpdatingUntilNextSync();
  for (const ws of added) if (!ws.isNullObject) ws.delete();
  for (const s of snap.replacedSheets) rebuildSheet(context, s);
  await restoreCells(context, snap.cells, new Map([...guard.sheets].map(([n, g]) => [n, g.sheet])), pacing);
  await context.sync();
}
