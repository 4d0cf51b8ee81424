import type { PolicyPack } from '../policy/types';

/** The key of rows whose domain is blank or not one of the list. */
export const OTHER_DOMAIN = '未填/其他';

/** The domains in the policy's order: the pack's list (the pack builder reads it from the measure that lists them). */
export function domainOrder(pack: Pick<PolicyPack, 'domains'>): string[] {
  return pack.domains.map((d) => d.name);
}

/** The pack's other spellings of its domains (制造业 → 工业), as 所属领域 accepts them. */
export function domainAliases(pack: Pick<PolicyPack, 'domains'>): Map<string, string> {
  return new Map(pack.domains.flatMap((d) => d.aliases.map((a): [string, string] => [a, d.name])));
}

/**
 * The domain a cell's text belongs to: the exact name, an alias of the pack, or the one domain name it contains
 * ("工业项目" → 工业). Longer names are tried first so that a name inside another cannot steal it. (Cells read by
 * readLedger already hold the canonical name; the alias is for cells read otherwise.)
 */
export function domainKey(text: string, domains: string[], aliases?: Map<string, string>): string {
  const t = text.replace(/[\s\u3000]+/g, '');
  if (!t) return OTHER_DOMAIN;
  if (domains.includes(t)) return t;
  const alias = aliases?.get(t);
  if (alias) return alias;
  const byLength = [...domains].sort((a, b) => b.length - a.length);
  return byLength.find((d) => t.includes(d)) ?? OTHER_DOMAIN;
}
