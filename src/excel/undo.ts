import { guardSheets, guardStructure, type SheetAccess } from './sheetGuard';
import type { CellSnapshot, SheetSnapshot, Snapshot } from './snapshots';
import { enteredAsIs, hasRealFormula, queueRestore } from './textSafety';
import { loadedValue, sameValue, changedSinceError } from './cellState';
import { toCellValue } from './readGrid';
import { lockedCellError, protectedSheetError, syncWrite, textNeedsFormatError } from './errors';
import { clearSheet } from './sheetClear';
import { toA1 } from '../core/grid';
import { DEFAULT_PACING, forEachPaced, quiet, type Pacing } from './bulk';
import { BYTES, runSliced, writeSliced } from './payload';

/** Estimated bytes to put one cell back (a path, up to four actions, the value). */
export const restoreBytes = (c: CellSnapshot): number =>
  BYTES.proxy + 4 * BYTES.action + 3 * String(c.value ?? c.formula ?? '').length;

/**
 * Queues the old number format and content of each cell (no sync; paused between chunks). On a protected sheet
 * that forbids formatting, only the content goes back (Taizhang's writes leave formats as they were there).
 */
export async function restoreCells(
  context: Excel.RequestContext,
  cells: CellSnapshot[],
  sheets: Map<string, Excel.Worksheet>,
  pacing: Pacing = DEFAULT_PACING,
  access?: (sheet: string) => SheetAccess,
): Promise<void> {
  await forEachPaced(cells, pacing, (c) => {
    const ws = sheets.get(c.sheet) ?? context.workbook.worksheets.getItem(c.sheet);
    const range = ws.getCell(c.row, c.col);
    if (access && !access(c.sheet).canFormat)
      range.formulas = [[hasRealFormula(c) ? c.formula : ((c.value ?? '') as string)]];
    else queueRestore(range, c);
  });
}

/**
 * Queues a whole grid back (a replaced sheet's used range): text cells through "@" (as textSafety.ts explains),
 * formulas as formulas, then every cell's own number format.
 */
export function restoreGrid(
  range: Excel.Range,
  s: Pick<SheetSnapshot, 'values' | 'formulas' | 'numberFormats' | 'valueTypes'>,
): void {
  const isText = (i: number, j: number): boolean => {
    const c = { value: s.values[i][j], formula: s.formulas[i][j] };
    const type = s.valueTypes?.[i]?.[j];
    return (
      !hasRealFormula(c) && (type === undefined ? typeof c.value === 'string' && c.value !== '' : type === 'String')
    );
  };
  // First pass: text under "@", everything else under its own format — General where that is "@" (a Text cell
  // would take a number or formula as text).
  const entryFormat = (f: unknown, i: number, j: number): string =>
    isText(i, j) ? '@' : f === '@' ? 'General' : String(f ?? 'General');
  range.numberFormat = s.numberFormats.map((row, i) => row.map((f, j) => entryFormat(f, i, j)));
  range.formulas = s.values.map((row, i) =>
    row.map((v, j) => (hasRealFormula({ value: v, formula: s.formulas[i][j] }) ? s.formulas[i][j] : v)),
  ) as string[][];
  range.numberFormat = s.numberFormats as string[][];
}

/**
 * Queues putting a replaced sheet back in place (emptied first, charts too), or re-adding it if the user deleted it
 * meanwhile: values, formulas and number formats of its old used range.
 */
function rebuildSheet(
  context: Excel.RequestContext,
  s: SheetSnapshot,
  live: { ws: Excel.Worksheet } | undefined,
): void {
  let ws: Excel.Worksheet;
  if (live) {
    ws = live.ws;
    clearSheet(ws, ws.charts);
  } else {
    ws = context.workbook.worksheets.add(s.name);
    ws.position = s.position;
  }
  const rows = s.values.length;
  const cols = rows > 0 ? s.values[0].length : 0;
  if (rows === 0 || cols === 0) return;
  restoreGrid(ws.getRangeByIndexes(0, 0, rows, cols), s);
}

/**
 * Refuses the undo when a cell no longer holds what the action wrote (the user typed over it or sorted the rows
 * since), or is locked on a protected sheet. Loads in its own sync, after the sheets were found to exist.
 */
async function checkWritten(
  context: Excel.RequestContext,
  snap: Snapshot,
  guard: ReturnType<typeof guardSheets>,
  pacing: Pacing,
): Promise<void> {
  const loaded: { c: CellSnapshot; range: Excel.Range; locked: boolean }[] = [];
  await runSliced(
    snap.cells,
    () => BYTES.proxy + 2 * BYTES.action + BYTES.readCell,
    async (slice) => {
      await forEachPaced(slice, pacing, (c) => {
        const range = guard.sheets.get(c.sheet)!.sheet.getCell(c.row, c.col);
        range.load('values,valueTypes');
        const locked = guard.access(c.sheet).protected;
        if (locked) range.format.protection.load('locked');
        loaded.push({ c, range, locked });
      });
      await context.sync();
    },
  );
  for (const { c, range, locked } of loaded) {
    const written = c.written === '' || c.written === undefined ? null : c.written;
    const now = loadedValue(range);
    // Holding the old value again is fine too: an undo that failed part-way can be retried.
    if (!sameValue(now, written) && !sameValue(now, toCellValue(c.value, c.valueType)))
      throw changedSinceError(c.sheet, c.row, c.col, snap.label);
    if (locked && range.format.protection.locked !== false) throw lockedCellError(c.sheet, toA1(c.row, c.col));
    const old = c.value;
    if (
      !guard.access(c.sheet).canFormat &&
      typeof old === 'string' &&
      old !== '' &&
      !hasRealFormula(c) &&
      !enteredAsIs(old) &&
      c.numberFormat !== '@'
    ) {
      throw textNeedsFormatError(c.sheet, toA1(c.row, c.col), old); // it would come back as a number or date
    }
  }
}

/**
 * Puts back one snapshot. Syncs: 2, or 3 with cells — (1) check the sheets still exist, how they are protected and
 * (for sheet actions) that the workbook structure is not, (2) check the cells still hold what the action wrote,
 * (3) restore. Added sheets are deleted; replaced sheets are rebuilt (values, formulas, number formats; fills and
 * charts of a replaced summary are not kept — it is rebuilt from the ledgers anyway).
 */
export async function undoSnapshot(
  context: Excel.RequestContext,
  snap: Snapshot,
  pacing: Pacing = DEFAULT_PACING,
): Promise<void> {
  const cellSheets = [...new Set(snap.cells.map((c) => c.sheet))];
  const guard = guardSheets(context, cellSheets);
  const sheetAction = snap.addedSheets.length > 0 || snap.replacedSheets.length > 0;
  const structure = sheetAction ? guardStructure(context) : null;
  const item = (name: string): Excel.Worksheet => {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    ws.load('name');
    ws.protection.load('protected');
    return ws;
  };
  const added = snap.addedSheets.map(item);
  const replaced = snap.replacedSheets.map((s) => ({ s, ws: item(s.name) }));
  await context.sync();
  guard.check('content');
  const removed = added.filter((ws) => !ws.isNullObject);
  const gone = replaced.filter((r) => r.ws.isNullObject);
  if (removed.length > 0 || gone.length > 0) structure?.check(); // deleting or re-adding a sheet
  for (const r of replaced) if (!r.ws.isNullObject && r.ws.protection.protected) throw protectedSheetError(r.s.name);
  if (snap.cells.length > 0) await checkWritten(context, snap, guard, pacing);
  const inPlace = replaced.filter((r) => !r.ws.isNullObject);
  if (inPlace.length > 0) {
    for (const r of inPlace) r.ws.charts.load('items/name');
    await context.sync();
  }

  const place = { action: `撤销“${snap.label}”` };
  if (sheetAction) {
    quiet(context, pacing);
    for (const ws of removed) ws.delete(); // only sheets this action created: nothing else can point at them yet
    for (const r of replaced) rebuildSheet(context, r.s, r.ws.isNullObject ? undefined : r);
    await syncWrite(context, place);
  }
  const sheets = new Map([...guard.sheets].map(([n, g]) => [n, g.sheet]));
  await writeSliced(
    snap.cells,
    restoreBytes,
    async (slice) => {
      quiet(context, pacing);
      await restoreCells(context, slice, sheets, pacing, guard.access);
      await context.sync();
    },
    place,
  );
}
