const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * Chinese numerals as written in dates and headings: digit by digit for years (二〇二三) and with 十 for
 * 1-99 (十二, 二十八). Arabic and full-width digits pass through. NaN when it is not a number.
 */
export function chineseNumber(text: string): number {
  const s = text.normalize('NFKC').trim();
  if (/^\d+$/.test(s)) return Number(s);
  if (!s || ![...s].every((c) => c in DIGITS || c === '十')) return NaN;
  if (!s.includes('十')) return Number([...s].map((c) => DIGITS[c]).join(''));
  const [tens, ones] = s.split('十');
  if (s.split('十').length > 2) return NaN;
  const t = tens === '' ? 1 : DIGITS[tens];
  const o = ones === '' ? 0 : DIGITS[ones];
  return t === undefined || o === undefined ? NaN : t * 10 + o;
}
