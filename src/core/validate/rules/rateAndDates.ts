/** The rate and dates of one row: 完成率 = completed ÷ plan, end not before start. */
import { compareDates, formatDate } from '../../parse';
import type { LedgerDate, ParsedCell } from '../../parse/types';
import type { RowRule } from './types';

/** 0.5 percentage points: rates are usually typed rounded to one decimal of a percent. */
const RATE_TOLERANCE = 0.005;

export const RATE_MISMATCH: RowRule = {
  codes: ['rate-mismatch'],
  appliesTo: ({ col }) => col.rate !== undefined,
  check({ row, planned, completed }, { sink, reader, col }) {
    if (completed === null || planned === null || planned <= 0 || col.rate === undefined) return;
    const rate = reader.number(row, 'rate');
    if (rate === null) return;
    const expected = completed / planned;
    if (Math.abs(rate - expected) <= RATE_TOLERANCE) return;
    sink.add(
      'rate-mismatch',
      { row: row.row, col: col.rate, field: 'rate' },
      { value: percent(rate), expected: percent(expected), suggestion: Math.round(expected * 10000) / 10000 },
    );
  },
};

export const DATE_ORDER: RowRule = {
  codes: ['date-order'],
  appliesTo: ({ col }) => col.start !== undefined && col.end !== undefined,
  check({ row }, { sink, reader, col }) {
    if (col.start === undefined || col.end === undefined) return;
    const start = date(reader.cell(row, 'start'));
    const end = date(reader.cell(row, 'end'));
    if (!start || !end || compareDates(end, start) >= 0) return;
    sink.add(
      'date-order',
      { row: row.row, col: col.end, field: 'end' },
      { value: formatDate(end), start: formatDate(start) },
    );
  },
};

function date(c: ParsedCell | undefined): LedgerDate | null {
  const v = c?.value;
  return v && typeof v === 'object' && !Array.isArray(v) ? v : null;
}

function percent(x: number): string {
  return `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
}
