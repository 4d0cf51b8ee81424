/** Enum cells (建设性质, 所属领域, 三个一批类别, 资金渠道, 完成状态): canonical value, alias, or an error with a hint. */
import type { FieldDef } from '../schema/types';
import { editDistance } from '../units/similarity';
import { halfWidth } from './text';

export interface EnumResult {
  value: string | null;
  /** The canonical value when the cell used an alias or a close spelling. */
  suggestion?: string;
}

/** Per-field memo: ledgers repeat a handful of values thousands of times. */
const memo = new WeakMap<FieldDef, Map<string, EnumResult>>();

export function parseEnum(field: FieldDef, s: string): EnumResult {
  let m = memo.get(field);
  if (!m) memo.set(field, (m = new Map()));
  const hit = m.get(s);
  if (hit) return hit;
  const r = resolve(field, s);
  if (m.size < 5000) m.set(s, r);
  return r;
}

function resolve(field: FieldDef, s: string): EnumResult {
  // A field whose values are the policy's, read without them, would call every value wrong: a caller's mistake.
  if (field.enumFrom && field.enumValues === undefined)
    throw new Error(`field ${field.id} takes its values from the pack (pack.${field.enumFrom}): use kindDefFor`);
  const t = halfWidth(s).replace(/\s+/g, '');
  const values = field.enumValues ?? [];
  if (values.includes(t)) return { value: t };
  const alias = field.enumAliases?.[t];
  if (alias) return { value: alias };
  // A value that contains a canonical one ("工业类") or is contained in one ("签约") is worth suggesting.
  const close = values.find((v) => t.includes(v) || (t.length >= 2 && v.includes(t))) ?? nearest(field, t);
  return close ? { value: null, suggestion: close } : { value: null };
}

/** Below this similarity a value is no near miss of any allowed one. */
const NEAR_MISS = 0.5;

/**
 * The allowed value nearest to a near miss, comparing with the values and their aliases (新基础设施 is one
 * character from the alias 新型基础设施, so 新基建, not 城镇基础设施, which merely shares 基础设施).
 */
function nearest(field: FieldDef, t: string): string | undefined {
  let best: string | undefined;
  let bestScore = NEAR_MISS - 1e-9; // one wrong character of two (续健) still counts
  const candidates: [string, string][] = [
    ...(field.enumValues ?? []).map((v): [string, string] => [v, v]),
    ...Object.entries(field.enumAliases ?? {}),
  ];
  for (const [spelling, value] of candidates) {
    // Edit distance alone: a shared long part (基础设施) must not outweigh one wrong character.
    const score = 1 - editDistance([...t], [...spelling]) / Math.max(t.length, spelling.length);
    if (score > bestScore) {
      bestScore = score;
      best = value;
    }
  }
  return best;
}
