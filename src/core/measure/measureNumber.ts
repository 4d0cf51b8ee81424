/**
 * Measure numbers as clerks write them: 12, "12", "措施12", "第12条", "（十二）", "12." at the start of a task
 * text. Numerals are read by the core's one parser (parse/chineseNumber.ts).
 */
import { CHINESE_NUMERAL_CHARS, chineseNumber } from '../parse/chineseNumber';

const NUM = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
const WHOLE_CELL = new RegExp(`^(?:措施|第)?[(（]?${NUM}[)）]?(?:条|项|号)?[.、．]?$`);

/** A whole cell that names one measure: 3, "3", "措施3", "第三条", "（三）", "3." ... */
export function measureNumberFromCell(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = WHOLE_CELL.exec(value.normalize('NFKC').replace(/\s+/g, ''));
  const n = m ? chineseNumber(m[1]) : undefined;
  return n !== undefined && n > 0 ? n : undefined;
}

const LEADING = [
  new RegExp(`^第\\s*${NUM}\\s*条[、.:：,，\\s]*`),
  new RegExp(`^措施\\s*${NUM}[、.:：,，\\s]*`),
  new RegExp(`^[(（]\\s*${NUM}\\s*[)）]\\s*`),
  /^([0-9]+)\s*[.、:：)）](?![0-9])\s*/,
];

/**
 * A number leading a task text: "12. 积极争取…", "12、…", "（十二）…", "第12条 …", "措施12：…".
 * Returns the number and the text without it. A bare number followed by a unit ("33个亿元以上项目") is not one.
 */
export function leadingMeasureNumber(text: string): { number: number; rest: string } | undefined {
  const s = text.normalize('NFKC').trimStart();
  for (const p of LEADING) {
    const m = p.exec(s);
    const n = m ? chineseNumber(m[1]) : undefined;
    if (m && n !== undefined && n > 0) return { number: n, rest: s.slice(m[0].length) };
  }
  return undefined;
}
