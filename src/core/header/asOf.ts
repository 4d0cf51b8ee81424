/** The as-of date of a ledger: from a note (截止时间：2023年10月31日) or a header (1-10月完成投资). */
import type { AsOf } from './types';

/** Words before an as-of date in a note row (截止时间：, 更新时间：, 数据截至…): data, longest first. */
export const AS_OF_WORDS = [
  '数据截至',
  '数据截止',
  '统计截至',
  '统计截止',
  '截止时间',
  '截止日期',
  '截至时间',
  '截至日期',
  '更新时间',
  '更新日期',
  '统计时间',
  '统计日期',
  '数据时间',
  '截至',
  '截止',
];
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NOTE_DATE_RE = new RegExp(
  `(?:${AS_OF_WORDS.map(escape).join('|')})[:：]?\\s*(\\d{4})\\s*[年.\\-/]\\s*(\\d{1,2})\\s*(?:月底|月末|[月.\\-/]\\s*(?:(\\d{1,2})\\s*日?)?)?`,
);
const YEAR_RE = /(20\d{2})\s*年/;

/** Reads an as-of date from a note row's text, or null. */
export function asOfFromNote(text: string, source: string): AsOf | null {
  const m = NOTE_DATE_RE.exec(text.normalize('NFKC'));
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const out: AsOf = { year: Number(m[1]), month, source };
  if (m[3]) {
    const day = Number(m[3]);
    if (day >= 1 && day <= 31) out.day = day;
  }
  return out;
}

/** The year a title or note names ("2023年源汇区重点项目台账"), if any. */
export function yearFromText(text: string): number | undefined {
  const m = YEAR_RE.exec(text.normalize('NFKC'));
  return m ? Number(m[1]) : undefined;
}
