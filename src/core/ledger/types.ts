import type { Grid } from '../grid';
import type { HeaderInfo } from '../header/types';
import type { ParsedCell } from '../parse/types';
import type { FieldId, LedgerKind } from '../schema/types';

/**
 * One data row: a project (project ledger, reserve library) or a task (measure task ledger).
 * Equal cells of a column may share one ParsedCell object: treat cells as read-only.
 */
export interface LedgerRow {
  /** 1-based sheet row. */
  row: number;
  /** 0-based grid row index (row - 1). */
  index: number;
  cells: Partial<Record<FieldId, ParsedCell>>;
  /** The section heading this row sits under (一、工业项目（12个）), if any. */
  section?: string;
  hidden: boolean;
}

export type SubtotalKind = '合计' | '小计' | '总计' | '其中';

export interface SubtotalRow {
  row: number;
  index: number;
  kind: SubtotalKind;
  label: string;
  /** 1-based sheet rows of the data rows this subtotal covers. */
  covers: number[];
  cells: Partial<Record<FieldId, ParsedCell>>;
}

/** A sheet read as a ledger: what it is, where its data is, and every row parsed. */
export interface Ledger {
  sheet: string;
  kind: LedgerKind | 'unknown';
  header: HeaderInfo;
  rows: LedgerRow[];
  subtotals: SubtotalRow[];
  /** Section rows (1-based) with their text. */
  sections: { row: number; text: string }[];
  /** Blank rows inside the data block (1-based). */
  blankRows: number[];
  /** The grid it was read from, for validators that need the raw cells. */
  grid: Grid;
}

export function fieldColumn(ledger: Ledger, field: FieldId): number | undefined {
  return ledger.header.columns.find((c) => c.field === field)?.col;
}
