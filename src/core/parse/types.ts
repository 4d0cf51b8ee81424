import type { CellValue } from '../grid';

/** A date as the ledger means it: day or month precision. */
export interface LedgerDate {
  year: number;
  month: number; // 1-12
  day?: number; // absent when only a month was given (2023.3, 2023年3月)
}

/** The result of parsing one cell for its field. */
export type ParsedValue = number | string | string[] | LedgerDate | null;

export interface ParsedCell {
  /** The cell as the sheet holds it. */
  raw: CellValue;
  /** The parsed value: amounts in 万元, percents as fractions (0.85), units as string[], dates as LedgerDate. */
  value: ParsedValue;
  /** True when the cell is empty or empty-looking (spaces, "-", "/", "无"). */
  empty: boolean;
  /** Parse problems, as issue codes with parameters (e.g. { code: 'type-error' }). Empty when clean. */
  problems: { code: string; params?: Record<string, string | number> }[];
}
