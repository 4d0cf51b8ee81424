/**
 * The one numeral parser of the core: Arabic digits (half or full width) and Chinese numerals as policy documents
 * and ledgers write them — with 十/百 for counts and measure numbers (十二, 二十六, 一百二十) and digit by digit
 * for years (二〇二三). Measure numbers, headings, dates and targets all read numbers through this.
 */

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** One Chinese numeral character class, for patterns that look for a numeral inside a text. */
export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百';

/** 1–99 written with 十: 十 = 10, 十二 = 12, 二十 = 20, 二十六 = 26. */
function withTens(s: string): number | undefined {
  const parts = s.split('十');
  if (parts.length !== 2 || parts[0].length > 1 || parts[1].length > 1) return undefined;
  const tens = parts[0] === '' ? 1 : DIGITS[parts[0]];
  const ones = parts[1] === '' ? 0 : DIGITS[parts[1]];
  return tens === undefined || ones === undefined || tens === 0 ? undefined : tens * 10 + ones;
}

/** 100–999 written with 百: 一百二十 = 120, 一百零五 = 105, 三百 = 300. */
function withHundreds(s: string): number | undefined {
  const [h, rest, extra] = s.split('百');
  if (extra !== undefined || h.length !== 1 || !DIGITS[h]) return undefined;
  if (rest === '') return DIGITS[h] * 100;
  const below = /^[〇零][一二三四五六七八九]$/.test(rest)
    ? DIGITS[rest[1]]
    : rest.includes('十')
      ? withTens(rest.startsWith('十') ? `一${rest}` : rest)
      : undefined;
  return below === undefined ? undefined : DIGITS[h] * 100 + below;
}

/** The number a numeral stands for, or undefined when the text is not one numeral. */
export function chineseNumber(text: string): number | undefined {
  const s = text.normalize('NFKC').trim();
  if (/^\d+$/.test(s)) return Number(s);
  if (!s || ![...s].every((c) => c in DIGITS || c === '十' || c === '百')) return undefined;
  if (s.includes('百')) return withHundreds(s);
  if (s.includes('十')) return withTens(s);
  // Digit by digit (二〇二三); a lone 两 is "two" only as a count.
  return Number([...s].map((c) => DIGITS[c]).join(''));
}
