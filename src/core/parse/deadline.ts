/** 完成时限 cells that are not plain dates: 2023年底 (a date), 长期坚持 / 每季度 / 年底前 (accepted as written). */
import { isValidDate } from './date';
import {
  MONTH_END_RE,
  ONGOING_TERMS,
  RECURRING_TERMS,
  YEAR_END_RE,
  YEARLESS_MONTH_RE,
  YEARLESS_TERMS,
} from './deadlineTerms';
import { halfWidth } from './text';
import type { LedgerDate } from './types';

const TERMS = new Set([...ONGOING_TERMS, ...RECURRING_TERMS, ...YEARLESS_TERMS]);

/** A date, the accepted term itself (a string), or null when the text is no deadline. */
export function deadlineFromText(s: string): LedgerDate | string | null {
  const t = halfWidth(s).replace(/\s+/g, '');
  let m = YEAR_END_RE.exec(t);
  if (m) return { year: Number(m[1]), month: 12, day: 31 };
  m = MONTH_END_RE.exec(t);
  if (m) {
    const d = { year: Number(m[1]), month: Number(m[2]) };
    return isValidDate(d) ? { ...d, day: new Date(Date.UTC(d.year, d.month, 0)).getUTCDate() } : null;
  }
  if (TERMS.has(t)) return t;
  m = YEARLESS_MONTH_RE.exec(t);
  return m && Number(m[1]) >= 1 && Number(m[1]) <= 12 ? t : null;
}
