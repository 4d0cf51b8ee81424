/**
 * The amounts of one row against each other: completed ≤ plan ≤ total, and a total so far below its own plan
 * that it reads as a 亿元 figure in a 万元 column. Which finding hides which is declared (`suppresses`).
 */
import { TO_WAN } from '../../parse/amountUnits';
import type { RowRule } from './types';

/** A total under this (万元) with a plan or completion this many times larger reads as a 亿元 figure. */
const MAGNITUDE_MAX_TOTAL = 1000;
const MAGNITUDE_RATIO = 100;

/**
 * A total far below its own annual plan is almost always a 亿元 figure typed into a 万元 column (0.85 for 8500):
 * said once, on the total, instead of "exceeds the total" errors that hide the cause.
 */
export const AMOUNT_MAGNITUDE: RowRule = {
  codes: ['amount-magnitude'],
  suppresses: ['over-total', 'over-plan', 'plan-over-total'],
  appliesTo: ({ col }) => col.total !== undefined && (col.planned !== undefined || col.completed !== undefined),
  check({ row, total, planned, completed }, { sink, col }) {
    if (total === null || total <= 0 || total >= MAGNITUDE_MAX_TOTAL || col.total === undefined) return;
    const other = Math.max(planned ?? 0, completed ?? 0);
    if (other < total * MAGNITUDE_RATIO) return;
    const wan = total * TO_WAN.亿元; // the 总投资 as if written in 亿元
    sink.add(
      'amount-magnitude',
      { row: row.row, col: col.total, field: 'total' },
      { value: total, other, wan, suggestion: wan },
    );
  },
};

export const OVER_TOTAL: RowRule = {
  codes: ['over-total'],
  suppresses: ['over-plan'],
  appliesTo: ({ col }) => col.total !== undefined && col.completed !== undefined,
  check({ row, total, completed }, { sink, col }) {
    if (completed === null || total === null || total <= 0 || completed <= total || col.completed === undefined) return;
    sink.add('over-total', { row: row.row, col: col.completed, field: 'completed' }, { value: completed, total });
  },
};

export const OVER_PLAN: RowRule = {
  codes: ['over-plan'],
  appliesTo: ({ col }) => col.planned !== undefined && col.completed !== undefined,
  check({ row, planned, completed }, { sink, col }) {
    if (completed === null || planned === null || planned <= 0 || completed <= planned || col.completed === undefined)
      return;
    sink.add('over-plan', { row: row.row, col: col.completed, field: 'completed' }, { value: completed, planned });
  },
};

export const PLAN_OVER_TOTAL: RowRule = {
  codes: ['plan-over-total'],
  appliesTo: ({ col }) => col.total !== undefined && col.planned !== undefined,
  check({ row, total, planned }, { sink, col }) {
    if (planned === null || total === null || total <= 0 || planned <= total || col.planned === undefined) return;
    sink.add('plan-over-total', { row: row.row, col: col.planned, field: 'planned' }, { value: planned, total });
  },
};
