/** Percent cells as fractions: 0.85 (formatted 0%), "85%", 85 (a bare number above 2 is read as percent points). */
import type { CellValue } from '../grid';
import { parseTextNumber } from './number';
import { NO_PROBLEMS, problem } from './problems';
import type { ParsedCell } from './types';

/** Rates above 200% are rare; a bare 85 in a 完成率 column means 85%. */
const POINTS_THRESHOLD = 2;

/** A number in a percent column as a fraction (no allocation: the validator's hot path reads it directly). */
export function fractionFromNumber(raw: number, format: string | null): number {
  const isPercentFormat = !!format && format.indexOf('%') >= 0;
  return !isPercentFormat && Math.abs(raw) > POINTS_THRESHOLD ? raw / 100 : raw;
}

export function percentFromNumber(raw: number, format: string | null): ParsedCell {
  const value = fractionFromNumber(raw, format);
  return { raw, value, empty: false, problems: NO_PROBLEMS };
}

export function parsePercent(raw: CellValue, s: string): ParsedCell {
  const t = parseTextNumber(s);
  if (!t || (t.unit && t.unit !== '%'))
    return { raw, value: null, empty: false, problems: problem('type-error', { expected: '百分比' }) };
  const value = t.unit === '%' || Math.abs(t.value) > POINTS_THRESHOLD ? t.value / 100 : t.value;
  return { raw, value, empty: false, problems: NO_PROBLEMS };
}
