import type { FieldId, LedgerKind } from '../schema/types';

export type AmountUnit = '万元' | '亿元' | '元';

export interface ColumnMapping {
  field: FieldId;
  /** 0-based column index and its letters. */
  col: number;
  letter: string;
  /** The flattened header text, e.g. "投资情况（万元）/总投资". */
  header: string;
  /** For amount fields: the unit the column is written in, and where it came from. */
  unit?: AmountUnit;
  unitSource?: 'header' | 'note' | 'default';
}

export interface UnmappedColumn {
  col: number;
  letter: string;
  header: string;
}

/** The as-of date of a ledger (from 1-10月完成投资, 截止时间：2023年10月31日 ...). */
export interface AsOf {
  year?: number;
  month: number;
  day?: number;
  /** Where it was found, e.g. "E4" or "B2". */
  source: string;
}

export interface HeaderInfo {
  /** 1-based sheet rows of the header block (inclusive). */
  firstRow: number;
  lastRow: number;
  /** Title and note rows above the header (1-based), with their text. */
  titleRows: { row: number; text: string }[];
  kind: LedgerKind | 'unknown';
  /** 0..1: how sure the kind guess is. */
  confidence: number;
  columns: ColumnMapping[];
  unmapped: UnmappedColumn[];
  /** Duplicate headers: the same field mapped by more than one column (the first wins). */
  duplicates: ColumnMapping[];
  asOf: AsOf | null;
}
