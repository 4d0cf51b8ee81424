/**
 * The sheet as data. Every adapter (Office.js, ExcelJS) produces a Grid; the core reads nothing else.
 * A Grid is always anchored at A1: values[0][0] is cell A1, so an index maps to an address without offsets.
 */

/** An Excel error value (#REF!, #DIV/0!, #N/A...) as typed data, never a thrown string. */
export interface CellError {
  readonly error: string;
}

export type CellValue = number | string | boolean | CellError | null;

/** A merged area, 0-based inclusive indices. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** Sheet name. */
  name: string;
  /** values[row][col], 0-based, anchored at A1. Rows may be shorter than colCount (missing = null). */
  values: CellValue[][];
  /** Number formats in the same shape as values; optional, missing = "General". */
  numberFormats?: (string | null)[][];
  /** Formulas in the same shape (e.g. "=SUM(E5:E9)"), null where the cell holds a constant; optional. */
  formulas?: (string | null)[][];
  merges: MergeArea[];
  /** 0-based indices of hidden rows / columns. */
  hiddenRows: number[];
  hiddenCols: number[];
  rowCount: number;
  colCount: number;
}

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === 'object' && v !== null && typeof (v as CellError).error === 'string';
}

export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.values[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

export function formatAt(grid: Grid, row: number, col: number): string | null {
  return grid.numberFormats?.[row]?.[col] ?? null;
}

/** Builds a Grid from plain rows (tests, samples, in-memory workbooks). */
export function gridFromRows(name: string, rows: CellValue[][], extra: Partial<Grid> = {}): Grid {
  const colCount = rows.reduce((m, r) => Math.max(m, r.length), 0);
  return {
    name,
    values: rows,
    merges: [],
    hiddenRows: [],
    hiddenCols: [],
    rowCount: rows.length,
    colCount,
    ...extra,
  };
}
