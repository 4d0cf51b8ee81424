import type { FieldId, LedgerKind } from '../schema/types';

export type AmountUnit = '万元' | '亿元' | '元';

/** How a column came to its field: a synonym exactly, its header words scored, or the user's choice. */
export type MappingHow = 'exact' | 'scored' | 'user';

/**
 * The user's corrections for one sheet: column letter → field, or 'ignore' to leave the column out.
 * Stored with the workbook (StoredSettings.mappings) and given to the CLI as --map / --mapping.
 */
export type ColumnOverrides = Record<string, FieldId | 'ignore'>;

export interface ColumnMapping {
  field: FieldId;
  /** Set by detectHeader; absent on ledgers built by hand. */
  how?: MappingHow;
  /** 0..1: 1 for exact and user mappings. */
  confidence?: number;
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
  /** Fields the header's words point to, too weakly to map (or taken by a better column). */
  maybe?: FieldId[];
  /** True when the user chose to leave this column out ('ignore'). */
  ignored?: boolean;
}

/** How one column was read, for the validate JSON and the pane's recognition card. */
export interface ColumnRecord {
  col: number;
  letter: string;
  header: string;
  /** null: not used (unrecognised, a duplicate, or ignored by the user). */
  field: FieldId | null;
  how: MappingHow | null;
  confidence: number;
  /** The field's name in the ledger kind (Chinese first), from the schema. */
  label: { zh: string; en: string } | null;
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
  /** Every header column in sheet order, mapped or not, with how (see ColumnRecord); set by detectHeader. */
  mapping?: ColumnRecord[];
  asOf: AsOf | null;
}
