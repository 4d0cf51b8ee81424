/**
 * The old reader, kept as a test oracle only (the streaming reader in src/xlsx/read is what the CLI and the pane
 * use; sameAsOld.property.test.ts checks it gives the same grids). .xlsx → Grid with ExcelJS. Values as Excel shows them: rich text flattened, dates as Excel
 * serials, formulas as their cached result (errors as { error }), hyperlinks as their text; merged areas,
 * number formats, formulas and hidden rows/columns alongside.
 */
import ExcelJS from 'exceljs';
import type { CellValue, Grid, MergeArea } from '../../src/core/grid';
import { columnIndex } from '../../src/core/grid';

const DAY_MS = 86_400_000;
/** 1970-01-01 as an Excel serial. */
const UNIX_EPOCH_SERIAL = 25569;

export async function readWorkbookFile(path: string): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map(gridFromWorksheet);
}

/** ExcelJS writes dates as UTC midnights, so the serial is exact in whole days (times kept as fractions). */
export function dateToSerial(d: Date): number {
  return d.getTime() / DAY_MS + UNIX_EPOCH_SERIAL;
}

function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { error: o.error };
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join('');
    if ('formula' in o || 'sharedFormula' in o) return plain(o.result);
    if ('text' in o) return plain(o.text); // hyperlink: { text, hyperlink }; text may itself be rich text
  }
  return null;
}

function formulaOf(cell: ExcelJS.Cell): string | null {
  const f = cell.formula; // also resolves shared formulas to this cell's own text
  return f ? `=${f}` : null;
}

function parseRange(ref: string): MergeArea | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) return null;
  return { top: Number(m[2]) - 1, left: columnIndex(m[1]), bottom: Number(m[4]) - 1, right: columnIndex(m[3]) };
}

export function gridFromWorksheet(ws: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  let colCount = 0;
  let rowCount = 0;
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    const vals: CellValue[] = [];
    const fmts: (string | null)[] = [];
    const fms: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      // A merged area's other cells report the top-left value in ExcelJS; Excel holds nothing there.
      const isSlave = cell.type === ExcelJS.ValueType.Merge;
      vals[c] = isSlave ? null : plain(cell.value);
      fmts[c] = cell.numFmt || null;
      fms[c] = isSlave ? null : formulaOf(cell);
      if (c + 1 > colCount) colCount = c + 1;
    });
    for (let i = 0; i < vals.length; i++) {
      if (vals[i] === undefined) vals[i] = null;
      if (fmts[i] === undefined) fmts[i] = null;
      if (fms[i] === undefined) fms[i] = null;
    }
    values[r] = vals;
    numberFormats[r] = fmts;
    formulas[r] = fms;
    rowCount = rowNumber;
  });
  const merges = ((ws.model as { merges?: string[] }).merges ?? [])
    .map(parseRange)
    .filter((m): m is MergeArea => m !== null);
  for (const m of merges) {
    rowCount = Math.max(rowCount, m.bottom + 1);
    colCount = Math.max(colCount, m.right + 1);
  }
  for (let r = 0; r < rowCount; r++) {
    values[r] ??= [];
    numberFormats[r] ??= [];
    formulas[r] ??= [];
  }
  const hiddenCols: number[] = [];
  const lastCol = Math.max(colCount, ws.columnCount);
  for (let c = 1; c <= lastCol; c++) if (ws.getColumn(c).hidden) hiddenCols.push(c - 1);
  return { name: ws.name, values, numberFormats, formulas, merges, hiddenRows, hiddenCols, rowCount, colCount };
}
