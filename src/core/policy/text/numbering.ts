import { openingOf } from './brackets';
import { chineseNumber } from './chineseNumerals';

/**
 * The numbering styles of Chinese official documents, outermost first. Which one numbers the measures differs
 * by house style (1. under 一、/（一） in 源政办〔2023〕5号, （一） under 一、 in a province's 实施方案, 第一条 in
 * a county's measures); numberingOfMeasures decides per document.
 */
export type NumberStyle = 'chapter' | 'cn' | 'paren-cn' | 'article' | 'arabic' | 'paren-arabic';

const CN = '[一二三四五六七八九十百〇零两]+';
const DIGITS = '[0-9０-９]{1,3}';

/** How each style starts a paragraph; `rank` orders them outermost (0) to innermost. */
export const NUMBER_STYLES: readonly { style: NumberStyle; rank: number; start: RegExp; inline: RegExp }[] = [
  { style: 'chapter', rank: 0, start: new RegExp(`^第(${CN})(?:章|部分)\\s*`), inline: /(?!)/g },
  {
    style: 'cn',
    rank: 1,
    start: new RegExp(`^(${CN})\\s*[、.．](?![0-9０-９])\\s*`),
    inline: new RegExp(`(${CN})\\s*[、](?![0-9０-９])`, 'g'),
  },
  {
    style: 'paren-cn',
    rank: 2,
    start: new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*`),
    inline: new RegExp(`[（(]\\s*(${CN})\\s*[）)]`, 'g'),
  },
  {
    style: 'article',
    rank: 3,
    start: new RegExp(`^第(${CN}|${DIGITS})条\\s*`),
    inline: new RegExp(`第(${CN}|${DIGITS})条`, 'g'),
  },
  {
    style: 'arabic',
    rank: 3,
    start: new RegExp(`^(${DIGITS})\\s*[.．、](?![0-9０-９])\\s*`),
    inline: new RegExp(`(${DIGITS})\\s*[.．、](?![0-9０-９])`, 'g'),
  },
  {
    style: 'paren-arabic',
    rank: 4,
    start: new RegExp(`^[（(]\\s*(${DIGITS})\\s*[）)]\\s*`),
    inline: new RegExp(`[（(]\\s*(${DIGITS})\\s*[）)]`, 'g'),
  },
];

export interface Numbered {
  style: NumberStyle;
  rank: number;
  number: number;
  /** The paragraph after its number. */
  rest: string;
}

/** The paragraph's own number, if it starts with one (15 分钟…, 2023年… do not). */
export function numberingOf(p: string): Numbered | undefined {
  for (const s of NUMBER_STYLES) {
    const m = s.start.exec(p);
    if (!m) continue;
    const number = chineseNumber(m[1]);
    if (!Number.isFinite(number) || number <= 0) continue;
    return { style: s.style, rank: s.rank, number, rest: p.slice(m[0].length) };
  }
  return undefined;
}

/** A clause ends here, so a number right after it starts the next item (…负责）2.支持…). */
const ITEM_BOUNDARY = /[。；;！？!?）)〕\]】]\s*$/;
/** 1. / 第一条 / （一） / （1） also start an item right after a name when the line end was lost (…各专班2、一般…);
 *  一、 does not (统一、规范 would split). */
const LOOSE_BOUNDARY = /[\u4e00-\u9fa5]\s*$/;
const LOOSE_STYLES: readonly NumberStyle[] = ['arabic', 'article', 'paren-cn', 'paren-arabic'];

/**
 * Splits paragraphs holding several items (1.…。（…）2.…。（…）3.…) at the numbers that continue the running
 * sequence of their style, across paragraphs: the next number after a clause end or (1. / 第一条) a name, or
 * the one after it past an unnumbered item, after a clause end only. A number inside a sentence (增长6.2%,
 * 落实第2条, 2、3季度) is never a boundary.
 */
export function splitRunsOfItems(paragraphs: string[]): string[] {
  const last = new Map<NumberStyle, number>();
  return paragraphs.flatMap((p) => {
    const own = numberingOf(p);
    if (own) last.set(own.style, own.number);
    const cuts = new Set<number>();
    for (const s of NUMBER_STYLES) {
      // A sequence not yet begun may begin inside a paragraph: …任务分工如下：1.开展…
      const start = last.get(s.style) ?? (LOOSE_STYLES.includes(s.style) ? 0 : undefined);
      if (start === undefined) continue;
      let next = start + 1;
      for (const m of p.matchAll(new RegExp(s.inline.source, 'g'))) {
        const before = p.slice(0, m.index);
        const k = chineseNumber(m[1]);
        const strict = m.index > 0 && (ITEM_BOUNDARY.test(before) || (k === 1 && /[:：]\s*$/.test(before)));
        const loose =
          m.index > 0 && LOOSE_STYLES.includes(s.style) && LOOSE_BOUNDARY.test(before) && !/第\s*$/.test(before);
        const begins = !last.has(s.style) && next === 1;
        if (begins ? !(k === 1 && strict) : !((k === next && (strict || loose)) || (k === next + 1 && strict)))
          continue;
        if (k === next + 1) {
          // The skipped item runs on after the one before it: cut after the first attribution clause too.
          const from = [...cuts].filter((c) => c < m.index).reduce((a, b) => Math.max(a, b), 0);
          const end = firstClauseEnd(p.slice(from, m.index));
          if (end !== undefined) cuts.add(from + end);
        }
        cuts.add(m.index);
        next = k + 1;
      }
      if (next > start + 1 || last.has(s.style)) last.set(s.style, next - 1);
    }
    const at = [0, ...[...cuts].sort((a, b) => a - b), p.length];
    return at
      .slice(1)
      .map((end, i) => p.slice(at[i], end).trim())
      .filter((x) => x.length > 0);
  });
}

/** Where the first attribution clause (…牵头 / 负责 / 单位：…) closes, when more text follows it. */
function firstClauseEnd(segment: string): number | undefined {
  for (const m of segment.matchAll(/[）)〕】]/g)) {
    const open = openingOf(segment, m.index);
    if (open < 0 || !/牵头|配合|负责|单位\s*[:：]/.test(segment.slice(open, m.index))) continue;
    const end = m.index + 1 + (/^[。；;]/.test(segment.slice(m.index + 1)) ? 1 : 0);
    return segment.slice(end).trim() ? end : undefined;
  }
  return undefined;
}
