/** The as-of date of a ledger: from a note (截止时间：2023年10月31日) or a header (1-10月完成投资). */
import type { AsOf } from './types';

const NOTE_DATE_RE = /截[至止](?:时间|日期)?[:：]?\s*(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*(?:月底|月末|[月.\-/]\s*(?:(\d{1,2})\s*日?)?)?/;
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
