const NUMERAL = '[一二三四五六七八九十]+';
const SECTION = new RegExp(`^${NUMERAL}\\s*[、.．]`);
const SUBSECTION = new RegExp(`^[（(]\\s*${NUMERAL}\\s*[）)]`);
const MEASURE = /^([0-9０-９]{1,3})\s*[.．、]\s*/;
/** Headings are short lines; a longer line starting 一、 is a sentence, not a heading. */
const MAX_HEADING_LENGTH = 40;

export type ParagraphKind =
  | { kind: 'section'; title: string }
  | { kind: 'subsection'; title: string }
  | { kind: 'measure'; number: number; rest: string }
  | { kind: 'text' };

/** What a paragraph is: a 一、 section heading, a （一） sub-section heading, a numbered measure, or text. */
export function classifyParagraph(p: string): ParagraphKind {
  if (p.length <= MAX_HEADING_LENGTH && !/单位\s*[:：]/.test(p)) {
    if (SECTION.test(p)) return { kind: 'section', title: tidyHeading(p) };
    if (SUBSECTION.test(p)) return { kind: 'subsection', title: tidyHeading(p) };
  }
  const m = MEASURE.exec(p);
  if (m) return { kind: 'measure', number: Number(m[1].normalize('NFKC')), rest: p.slice(m[0].length) };
  return { kind: 'text' };
}

/** 一、加大项目推进力度 / （一）加快推动重大项目建设: full-width brackets, no inner spaces, no closing 。 */
function tidyHeading(p: string): string {
  return p
    .replace(/\s+/g, '')
    .replace(/^[（(]/, '（')
    .replace(/^（([一二三四五六七八九十]+)[）)]/, '（$1）')
    .replace(/^([一二三四五六七八九十]+)[.．]/, '$1、')
    .replace(/[。.;；:：]+$/, '');
}
