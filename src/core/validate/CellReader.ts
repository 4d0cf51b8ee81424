/**
 * Cells of data rows for the rules. A ledger from readLedger is read column by column through its parsers:
 * clean cells are recognised from their raw value and numbers are read directly, so validating builds no cells
 * object per row and no object per clean cell (100,000 rows: that garbage was most of the time). Rows built
 * by hand are read through their cells.
 */
import { columnParsersOf } from '../ledger/columnParsers';
import type { ColumnParser } from '../ledger/ColumnParser';
import { SheetRow } from '../ledger/SheetRow';
import type { Ledger, LedgerRow } from '../ledger/types';
import type { ParsedCell } from '../parse/types';
import type { FieldId } from '../schema/types';

export class CellReader {
  private readonly parsers: Partial<Record<FieldId, ColumnParser>> = {};
  private readonly lazy: boolean;

  constructor(ledger: Ledger) {
    const parsers = columnParsersOf(ledger);
    this.lazy = parsers !== undefined;
    for (const p of parsers ?? []) this.parsers[p.field] = p;
  }

  /** The column's parser when the row can be read through it (rows from readLedger), else undefined. */
  parser(row: LedgerRow, field: FieldId): ColumnParser | undefined {
    return this.lazy && row instanceof SheetRow ? this.parsers[field] : undefined;
  }

  cell(row: LedgerRow, field: FieldId): ParsedCell | undefined {
    const p = this.parser(row, field);
    return p ? p.parse(row.index) : row.cells[field];
  }

  /** The cell when it has anything to check (problems, emptiness, unit names); undefined for plain cells. */
  toCheck(row: LedgerRow, field: FieldId): ParsedCell | undefined {
    const p = this.parser(row, field);
    if (!p) return row.cells[field];
    return p.isPlain(p.raw(row.index)) ? undefined : p.parse(row.index);
  }

  /** The cell's text when it is a non-empty text, or null. */
  text(row: LedgerRow, field: FieldId): string | null {
    const p = this.parser(row, field);
    if (p) return p.text(row.index);
    const c = row.cells[field];
    return c && !c.empty && typeof c.value === 'string' ? c.value : null;
  }

  /** The cell's number (amounts in 万元, percents as fractions), or null. */
  number(row: LedgerRow, field: FieldId): number | null {
    const p = this.parser(row, field);
    if (p) return p.number(row.index);
    const v = row.cells[field]?.value;
    return typeof v === 'number' ? v : null;
  }
}
