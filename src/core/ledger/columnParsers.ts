/**
 * The column parsers behind a ledger read by readLedger, for readers that go column by column (the validator)
 * without building each row's cells object. Ledgers built by hand have none: read their rows' cells instead.
 */
import type { ColumnParser } from './ColumnParser';
import type { Ledger } from './types';

const parsersByLedger = new WeakMap<Ledger, readonly ColumnParser[]>();

export function attachColumnParsers(ledger: Ledger, parsers: readonly ColumnParser[]): void {
  parsersByLedger.set(ledger, parsers);
}

/** One parser per mapped column, in header.columns order; undefined for a ledger not made by readLedger. */
export function columnParsersOf(ledger: Ledger): readonly ColumnParser[] | undefined {
  return parsersByLedger.get(ledger);
}
