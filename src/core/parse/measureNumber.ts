/** 对应措施 cells: 6, "6", "第6条", "措施6", "（十二）", "6、7" → the measure numbers. */
import { chineseNumber } from './chineseNumber';
import { halfWidth } from './text';

/** The measure numbers a cell names, or null when it names none. */
export function parseMeasureNumbers(s: string): number[] | null {
  const t = halfWidth(s)
    .trim()
    .replace(/[.．]$/, '')
    .replace(/[第条措施项号()（）\s]/g, ' ');
  const out: number[] = [];
  for (const part of t.split(/[ 、,，;；/]+/)) {
    if (!part) continue;
    const n = chineseNumber(part);
    if (n === undefined || n <= 0) return null;
    out.push(n);
  }
  return out.length ? out : null;
}
