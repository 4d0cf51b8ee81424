import type { Measure } from '../policy/types';

const MAX_TITLE = 16;

/**
 * A short name for a measure, for reasons shown to people: its opening clause without the filler
 * ("智能制造谷建设方面，重点推进…" → "智能制造谷建设"; "强化要素保障。…" → "强化要素保障").
 */
export function measureTitle(m: Measure): string {
  const text = m.text.normalize('NFKC').replace(/\s+/g, '');
  const first = text.split(/[。，；;,:：]/)[0] ?? '';
  const clause = first.replace(/方面$/, '').replace(/[“”"‘’]/g, '');
  const chars = Array.from(clause);
  return chars.length > MAX_TITLE ? chars.slice(0, MAX_TITLE).join('') + '…' : clause;
}

/** "措施3（智能制造谷建设）" */
export function measureLabel(m: Measure): string {
  const t = measureTitle(m);
  return t ? `措施${m.number}（${t}）` : `措施${m.number}`;
}
