import { criterionText, isPredictable, matches, type Criterion } from './criteria';
import type { LedgerSheet } from './ledgerSheet';

/** One SUMIFS (sumCol set) or COUNTIFS over rows top..bottom (1-based) of a ledger sheet. */
export interface Term {
  sign: 1 | -1;
  sheet: LedgerSheet;
  top: number;
  bottom: number;
  sumCol?: number;
  /** Multiplies a SUMIFS (亿元 column → 万元). */
  scale: number;
  criteria: Criterion[];
}

/** A sum of terms, divided by `divisor` (万元 → 亿元 for a target in 亿元). */
export interface FormulaPlan {
  terms: Term[];
  divisor: number;
}

/** Excel's formula length limit is 8192 characters; keep well inside it. */
const MAX_FORMULA = 8000;

function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function renderTerm(t: Term): string {
  const crit = t.criteria.map((c) => `${t.sheet.range(c.col, t.top, t.bottom)},${literal(criterionText(c))}`).join(',');
  const body =
    t.sumCol === undefined ? `COUNTIFS(${crit})` : `SUMIFS(${t.sheet.range(t.sumCol, t.top, t.bottom)},${crit})`;
  return t.sumCol !== undefined && t.scale !== 1
    ? t.scale > 1
      ? `${body}*${t.scale}`
      : `${body}/${1 / t.scale}`
    : body;
}

/** The Excel text of a plan: `=0` for a plan without terms (nothing to count), null when longer than Excel takes. */
export function renderPlan(plan: FormulaPlan): string | null {
  if (plan.terms.length === 0) return '=0';
  let s = '';
  plan.terms.forEach((t, i) => {
    s += i === 0 ? (t.sign < 0 ? '-' : '') : t.sign < 0 ? '-' : '+';
    s += renderTerm(t);
  });
  if (plan.divisor !== 1) s = plan.terms.length > 1 ? `(${s})/${plan.divisor}` : `${s}/${plan.divisor}`;
  s = `=${s}`;
  return s.length > MAX_FORMULA ? null : s;
}

/** The rows (1-based) of top..bottom whose first criterion holds, found through the column index. */
function candidates(t: Term): number[] {
  const c = t.criteria[0];
  const cacheKey = `${JSON.stringify(c)}|${t.top}|${t.bottom}`;
  const known = t.sheet.candidateCache.get(cacheKey);
  if (known) return known;
  const byText = c.op === 'gte' ? new Map<string, number[]>() : t.sheet.cellsByText(c.col);
  const out: number[] = [];
  const whole = t.top <= t.sheet.first && t.bottom >= t.sheet.last;
  if (whole && (c.op === 'eq' || c.op === 'blank')) {
    // The whole block: the index's own list (ascending, read only), no copy.
    const rows = byText.get(c.op === 'eq' ? c.text.toLowerCase() : '') ?? [];
    t.sheet.candidateCache.set(cacheKey, rows);
    return rows;
  }
  const take = (rows: number[] | undefined) => {
    if (!rows) return;
    for (const r of rows) if (r >= t.top && r <= t.bottom) out.push(r);
  };
  if (c.op === 'eq') take(byText.get(c.text.toLowerCase()));
  else if (c.op === 'blank') take(byText.get(''));
  else if (c.op === 'contains') {
    const needle = c.text.toLowerCase();
    for (const [k, rows] of byText) if (k !== '#e' && k.includes(needle)) take(rows);
  } else {
    const numbers = t.sheet.numbers(c.col); // ">=N": NaN (not a number) never meets it
    for (let r = t.top; r <= t.bottom; r++) if (numbers[r] >= c.num) out.push(r);
  }
  t.sheet.candidateCache.set(cacheKey, out);
  return out;
}

/**
 * The rows (1-based) of top..bottom that meet every criterion of the term. Kept per criteria and range: a
 * summary row's five figure columns (count, 亿元以上, three sums) ask for the same rows.
 */
function matchedRows(t: Term): number[] {
  const cands = candidates(t);
  if (t.criteria.length === 1) return cands; // the first criterion already picked them exactly
  const cacheKey = `${JSON.stringify(t.criteria)}|${t.top}|${t.bottom}`;
  const known = t.sheet.matchCache.get(cacheKey);
  if (known) return known;
  let out = cands;
  for (const c of t.criteria.slice(1)) {
    const kept: number[] = [];
    if (c.op === 'gte') {
      const numbers = t.sheet.numbers(c.col); // NaN for non-numbers, which no ">=N" meets
      for (const r of out) if (numbers[r] >= c.num) kept.push(r);
    } else for (const r of out) if (matches(c, t.sheet.raw(r, c.col))) kept.push(r);
    out = kept;
  }
  t.sheet.matchCache.set(cacheKey, out);
  return out;
}

/** What a term evaluates to in Excel; NaN when it would be an error (an error cell in the summed rows). */
function predictTerm(t: Term): number {
  // An error cell anywhere in a range the term names makes it an error in HyperFormula (which checks every
  // cell, not only the rows that meet the criteria), so such ranges are never predicted to work.
  const cols = t.sumCol === undefined ? t.criteria.map((c) => c.col) : [t.sumCol, ...t.criteria.map((c) => c.col)];
  if (t.sumCol !== undefined) t.sheet.numbers(t.sumCol); // the summed column's scan finds its errors too
  for (const col of cols) {
    if (t.sheet.errorRows(col).some((r) => r >= t.top && r <= t.bottom)) return NaN;
  }
  const rows = matchedRows(t);
  if (t.sumCol === undefined) return rows.length;
  const numbers = t.sheet.numbers(t.sumCol); // NaN where SUMIFS skips the cell (text, even text that looks like a number)
  let sum = 0;
  for (let i = 0; i < rows.length; i++) {
    const v = numbers[rows[i]];
    if (v === v) sum += v; // not NaN
  }
  return sum * t.scale;
}

/** The plan's value as a spreadsheet would compute it; NaN when unpredictable. */
export function predictPlan(plan: FormulaPlan): number {
  let total = 0;
  for (const t of plan.terms) {
    if (t.criteria.length === 0 || !t.criteria.every(isPredictable)) return NaN;
    total += t.sign * predictTerm(t);
  }
  return total / plan.divisor;
}

/** Equal up to floating-point summation order. */
export function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
