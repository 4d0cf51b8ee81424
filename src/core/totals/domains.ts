import type { PolicyPack } from '../policy/types';
import { NINE_DOMAINS } from '../schema/ledgerKinds';

// The nine domains of measure 6 live with the ledger schema (所属领域's allowed values); one list for both.
export { NINE_DOMAINS };

/** The key of rows whose domain is blank or not one of the list. */
export const OTHER_DOMAIN = '未填/其他';

/**
 * The domains in the policy's order: read from the measure that lists them ("聚焦工业、服务业…等 9 大领域"), so
 * next year's document changes the list by changing the pack; the built-in list otherwise.
 */
export function domainOrder(pack: PolicyPack): string[] {
  for (const m of pack.measures) {
    const hit = /聚焦(.+?)等\s*\S*\s*大领域/.exec(m.text);
    if (!hit) continue;
    const names = hit[1]
      .split(/[、，,]/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (names.length >= 2) return names;
  }
  return [...NINE_DOMAINS];
}

/**
 * The domain a cell's text belongs to: the exact name, or the one domain name it contains ("工业项目" → 工业).
 * Longer names are tried first so that a name inside another cannot steal it.
 */
export function domainKey(text: string, domains: string[]): string {
  const t = text.replace(/[\s\u3000]+/g, '');
  if (!t) return OTHER_DOMAIN;
  if (domains.includes(t)) return t;
  const byLength = [...domains].sort((a, b) => b.length - a.length);
  return byLength.find((d) => t.includes(d)) ?? OTHER_DOMAIN;
}
