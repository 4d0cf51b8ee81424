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
  { style: 'cn', rank: 1, start: new RegExp(`^(${CN})\\s*[、.．](?![0-9０-９])\\s*`), inline: new RegExp(`(${CN})\\s*[、](?![0-9０-９])`, 'g') },
  { style: 'paren-cn', rank: 2, start: new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*`), inline: new RegExp(`[（(]\\s*(${CN})\\s*[）)]`, 'g') },
  { style: 'article', rank: 3, start: new RegExp(`^第(${CN}|${DIGITS})条\\s*`), inline: new RegExp(`第(${CN}|${DIGITS})条`, 'g') },
  { style: 'arabic', rank: 3, start: new RegExp(`^(${DIGITS})\\s*[.．、](?![0-9０-９])\\s*`), inline: new RegExp(`(${DIGITS})\\s*[.．、](?![0-9０-９])`, 'g') },
  { style: 'paren-arabic', rank: 4, start: new RegExp(`^[（(]\\s*(${DIGITS})\\s*[）)]\\s*`), inline: /(?!)/g },
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

/**
 * Splits paragraphs holding several items (1.…。（…）2.…。（…）3.…) at the numbers that continue the running
 * sequence of the last numbered paragraph, right after a clause end; a number inside a sentence (增长6.2%,
 * 第2条) is never a boundary. Works across line breaks: the sequence carries from paragraph to paragraph.
 */
export function splitRunsOfItems(paragraphs: string[]): string[] {
  const out: string[] = [];
  let current: Numbered | undefined;
  for (const p of paragraphs) {
    current = numberingOf(p) ?? current;
    if (!current) {
      out.push(p);
      continue;
    }
    const style = NUMBER_STYLES.find((s) => s.style === current?.style);
    let from = 0;
    let next = current.number + 1;
    for (const m of p.matchAll(new RegExp(style?.inline.source ?? '(?!)', 'g'))) {
      if (m.index <= from || chineseNumber(m[1]) !== next || !ITEM_BOUNDARY.test(p.slice(from, m.index))) continue;
      out.push(p.slice(from, m.index).trim());
      from = m.index;
      next++;
    }
    out.push(p.slice(from).trim());
    if (next > current.number + 1) current = { ...current, number: next - 1 };
  }
  return out;
}
