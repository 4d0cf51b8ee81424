/**
 * Subtotals in every form (subtotalPlan.ts) against exactly the rows they cover, reported at the subtotal cell
 * that disagrees. The message says what makes the difference, checked in this order: a section row inside it that
 * is wrong itself; numbers stored as text in the covered rows (Excel's SUM skips them); rows the formula's range
 * leaves out or adds; else the formula or — only for a typed subtotal — the figure to type.
 */
import { toA1 } from '../../grid';
import type { LedgerRow } from '../../ledger/types';
import { wanFromNumber } from '../../parse/amount';
import type { FieldId } from '../../schema/types';
import type { IssueParams } from '../catalogue';
import type { CellReader } from '../CellReader';
import { formatWan } from '../formatFigure';
import { summedRows } from './formulaRefs';
import { SUBTOTAL_FIELDS, subtotalPlan, type SubtotalCheck } from './subtotalPlan';
import type { SheetContext, SheetRule } from './types';

type Params = IssueParams<'subtotal-mismatch'>;
type AdviceKey = Params['advice'];

/** Text-number cells named in a message; more are counted (等N处). */
const NAMED_CELLS = 3;

interface Coverage {
  sum: number;
  /** Covered cells holding a number as text, A1, and their sum. */
  textCells: string[];
  textSum: number;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 0.01 + Math.abs(b) * 1e-9;
const round = (n: number) => Math.round(n * 10000) / 10000;

export const SUBTOTALS: SheetRule = {
  codes: ['subtotal-mismatch'],
  check(sheet) {
    const { ledger, sink } = sheet;
    if ((!ledger.subtotals.length && !ledger.sections.length) || !sink.on('subtotal-mismatch')) return;
    const plan = subtotalPlan(ledger, sheet.columns, sheet.reader);
    if (!plan.length) return;
    const byRow = new Map<number, LedgerRow>(ledger.rows.map((r) => [r.row, r]));
    for (const field of SUBTOTAL_FIELDS) {
      const col = sheet.col[field];
      if (col === undefined) continue;
      // Each subtotal's gap first: a parent's gap may be explained by its children's.
      const gaps = new Map<SubtotalCheck, number>();
      const covs = new Map<SubtotalCheck, Coverage>();
      for (const s of plan) {
        const shown = s.shown[field];
        if (shown === undefined) continue;
        const cov = coverage(s.covers, field, col, byRow, sheet.reader);
        covs.set(s, cov);
        if (!close(shown, cov.sum)) gaps.set(s, shown - cov.sum);
      }
      for (const [s, gap] of gaps) report(sheet, s, field, col, covs.get(s)!, gap, gaps, plan);
    }
  },
};

function report(
  sheet: SheetContext,
  s: SubtotalCheck,
  field: FieldId,
  col: number,
  cov: Coverage,
  gap: number,
  gaps: Map<SubtotalCheck, number>,
  plan: SubtotalCheck[],
): void {
  const shown = s.shown[field]!;
  const formula = sheet.ledger.grid.formulas?.[s.index]?.[col] ?? undefined;
  const refs = formula ? summedRows(formula, col) : null;
  const why = explain(s, cov, gap, gaps, formula !== undefined, refs, shown, plan, sheet, field);
  const shownCells = cov.textCells.slice(0, NAMED_CELLS);
  sheet.sink.add(
    'subtotal-mismatch',
    { row: s.row, col, field },
    {
      value: formatWan(shown),
      sum: formatWan(cov.sum),
      label: s.label,
      count: s.covers.length,
      advice: why.advice,
      sections: why.sections,
      range: why.range,
      missing: why.missing,
      extra: why.extra,
      cells: shownCells,
      more: cov.textCells.length > NAMED_CELLS ? 'some' : 'none',
      cellCount: cov.textCells.length,
      textSum: formatWan(cov.textSum),
      // Never suggest typing a number over a formula: the formula (or the cells it sums) is what to fix.
      suggestion: formula ? undefined : cov.sum,
    },
  );
}

interface Why {
  advice: AdviceKey;
  sections: string[];
  range: Params['range'];
  missing: string[];
  extra: string[];
}

function explain(
  s: SubtotalCheck,
  cov: Coverage,
  gap: number,
  gaps: Map<SubtotalCheck, number>,
  formula: boolean,
  refs: number[] | null,
  shown: number,
  plan: SubtotalCheck[],
  sheet: SheetContext,
  field: FieldId,
): Why {
  const why: Why = { advice: formula ? 'formula' : 'typed', sections: [], range: 'none', missing: [], extra: [] };
  // Wrong subtotal rows inside it, when this one adds them (or is typed) and their errors make the gap. A typed
  // one counts each covered block once (a section row and its 小计 cover the same rows).
  const wrong = uniqueCovers(s.children.filter((c) => gaps.has(c) && (refs ? refs.includes(c.row) : true)));
  const childGap = wrong.reduce((n, c) => n + gaps.get(c)!, 0);
  if (wrong.length && close(gap, childGap))
    return { ...why, advice: formula ? 'section-formula' : 'section-typed', sections: wrong.map((c) => String(c.row)) };
  if (cov.textCells.length && close(shown, cov.sum - cov.textSum))
    return { ...why, advice: formula ? 'text-explains-formula' : 'text-explains-typed' };
  if (refs) {
    const range = rangeGap(s, refs, plan, new Set(sheet.ledger.rows.map((r) => r.row)));
    if ((range.missing.length || range.extra.length) && close(shown, excelSum(refs, field, sheet, plan))) {
      const kind = range.missing.length && range.extra.length ? 'both' : range.missing.length ? 'missing' : 'extra';
      return {
        ...why,
        advice: 'range',
        range: kind,
        missing: range.missing.map(String),
        extra: range.extra.map(String),
      };
    }
  }
  if (cov.textCells.length) why.advice = formula ? 'text-among-formula' : 'text-among-typed';
  return why;
}

function uniqueCovers(checks: SubtotalCheck[]): SubtotalCheck[] {
  const seen = new Set<string>();
  return checks.filter((c) => {
    const k = `${c.covers[0]}-${c.covers[c.covers.length - 1]}-${c.covers.length}`;
    return !seen.has(k) && !!seen.add(k);
  });
}

/** The data rows a formula reaches (directly, or through a subtotal row it adds) against those it should. */
function rangeGap(
  s: SubtotalCheck,
  refs: number[],
  plan: SubtotalCheck[],
  dataRows: ReadonlySet<number>,
): { missing: number[]; extra: number[] } {
  const reached = new Set<number>();
  const subtotalAt = new Map(plan.map((p) => [p.row, p]));
  for (const r of refs) {
    const sub = subtotalAt.get(r);
    if (sub) sub.covers.forEach((x) => reached.add(x));
    else if (dataRows.has(r)) reached.add(r);
  }
  const covered = new Set(s.covers);
  return {
    missing: s.covers.filter((r) => !reached.has(r)),
    extra: [...reached].filter((r) => !covered.has(r)).sort((a, b) => a - b),
  };
}

/** What Excel shows for a plain sum of these rows: numbers only (text skipped), subtotal rows by their figure. */
function excelSum(refs: number[], field: FieldId, sheet: SheetContext, plan: SubtotalCheck[]): number {
  const subtotalAt = new Map(plan.map((p) => [p.row, p]));
  const col = sheet.col[field]!;
  let n = 0;
  for (const r of refs) {
    const sub = subtotalAt.get(r);
    if (sub) n += sub.shown[field] ?? 0;
    else {
      const raw = sheet.ledger.grid.values[r - 1]?.[col];
      if (typeof raw === 'number')
        n += wanFromNumber(raw, sheet.columns.find((c) => c.field === field)?.unit ?? '万元');
    }
  }
  return round(n);
}

function coverage(
  covers: number[],
  field: FieldId,
  col: number,
  byRow: Map<number, LedgerRow>,
  reader: CellReader,
): Coverage {
  let sum = 0;
  let textSum = 0;
  const textCells: string[] = [];
  for (const r of covers) {
    const covered = byRow.get(r);
    const c = covered && reader.cell(covered, field);
    if (!c || typeof c.value !== 'number') continue;
    sum += c.value;
    if (typeof c.raw === 'string') {
      textSum += c.value;
      textCells.push(toA1(r - 1, col));
    }
  }
  return { sum: round(sum), textCells, textSum: round(textSum) };
}
