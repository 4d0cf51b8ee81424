/**
 * A ledger kind's fields as one policy pack sees them: fields marked enumFrom take their allowed values and
 * aliases from the pack (所属领域 from pack.domains, 资金渠道 from pack.channels). Reading, validation and the totals
 * all go through this, so a pack with a tenth domain or a renamed one changes each of them the same way.
 */
import type { NamedValue, PolicyPack } from '../policy/types';
import { LEDGER_KIND_DEFS } from './ledgerKinds';
import type { FieldDef, LedgerKind, LedgerKindDef } from './types';

type PackValues = Pick<PolicyPack, 'domains' | 'channels'>;

/** Per pack object (packs are not edited once loaded): the defs, so parse memos keyed by FieldDef stay warm. */
const byPack = new WeakMap<PackValues, Map<LedgerKind, LedgerKindDef>>();

function withValues(field: FieldDef, values: NamedValue[]): FieldDef {
  const aliases: Record<string, string> = {};
  for (const v of values) for (const a of v.aliases) aliases[a] = v.name;
  return { ...field, enumValues: values.map((v) => v.name), enumAliases: aliases };
}

export function kindDefFor(kind: LedgerKind, pack: PackValues): LedgerKindDef {
  let defs = byPack.get(pack);
  if (!defs) byPack.set(pack, (defs = new Map()));
  const hit = defs.get(kind);
  if (hit) return hit;
  const base = LEDGER_KIND_DEFS.find((k) => k.kind === kind);
  if (!base) throw new Error(`unknown ledger kind: ${kind}`);
  const def: LedgerKindDef = {
    ...base,
    fields: base.fields.map((f) => (f.enumFrom ? withValues(f, pack[f.enumFrom]) : f)),
  };
  defs.set(kind, def);
  return def;
}
