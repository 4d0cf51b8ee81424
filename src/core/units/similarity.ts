/**
 * Similarity of two unit names in [0, 1], tuned for short Chinese names: character edit distance catches
 * typos and dropped characters (区发改 / 区发改委), character bigrams catch reordered or abbreviated parts,
 * and containment catches a name typed with or without a prefix (源汇区财政局 / 区财政局).
 */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  const ca = [...a];
  const cb = [...b];
  const edit = 1 - editDistance(ca, cb) / Math.max(ca.length, cb.length);
  const dice = bigramDice(ca, cb);
  const contains = a.includes(b) || b.includes(a) ? 0.15 : 0;
  return Math.min(1, 0.6 * edit + 0.4 * dice + contains);
}

/** Levenshtein distance over code points. */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = row;
  }
  return prev[b.length];
}

/** Sørensen–Dice over character bigrams (single characters for one-character names). */
export function bigramDice(a: readonly string[], b: readonly string[]): number {
  const grams = (cs: readonly string[]): string[] => (cs.length < 2 ? [...cs] : cs.slice(1).map((c, i) => cs[i] + c));
  const ga = grams(a);
  const gb = grams(b);
  const pool = new Map<string, number>();
  for (const g of gb) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of ga) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(g, n - 1);
    }
  }
  return (2 * shared) / (ga.length + gb.length);
}
