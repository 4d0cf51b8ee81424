/**
 * The shape of a rule (the way Frictionless declares checks): the codes it raises, the codes whose findings on
 * the same row it hides (`suppresses`, applied by the sink), and its check. Rules are listed per level in
 * rules/index.ts; validateLedger runs the lists. Sheet rules look at the sheet once (header, rows as a whole);
 * row rules look at one data row at a time.
 */
import type { AmountUnit } from '../../header/types';
import type { Ledger, LedgerRow } from '../../ledger/types';
import type { ParsedCell } from '../../parse/types';
import type { PolicyPack } from '../../policy/types';
import type { FieldDef, FieldId } from '../../schema/types';
import type { UnitDirectory } from '../../units';
import type { IssueCode } from '../catalogue';
import type { CellReader } from '../CellReader';
import type { IssueSink } from '../IssueSink';

export interface Rule {
  /** Every code the rule can raise (validate/README.md lists them with the rule's file and test). */
  readonly codes: readonly IssueCode[];
  /** Codes whose findings on a row where this rule raised one are dropped: the finding that explains wins. */
  readonly suppresses?: readonly IssueCode[];
}

export interface SheetRule extends Rule {
  check(sheet: SheetContext): void;
}

export interface RowRule extends Rule {
  check(view: RowView, sheet: SheetContext): void;
  /** Whether the rule can raise anything on this sheet (its columns, its ledger kind); run on every row if absent. */
  appliesTo?(sheet: SheetContext): boolean;
  /** Also run on subtotal rows (their own cells can hold #REF!, but they are not projects). */
  readonly subtotals?: boolean;
}

export interface CellColumn {
  field: FieldId;
  col: number;
  def: FieldDef;
  /** Amount columns: the unit the column is written in. */
  unit?: AmountUnit;
}

/** What every rule of one sheet shares. */
export interface SheetContext {
  readonly ledger: Ledger;
  readonly sink: IssueSink;
  readonly reader: CellReader;
  readonly units: UnitDirectory;
  readonly pack: PolicyPack;
  readonly columns: readonly CellColumn[];
  /** 0-based column of each mapped field. */
  readonly col: Readonly<Partial<Record<FieldId, number>>>;
}

export interface CheckedCell {
  column: CellColumn;
  cell: ParsedCell;
}

/**
 * One data row as the row rules see it: the cells with anything to check (problems, emptiness, unit names; plain
 * cells are left out, so a clean 100,000-row ledger builds no cell objects), and its amounts in 万元 read once.
 */
export interface RowView {
  row: LedgerRow;
  /** cells[0..count): the array is reused from row to row, so only the first `count` belong to this row. */
  cells: readonly CheckedCell[];
  count: number;
  total: number | null;
  planned: number | null;
  completed: number | null;
}

/** Where a cell finding is: its row, column and field. */
export interface CellAt {
  row: number;
  col: number;
  field: FieldId;
}

export function cellAt(view: RowView, c: CheckedCell): CellAt {
  return { row: view.row.row, col: c.column.col, field: c.column.field };
}
