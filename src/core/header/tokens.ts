/**
 * A column's header path cut into the domain's words (schema/headerTokens.ts): its own text (the lowest level)
 * and the group levels above it, kept apart because the own text says more than a group over several columns.
 */
import { HEADER_WORDS, MONTH_TOKEN, YEAR_TOKEN } from '../schema/headerTokens';
import type { NormalisedHeader } from './normaliseHeader';

export interface HeaderTokens {
  own: Set<string>;
  group: Set<string>;
}

const WORDS_LONGEST_FIRST = Object.keys(HEADER_WORDS).sort((a, b) => b.length - a.length);
const MAX_WORD = WORDS_LONGEST_FIRST[0]?.length ?? 1;

/** The tokens of one text, longest word first at each position; characters of no word are skipped. */
export function tokensOf(text: string, into: Set<string> = new Set()): Set<string> {
  for (let i = 0; i < text.length;) {
    let hit = '';
    for (let n = Math.min(MAX_WORD, text.length - i); n >= 1 && !hit; n--) {
      const piece = text.slice(i, i + n);
      if (piece in HEADER_WORDS) hit = piece;
    }
    if (hit) {
      into.add(HEADER_WORDS[hit]);
      i += hit.length;
    } else i++;
  }
  return into;
}

/** 1-9月, 1—9月份, 截至9月底, 9月末: a month that ends a period (cumulative), not one month's own figure (9月). */
const PERIOD_MONTH_RE = /\d\s*[-—–~～至到]\s*\d{1,2}\s*月|截[至止]\s*\d{1,2}\s*月|\d{1,2}\s*月(?:份)?\s*(?:底|末)|以来/;

/** The tokens of a header path; `raw` (the levels as written) tells a period's last month from a single month. */
export function headerTokens(levels: NormalisedHeader[], raw?: string[]): HeaderTokens {
  const own = new Set<string>();
  const group = new Set<string>();
  levels.forEach((l, i) => {
    const into = i === levels.length - 1 ? own : group;
    tokensOf(l.text, into);
    if (l.year) into.add(YEAR_TOKEN);
    if (l.month && (!raw || PERIOD_MONTH_RE.test(raw[i].normalize('NFKC')))) into.add(MONTH_TOKEN);
  });
  return { own, group };
}
