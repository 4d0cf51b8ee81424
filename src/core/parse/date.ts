/** Dates as ledgers hold them: Excel serials, or text (2023.3, 2023年3月, 2023-03-15, 2023/3/15, 2023年3月15日). */
import { halfWidth } from './text';
import type { LedgerDate } from './types';

const DAY_MS = 86_400_000;
/** Excel's day 0 for serials after its 1900 leap-year bug (serial 61 = 1900-03-01). */
const EPOCH = Date.UTC(1899, 11, 30);
const TEXT_DATE_RE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:(?:[-/.月]\s*(\d{1,2})\s*日?)|月份?)?$/;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})$/;

export function isValidDate(d: LedgerDate): boolean {
  if (d.year < 1900 || d.year > 2100 || d.month < 1 || d.month > 12) return false;
  if (d.day === undefined) return true;
  const last = new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
  return d.day >= 1 && d.day <= last;
}

/** An Excel serial (days since 1899-12-30) to a day-precision date; null outside 1900-2100. */
export function dateFromSerial(serial: number): LedgerDate | null {
  if (serial < 61 || serial > 73051) return null;
  const d = new Date(EPOCH + Math.floor(serial) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A date typed as a number: 2023.3 means March 2023 (month precision); a serial otherwise. */
export function dateFromNumber(n: number): LedgerDate | null {
  if (n >= 1900 && n < 2101) {
    const year = Math.floor(n);
    const hundredths = Math.round((n - year) * 100);
    if (Math.abs((n - year) * 100 - hundredths) > 1e-6) return null; // 2023.456 is no month
    // As a number 2023.10 has become 2023.1, so one digit reads as a month (2023.3 = March); two as 11, 12.
    const month = hundredths % 10 === 0 ? hundredths / 10 : hundredths;
    const d = { year, month };
    return isValidDate(d) ? d : null;
  }
  return dateFromSerial(n);
}

export function dateFromText(s: string): LedgerDate | null {
  const t = halfWidth(s).trim();
  const m = TEXT_DATE_RE.exec(t) ?? COMPACT_RE.exec(t);
  if (!m) return null;
  const d: LedgerDate = { year: Number(m[1]), month: Number(m[2]) };
  if (m[3]) d.day = Number(m[3]);
  return isValidDate(d) ? d : null;
}

/** Compares two dates at the precision both have: -1, 0, 1. */
export function compareDates(a: LedgerDate, b: LedgerDate): number {
  if (a.year !== b.year) return a.year < b.year ? -1 : 1;
  if (a.month !== b.month) return a.month < b.month ? -1 : 1;
  if (a.day === undefined || b.day === undefined || a.day === b.day) return 0;
  return a.day < b.day ? -1 : 1;
}

export function formatDate(d: LedgerDate): string {
  const mm = String(d.month).padStart(2, '0');
  return d.day === undefined ? `${d.year}-${mm}` : `${d.year}-${mm}-${String(d.day).padStart(2, '0')}`;
}
