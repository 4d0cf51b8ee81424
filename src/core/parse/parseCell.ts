/**
 * One cell parsed for its field. Hot path (100k rows × 20 columns): numbers and plain strings go straight
 * through; clean cells share one empty problem list; enum results are memoised per field.
 */
import { isCellError, type CellValue } from '../grid';
import type { AmountUnit } from '../header/types';
import type { FieldDef } from '../schema/types';
import { amountFromNumber, parseAmount } from './amount';
import { dateFromNumber, dateFromText } from './date';
import { deadlineFromText } from './deadline';
import { parseEnum } from './enumValue';
import { parseMeasureNumbers } from './measureNumber';
import { parseTextNumber } from './number';
import { parsePercent, percentFromNumber } from './percent';
import { NO_PROBLEMS, problem } from './problems';
import { halfWidth, isEmptyText } from './text';
import type { ParsedCell } from './types';

export interface ParseContext {
  /** The column's amount unit (amount fields). */
  unit?: AmountUnit;
  /** The cell's number format, if known. */
  format?: string | null;
  /** Splits a cell of several unit names; by default on 、，,；; and line breaks. */
  splitUnits?: (s: string) => string[];
}

const EMPTY_CELL: ParsedCell = Object.freeze({
  raw: null,
  value: null,
  empty: true,
  problems: NO_PROBLEMS,
}) as ParsedCell;
const SPLIT_RE = /[、，,；;\n/\s]+/;

export function defaultSplitUnits(s: string): string[] {
  return s.split(SPLIT_RE).filter(Boolean);
}

function typeError(raw: CellValue, expected: string): ParsedCell {
  return { raw, value: null, empty: false, problems: problem('type-error', { expected }) };
}

export function parseCell(field: FieldDef, raw: CellValue, ctx: ParseContext = {}): ParsedCell {
  if (raw === null || raw === undefined) return EMPTY_CELL;
  if (isCellError(raw))
    return { raw, value: null, empty: false, problems: problem('formula-error', { error: raw.error }) };
  if (typeof raw === 'string' && isEmptyText(raw)) return { raw, value: null, empty: true, problems: NO_PROBLEMS };
  switch (field.type) {
    case 'amount':
      if (typeof raw === 'number') return amountFromNumber(raw, ctx.unit ?? '万元');
      if (typeof raw === 'string') return parseAmount(raw, raw, ctx.unit ?? '万元');
      return typeError(raw, '金额');
    case 'percent':
      if (typeof raw === 'number') return percentFromNumber(raw, ctx.format ?? null);
      if (typeof raw === 'string') return parsePercent(raw, raw);
      return typeError(raw, '百分比');
    case 'integer': {
      if (typeof raw === 'number') return { raw, value: raw, empty: false, problems: NO_PROBLEMS };
      const t = typeof raw === 'string' ? parseTextNumber(raw) : null;
      return t && !t.unit ? { raw, value: t.value, empty: false, problems: NO_PROBLEMS } : typeError(raw, '整数');
    }
    case 'date': {
      let d: ParsedCell['value'] =
        typeof raw === 'number' ? dateFromNumber(raw) : typeof raw === 'string' ? dateFromText(raw) : null;
      // A deadline may also be 2023年底, 长期坚持, 每季度 (the terms are data in deadlineTerms.ts).
      if (!d && field.acceptsTerms && typeof raw === 'string') d = deadlineFromText(raw);
      return d ? { raw, value: d, empty: false, problems: NO_PROBLEMS } : typeError(raw, '日期');
    }
    case 'enum': {
      const r = parseEnum(field, String(raw));
      if (r.value !== null) return { raw, value: r.value, empty: false, problems: NO_PROBLEMS };
      return {
        raw,
        value: null,
        empty: false,
        problems: problem('enum-error', r.suggestion ? { suggestion: r.suggestion } : {}),
      };
    }
    case 'measure': {
      if (typeof raw === 'number')
        return Number.isInteger(raw)
          ? { raw, value: raw, empty: false, problems: NO_PROBLEMS }
          : typeError(raw, '措施编号');
      const ns = typeof raw === 'string' ? parseMeasureNumbers(raw) : null;
      if (!ns) return typeError(raw, '措施编号');
      return { raw, value: ns.length === 1 ? ns[0] : ns.map(String), empty: false, problems: NO_PROBLEMS };
    }
    case 'units': {
      const s = typeof raw === 'string' ? raw.trim() : String(raw);
      return { raw, value: (ctx.splitUnits ?? defaultSplitUnits)(s), empty: false, problems: NO_PROBLEMS };
    }
    case 'unit':
      return { raw, value: halfWidth(String(raw)).trim(), empty: false, problems: NO_PROBLEMS };
    default:
      // Text fields keep numbers as numbers (a 序号 of 12 is 12): converting every one to a string costs.
      return {
        raw,
        value: typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? raw : String(raw),
        empty: false,
        problems: NO_PROBLEMS,
      };
  }
}
