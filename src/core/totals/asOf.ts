import type { Ledger } from '../ledger/types';

/** An as-of date, 1-based month. */
export interface AsOfDate {
  year: number;
  month: number;
  day: number;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function lastDay(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

export function parseIsoDate(text: string): AsOfDate | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m) return null;
  const d = { year: +m[1], month: +m[2], day: +m[3] };
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= lastDay(d.year, d.month) ? d : null;
}

export function isoDate(d: AsOfDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** The ledger's year: its as-of year, else a year in its title (2023年源汇区重点项目台账). */
function ledgerYear(ledger: Ledger): number | undefined {
  if (ledger.header.asOf?.year) return ledger.header.asOf.year;
  for (const t of ledger.header.titleRows) {
    const m = /(20\d{2})\s*年/.exec(t.text);
    if (m) return +m[1];
  }
  return undefined;
}

/**
 * The as-of date of a summary. The core has no clock, so: the caller's date; else the latest as-of date the
 * ledgers' headers state (1-10月完成投资 → Oct 31); else Dec 31 of the ledgers' year (else of `fallbackYear`).
 */
export function resolveAsOf(ledgers: Ledger[], fallbackYear: number, given?: string): AsOfDate {
  if (given) {
    const d = parseIsoDate(given);
    if (!d) throw new Error(`截止日期格式应为 YYYY-MM-DD：${given} / as-of date must be YYYY-MM-DD`);
    return d;
  }
  let best: AsOfDate | null = null;
  for (const l of ledgers) {
    const a = l.header.asOf;
    if (!a || a.month < 1 || a.month > 12) continue;
    const year = a.year ?? ledgerYear(l) ?? fallbackYear;
    const d = { year, month: a.month, day: a.day ?? lastDay(year, a.month) };
    if (!best || isoDate(d) > isoDate(best)) best = d;
  }
  if (best) return best;
  const year = ledgers.map(ledgerYear).find((y) => y !== undefined) ?? fallbackYear;
  return { year, month: 12, day: 31 };
}

/**
 * 序时进度: the share of a yearly target due by the as-of date, m/12 in month m of the deadline's year;
 * 0 before that year, 1 from the deadline on. Targets that are not paced are due in full (1).
 */
export function paceAt(asOf: AsOfDate, deadline: string, paced: boolean): number {
  if (!paced) return 1;
  const due = parseIsoDate(deadline);
  if (!due) return 1;
  if (isoDate(asOf) >= isoDate(due)) return 1;
  if (asOf.year < due.year) return 0;
  return Math.min(1, asOf.month / 12);
}
