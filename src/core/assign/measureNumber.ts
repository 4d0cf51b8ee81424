/**
 * Measure numbers as clerks write them: 12, "12", "措施12", "第12条", "（十二）", "12." at the start of a task text.
 */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十二 → 12, 二十六 → 26, 十 → 10; up to 九十九. Undefined when it is not a Chinese numeral. */
export function chineseNumeral(s: string): number | undefined {
  if (!s || !/^[零〇一二两三四五六七八九十]+$/.test(s)) return undefined;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? DIGITS[s] : undefined;
  const tens = ten === 0 ? 1 : DIGITS[s.slice(0, ten)];
  const rest = s.slice(ten + 1);
  const ones = rest === '' ? 0 : DIGITS[rest];
  if (tens === undefined || ones === undefined || rest.length > 1 || ten > 1) return undefined;
  return tens * 10 + ones;
}

function toNumber(token: string): number | undefined {
  const t = token.normalize('NFKC');
  if (/^\d+$/.test(t)) return parseInt(t, 10);
  return chineseNumeral(t);
}

/** A whole cell that names a measure: 3, "3", "措施3", "第三条", "（三）", "3." ... */
export function measureNumberFromCell(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const s = value.normalize('NFKC').replace(/\s+/g, '');
  const m = /^(?:措施|第)?[(（]?([0-9]+|[零〇一二两三四五六七八九十]+)[)）]?(?:条|项|号)?[.、．]?$/.exec(s);
  return m ? toNumber(m[1]) : undefined;
}

/**
 * A number leading a task text: "12. 积极争取…", "12、…", "（十二）…", "第12条 …", "措施12：…".
 * Returns the number and the text without it. A bare number followed by a unit ("33个亿元以上项目") is not one.
 */
export function leadingMeasureNumber(text: string): { number: number; rest: string } | undefined {
  const s = text.normalize('NFKC').trimStart();
  const patterns = [
    /^第\s*([0-9]+|[一二三四五六七八九十]+)\s*条[、.:：,，\s]*/,
    /^措施\s*([0-9]+|[一二三四五六七八九十]+)[、.:：,，\s]*/,
    /^[(（]\s*([0-9]+|[一二三四五六七八九十]+)\s*[)）]\s*/,
    /^([0-9]+)\s*[.、:：)）](?![0-9])\s*/,
  ];
  for (const p of patterns) {
    const m = p.exec(s);
    if (!m) continue;
    const n = toNumber(m[1]);
    if (n !== undefined && n > 0) return { number: n, rest: s.slice(m[0].length) };
  }
  return undefined;
}
