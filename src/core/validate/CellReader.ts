/**
 * Cells of data rows for the rules. A ledger from readLedger is read column by column through its parsers, so
 * validating never builds a cells object per row (100,000 rows: that was most of the garbage collector's work);
 * rows built by hand are read through their cells.
 */
import { columnParsersOf, SheetRow, type ColumnParser } from '../ledger';
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

  cell(row: LedgerRow, field: FieldId): ParsedCell | undefined {
    if (this.lazy && row instanceof SheetRow) return this.parsers[field]?.parse(row.index);
    return row.cells[field];
  }
}
