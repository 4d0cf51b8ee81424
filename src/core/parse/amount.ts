/** Amount cells, normalised to 万元 from the column's unit. */
import type { CellValue } from '../grid';
import type { AmountUnit } from '../header/types';
import { parseTextNumber } from './number';
import { NO_PROBLEMS, problem, type Problem } from './problems';
import type { ParsedCell } from './types';

import { TO_WAN } from './amountUnits';

export { TO_WAN };

/** Rounds away float noise from unit conversion (1.2 × 10000 = 11999.999999999998). */
function tidy(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export function parseAmount(raw: CellValue, s: string, unit: AmountUnit): ParsedCell {
  const factor = TO_WAN[unit];
  const t = parseTextNumber(s);
  if (!t || t.unit === '%')
    return { raw, value: null, empty: false, problems: problem('type-error', { expected: '金额' }) };
  let problems: Problem[] = problem('number-as-text');
  let value: number;
  if (t.unit && t.unit !== unit) {
    value = tidy(t.value * TO_WAN[t.unit]);
    // converted: in 万元 (what is counted); inColumn: the number to type in this column's unit.
    problems = problem('unit-suspect', { written: s.trim(), unit, converted: value, inColumn: tidy(value / factor) });
  } else {
    value = factor === 1 ? t.value : tidy(t.value * factor);
    if (t.unit) problems = NO_PROBLEMS; // "300万元" in a 万元 column says what it means
  }
  if (value < 0) problems = [...problems, ...problem('negative-amount')];
  return { raw, value, empty: false, problems };
}

/** A number typed in a column of `unit`, in 万元 (no allocation: the validator's hot path reads it directly). */
export function wanFromNumber(raw: number, unit: AmountUnit): number {
  const factor = TO_WAN[unit];
  return factor === 1 ? raw : tidy(raw * factor);
}

export function amountFromNumber(raw: number, unit: AmountUnit): ParsedCell {
  const value = wanFromNumber(raw, unit);
  return { raw, value, empty: false, problems: value < 0 ? problem('negative-amount') : NO_PROBLEMS };
}
