/**
 * Chinese-aware text similarity for matching a ledger task to a policy measure.
 *
 * Chinese has no spaces, so words are approximated by character bigrams. Two scores are combined:
 * - Dice over weighted bigrams: how much two texts overlap as a whole (survives rewording);
 * - containment: how much of the (shorter) task text is found inside the measure (survives cutting short).
 * Bigrams are weighted by inverse document frequency over the measures, so phrases that every measure
 * shares (推进, 项目, 建设, 责任单位) count for little and distinctive ones (医疗器械, 保交楼) for much.
 */

/** Phrases that say nothing about which measure is meant: unit labels and boilerplate verbs. Data, not logic. */
export const STOP_PHRASES: readonly string[] = [
  '牵头责任单位',
  '配合责任单位',
  '牵头单位',
  '配合单位',
  '责任单位',
  '进一步',
  '持续',
  '积极',
  '切实',
  '全面',
  '加快',
  '大力',
  '力争',
  '重点',
  '推动',
  '推进',
  '确保',
  '有效',
  '方面',
  '工作',
  '开展',
  '做好',
  '强化',
  '加强',
  '不断',
  '坚持',
  '及时',
];

/** Brackets that hold the unit note a clerk may have pasted along with the text: （牵头责任单位：…）. */
const UNIT_NOTE = /[（(][^（）()]*(?:牵头|配合)[^（）()]*[)）]?/g;

/** Keeps CJK ideographs, latin letters and digits; everything else (punctuation, spaces, quotes) goes. */
const NOT_KEPT = /[^\p{Script=Han}A-Za-z0-9]/gu;

/** Normalises a text for matching: full-width to half-width, drops unit notes, stop phrases and punctuation. */
export function normaliseForMatch(text: string): string {
  let s = text.normalize('NFKC').replace(UNIT_NOTE, '');
  for (const p of STOP_PHRASES) s = s.split(p).join(' ');
  return s.replace(NOT_KEPT, ' ').toLowerCase();
}

/** Character bigrams of the kept runs (a bigram never spans removed punctuation). Single-character runs count as themselves. */
export function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of normaliseForMatch(text).split(/\s+/)) {
    const chars = Array.from(run);
    if (chars.length === 1) out.push(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  }
  return out;
}

function counts(grams: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const g of grams) m.set(g, (m.get(g) ?? 0) + 1);
  return m;
}

export interface SimilarityScore {
  /** Combined score 0..1, the one compared with the threshold. */
  score: number;
  dice: number;
  /** Share of the query's weight found in the document. */
  containment: number;
}

/**
 * A set of documents (the measures' texts) to match queries against. IDF weights come from the documents,
 * so the index adapts to next year's policy text without a word list.
 */
export class TextIndex<K> {
  private readonly docs: { key: K; grams: Map<string, number>; weight: number }[];
  private readonly idf = new Map<string, number>();
  private readonly unseenWeight: number;

  constructor(entries: { key: K; text: string }[]) {
    const n = Math.max(entries.length, 1);
    const df = new Map<string, number>();
    const parsed = entries.map((e) => ({ key: e.key, grams: counts(bigrams(e.text)) }));
    for (const d of parsed) for (const g of d.grams.keys()) df.set(g, (df.get(g) ?? 0) + 1);
    for (const [g, f] of df) this.idf.set(g, Math.log(1 + n / f));
    // A bigram no measure has is as rare as can be: it still weighs in the query's total (rewording dilutes).
    this.unseenWeight = Math.log(1 + n);
    this.docs = parsed.map((d) => ({ ...d, weight: this.weigh(d.grams) }));
  }

  private w(g: string): number {
    return this.idf.get(g) ?? this.unseenWeight;
  }

  private weigh(grams: Map<string, number>): number {
    let s = 0;
    for (const [g, c] of grams) s += c * this.w(g);
    return s;
  }

  /** Scores the query against every document, best first. */
  rank(query: string): { key: K; sim: SimilarityScore }[] {
    const q = counts(bigrams(query));
    const qWeight = this.weigh(q);
    const out = this.docs.map((d) => ({ key: d.key, sim: score(q, qWeight, d.grams, d.weight, (g) => this.w(g)) }));
    return out.sort((a, b) => b.sim.score - a.sim.score);
  }
}

/**
 * Combines Dice and containment. Containment alone would let a short generic query ("项目建设") match anything,
 * so its credit grows with the query's weight: full credit from about a dozen distinctive bigrams.
 */
function score(
  q: Map<string, number>,
  qWeight: number,
  d: Map<string, number>,
  dWeight: number,
  w: (g: string) => number,
): SimilarityScore {
  if (qWeight === 0 || dWeight === 0) return { score: 0, dice: 0, containment: 0 };
  let shared = 0;
  for (const [g, c] of q) {
    const dc = d.get(g);
    if (dc) shared += Math.min(c, dc) * w(g);
  }
  const dice = (2 * shared) / (qWeight + dWeight);
  const containment = shared / qWeight;
  const credit = Math.min(1, qWeight / FULL_CREDIT_WEIGHT);
  return { score: Math.max(dice, containment * credit), dice, containment };
}

/** Query weight (sum of IDF) from which containment counts in full; about 12 distinctive bigrams. */
const FULL_CREDIT_WEIGHT = 25;
