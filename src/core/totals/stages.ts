/** 三个一批 stages, as data: the canonical name and the words that mark it in a ledger cell. */
export const STAGES: { key: string; words: string[] }[] = [
  { key: '签约一批', words: ['签约'] },
  { key: '开工一批', words: ['开工'] },
  { key: '投产一批', words: ['投产', '达产'] },
];

export const UNFILLED = '未填';

/** The stage a cell's text belongs to; other text is kept as written, so nothing is silently merged. */
export function stageKey(text: string): string {
  const t = text.replace(/[\s\u3000]+/g, '');
  if (!t) return UNFILLED;
  return STAGES.find((s) => s.words.some((w) => t.includes(w)))?.key ?? t;
}

export function stageOrder(keys: Iterable<string>): string[] {
  const known = STAGES.map((s) => s.key);
  const rest = [...new Set(keys)].filter((k) => !known.includes(k) && k !== UNFILLED).sort();
  return [...known, ...rest, UNFILLED];
}
