import { numberingOf, NUMBER_STYLES, type Numbered, type NumberStyle } from './numbering';
import { findResponsibility, type ReadingContext } from './responsibility';

/** A run of paragraphs that makes up one measure (a page break splits a measure into several paragraphs). */
export interface Block {
  number?: number;
  section: string;
  subsection?: string;
  text: string;
}

/** Headings are short lines; a longer line starting 一、 is a sentence, not a heading. */
const MAX_HEADING_LENGTH = 40;
/** A line that only carries units: 牵头单位：… / （配合责任单位：…）. It belongs to the item above it. */
const ATTRIBUTION_LINE =
  /^[（(〔【[]?\s*(牵头责任单位|牵头单位|牵头部门|主办单位|配合责任单位|配合单位|配合部门|协办单位|参与单位|责任单位|责任部门)\s*[:：]/;

/** What a paragraph must hold to close an open clause (a closing bracket, a role marker or verb). */
const CAN_CLOSE = /[）)〕】\]]|单位\s*[:：]|部门\s*[:：]|牵头|配合|负责|参与|协助|协同|协办/;

const rankOf = (style: NumberStyle): number => NUMBER_STYLES.find((s) => s.style === style)?.rank ?? 9;

/**
 * The numbering style of the measures. An item of a style reaches to the next item of its level or above.
 * Styles whose paragraphs are mostly titles (short, not ending in ：, no clause of their own, deeper items
 * inside) are headings. Of the rest, the measures are the style whose items most often hold an attribution
 * clause (as a share: sub-items （1）（2） of which only the last holds the clause lose to the 1. they belong
 * to), then the one with more items, then the innermost. With no clause anywhere, the innermost style used
 * twice or more.
 */
export function measureStyleOf(
  paragraphs: string[],
  numbered: (Numbered | undefined)[],
  ctx: ReadingContext,
): NumberStyle | undefined {
  const nextNumbered = (i: number): number => {
    let j = i + 1;
    while (j < paragraphs.length && !numbered[j]) j++;
    return j;
  };
  const owns = numbered.map(
    (n, i) => n !== undefined && findResponsibility(paragraphs.slice(i, nextNumbered(i)).join('\n'), ctx) !== undefined,
  );
  const stats = new Map<NumberStyle, { covered: number; count: number; titles: number }>();
  numbered.forEach((n, i) => {
    if (!n) return;
    let end = i + 1;
    while (end < paragraphs.length && !((numbered[end]?.rank ?? 99) <= n.rank)) end++;
    const s = stats.get(n.style) ?? { covered: 0, count: 0, titles: 0 };
    s.count++;
    if (owns.slice(i, end).some(Boolean)) s.covered++;
    if (
      paragraphs[i].length <= MAX_HEADING_LENGTH &&
      !/[:：]\s*$/.test(paragraphs[i]) &&
      !owns[i] &&
      nextNumbered(i) < end
    )
      s.titles++;
    stats.set(n.style, s);
  });
  const items = [...stats].filter(([, s]) => s.titles * 2 <= s.count);
  const share = (s: { covered: number; count: number }): number => s.covered / s.count;
  const ranked = items.sort(
    (a, b) => share(b[1]) - share(a[1]) || b[1].count - a[1].count || rankOf(b[0]) - rankOf(a[0]),
  );
  if (ranked.length > 0 && ranked[0][1].covered > 0) return ranked[0][0];
  return [...stats].filter(([, s]) => s.count >= 2).sort((a, b) => rankOf(b[0]) - rankOf(a[0]))[0]?.[0];
}

/**
 * Paragraphs → front matter (before the first heading or measure) and measure blocks under their headings.
 * A paragraph continues the measure before it until that measure's clause has closed; an attribution line
 * joins the measure above even after that; other unnumbered text after a closed measure opens a block of its
 * own (measure 12 lost its number in the 2023 text).
 */
export function readBlocks(paragraphs: string[], ctx: ReadingContext): { front: string[]; blocks: Block[] } {
  const numbered = paragraphs.map(numberingOf);
  const style = measureStyleOf(paragraphs, numbered, ctx);
  const measureRank = style ? rankOf(style) : 9;
  const outer = [
    ...new Set(numbered.filter((n): n is Numbered => !!n && n.rank < measureRank).map((n) => n.style)),
  ].sort((a, b) => rankOf(a) - rankOf(b));
  const front: string[] = [];
  const blocks: Block[] = [];
  let heads: string[] = [];
  let started = false;
  let open: Block | undefined;
  const block = (text: string, number?: number): Block => ({
    ...(number ? { number } : {}),
    section: heads[0] ?? '',
    ...(heads[1] ? { subsection: heads[1] } : {}),
    text,
  });

  paragraphs.forEach((p, i) => {
    const n = numbered[i];
    const isMeasure = n !== undefined && n.style === style;
    if (n && !isMeasure && n.rank < measureRank && p.length <= MAX_HEADING_LENGTH && !ATTRIBUTION_LINE.test(n.rest)) {
      const level = outer.indexOf(n.style);
      heads = [...heads.slice(0, level), tidyHeading(p)];
      started = true;
      open = undefined;
      return;
    }
    if (!started && !isMeasure) {
      front.push(p);
      return;
    }
    started = true;
    const last = blocks[blocks.length - 1];
    if (isMeasure) {
      open = block(n.rest, n.number);
      blocks.push(open);
    } else if (open) {
      open.text += p; // a page break inside a sentence (or a clause): join without a gap
    } else if (ATTRIBUTION_LINE.test(p) && last) {
      last.text += `\n${p}`;
      open = last;
    } else {
      open = block(p);
      blocks.push(open);
    }
    // Only a paragraph with a bracket or a role word can close the clause; skip the re-read otherwise (a
    // measure broken into thousands of lines would be re-read thousands of times).
    if (CAN_CLOSE.test(p) && findResponsibility(open.text, ctx)?.closed) open = undefined;
  });
  return { front, blocks };
}

/** 一、加大项目推进力度 / （一）加快推动重大项目建设: full-width brackets, no inner spaces, no closing 。 */
export function tidyHeading(p: string): string {
  return p
    .replace(/\s+/g, '')
    .replace(/^[（(]([一二三四五六七八九十]+)[）)]/, '（$1）')
    .replace(/^([一二三四五六七八九十]+)[.．]/, '$1、')
    .replace(/[。.;；:：]+$/, '');
}
