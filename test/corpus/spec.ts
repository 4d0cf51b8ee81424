/**
 * The ledger corpus as data: each style says how a unit lays out its ledger (header paths, unit, title and
 * note rows, sections, subtotals, footers) and what its rows hold. The truth a test checks against (header rows,
 * column letters, data rows, 万元 totals, planted issues) is worked out by the writer from this data alone,
 * never by asking the engine.
 */
import type { FieldId, LedgerKind } from '../../src/core/schema/types';

/** A cell as written: a value, a formula with (or without) a saved result, an error value. */
export type CorpusCell =
  | number
  | string
  | Date
  | null
  | { formula: string; result?: number | string; shareType?: 'shared'; ref?: string }
  | { sharedFormula: string; result?: number }
  | { error: '#N/A' | '#REF!' | '#DIV/0!' | '#VALUE!' };

export interface ColumnSpec {
  /** The field the column truly holds; null for a column no field should take (联系人, 内部编号). */
  field: FieldId | null;
  /** Header levels top to bottom (group, sub-group, own text); equal neighbours are merged across. */
  path: string[];
}

/** Issues a row carries on purpose, by field (the cell is that field's column on the row). */
export interface PlantedCell {
  code: string;
  field: FieldId;
}

export type RowSpec =
  | {
      type: 'data';
      cells: Partial<Record<FieldId, CorpusCell>>;
      /** True 万元 figures this row adds to the totals (a figure without a value counts 0 and is missing). */
      wan: { total: number; planned: number; completed: number };
      issues?: PlantedCell[];
      hidden?: boolean;
    }
  /** A section heading; with sums, its amount cells hold SUMs of its rows (cached results written). */
  | { type: 'section'; label: string; sums?: boolean }
  /** A subtotal row; `off` types a figure wrong by that much (a planted subtotal-mismatch at its cell). */
  | { type: 'subtotal'; label: '合计' | '小计' | '总计'; off?: Partial<Record<FieldId, number>> }
  | { type: 'blank'; planted?: boolean }
  | { type: 'footer'; text: string };

export interface StyleSpec {
  /** File and sheet name. */
  id: string;
  kind: LedgerKind;
  /** The unit amounts are written in; where the ledger says so. */
  unit: '万元' | '亿元';
  unitWhere: 'header' | 'note' | 'none';
  /** Rows above the header (title, 单位：亿元, 截至…), one text each in column A. */
  above: string[];
  columns: ColumnSpec[];
  rows: RowSpec[];
  /** Header-level findings planted on purpose (missing-field, unknown-header), as code@row or code@cell. */
  headerIssues?: { code: string; cell?: string; row?: number; field?: FieldId }[];
}

/** What the tests check, worked out by the writer from the spec. */
export interface StyleTruth {
  id: string;
  file: string;
  kind: LedgerKind;
  header: { firstRow: number; lastRow: number };
  /** field → column letter, for every column that holds a field. */
  columns: Partial<Record<FieldId, string>>;
  dataRows: number[];
  /** Rows of 合计/小计/总计 (1-based), in order. */
  subtotalRows: number[];
  totals: { rows: number; total: number; planned: number; completed: number };
  /** Key figures of the kind with no column (DESIGN.md "Never silent"), and amount cells without a value. */
  figuresMissing: FieldId[];
  cellsWithoutValue: number;
  /** Every finding the engine must report, as "code@A1" (cell issues) or "code@row N" (row/header issues). */
  planted: string[];
}
