/**
 * Which ledgers 填充责任单位 works on. A module of its own, with no imports but types, so the pane can ask it
 * without loading the core's chunk; the CLI asks it too, so the two never disagree.
 */
import type { Ledger } from '../ledger/types';
import type { LedgerKind } from '../schema/types';

/** Project ledgers, reserve libraries and measure task ledgers: every kind that has lead and coop columns. */
export const ASSIGNABLE_KINDS: readonly LedgerKind[] = ['project', 'reserve', 'measure'];

export function isAssignable(ledger: Pick<Ledger, 'kind'>): boolean {
  return (ASSIGNABLE_KINDS as readonly string[]).includes(ledger.kind);
}
