/**
 * Every rule, in a list per level (header / row / cell / policy), in the order they run. To add a rule: declare
 * its codes in the catalogue, write the rule object next to its kin, list it here, and add it to README.md.
 */
import type { IssueCode } from '../catalogue';
import { AMOUNT_MAGNITUDE, OVER_PLAN, OVER_TOTAL, PLAN_OVER_TOTAL } from './amountRelations';
import { LEAD_MISSING } from './leadMissing';
import { DUPLICATE_HEADER, MISSING_FIELD, UNKNOWN_HEADER } from './headerRules';
import { PARSE_PROBLEMS } from './parseProblems';
import { MEASURE_KNOWN, PROJECT_LEAD, TASK_UNITS } from './policyRules';
import { DATE_ORDER, RATE_MISMATCH } from './rateAndDates';
import { REQUIRED_VALUES } from './requiredValues';
import { BLANK_ROWS, DUPLICATE_ROWS } from './rowRules';
import { SUBTOTALS } from './subtotals';
import type { Rule, RowRule, SheetRule } from './types';
import { UNIT_NAMES } from './unitNames';

export const HEADER_RULES: readonly SheetRule[] = [MISSING_FIELD, DUPLICATE_HEADER, UNKNOWN_HEADER];
export const ROW_RULES: readonly SheetRule[] = [BLANK_ROWS, DUPLICATE_ROWS, SUBTOTALS];
export const CELL_RULES: readonly RowRule[] = [
  PARSE_PROBLEMS,
  REQUIRED_VALUES,
  UNIT_NAMES,
  AMOUNT_MAGNITUDE,
  OVER_TOTAL,
  OVER_PLAN,
  PLAN_OVER_TOTAL,
  RATE_MISMATCH,
  DATE_ORDER,
];
export const POLICY_RULES: readonly RowRule[] = [MEASURE_KNOWN, PROJECT_LEAD, TASK_UNITS, LEAD_MISSING];

export const ALL_RULES: readonly Rule[] = [...HEADER_RULES, ...ROW_RULES, ...CELL_RULES, ...POLICY_RULES];

/** code → the codes whose findings on the same row hide it, from every rule's `suppresses`. */
export const SUPPRESSIONS: ReadonlyMap<IssueCode, readonly IssueCode[]> = (() => {
  const by = new Map<IssueCode, IssueCode[]>();
  for (const r of ALL_RULES) {
    for (const hidden of r.suppresses ?? []) {
      const list = by.get(hidden) ?? [];
      by.set(hidden, [...list, ...r.codes]);
    }
  }
  return by;
})();

export type { Rule, RowRule, SheetRule, SheetContext, RowView, CellColumn } from './types';
