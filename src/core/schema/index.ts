import { LEDGER_KIND_DEFS } from './ledgerKinds';
import type { FieldDef, FieldId, LedgerKind, LedgerKindDef } from './types';

export * from './types';
export { kindDefFor } from './packFields';

export const LEDGER_KINDS: LedgerKindDef[] = LEDGER_KIND_DEFS;

export function kindDef(kind: LedgerKind): LedgerKindDef {
  const def = LEDGER_KINDS.find((k) => k.kind === kind);
  if (!def) throw new Error(`unknown ledger kind: ${kind}`);
  return def;
}

/** The definition of `field` in `kind`, or undefined when that kind has no such field. */
export function fieldDef(kind: LedgerKind, field: FieldId): FieldDef | undefined {
  return kindDef(kind).fields.find((d) => d.id === field);
}
