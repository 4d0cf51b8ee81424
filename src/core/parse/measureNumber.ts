/** 对应措施 cells: 6, "6", "第6条", "措施6", "6、7" → the measure numbers. */
import { halfWidth } from './text';

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function chineseNumber(s: string): number | null {
  if (!/^[一二三四五六七八九十]+$/.test(s)) return null;
  if (s.length === 1) return CN_DIGITS[s];
  if (s[0] === '十') return 10 + (CN_DIGITS[s[1]] ?? 0);
  if (s[1] === '十') return CN_DIGITS[s[0]] * 10 + (s[2] ? CN_DIGITS[s[2]] : 0);
  return null;
}

/** The measure numbers a cell names, or null when it names none. */
export function parseMeasureNumbers(s: string): number[] | null {
  const t = halfWidth(s).replace(/[第条措施项()（）\s]/g, ' ');
  const out: number[] = [];
  for (const part of t.split(/[ 、,，;；/]+/)) {
    if (!part) continue;
    const n = /^\d+$/.test(part) ? Number(part) : chineseNumber(part);
    if (n === null) return null;
    out.push(n);
  }
  return out.length ? out : null;
}
