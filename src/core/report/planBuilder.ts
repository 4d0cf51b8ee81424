import type { FieldId } from '../schema/types';
import type { Alt, Criterion } from './criteria';

export type { Alt } from './criteria';
import { predictPlan, renderPlan, sameFigure, type FormulaPlan, type Term } from './formulaPlan';
import type { LedgerSheet } from './ledgerSheet';

export function alt(criteria: Criterion[]): Alt {
  return { key: JSON.stringify(criteria), criteria };
}

/**
 * The rows of one ledger sheet a summary cell picks, as the distinct criteria that pick them, plus the rows of
 * projects already counted from an earlier ledger (the formula subtracts them again, row by row).
 */
export interface Selection {
  sheet: LedgerSheet;
  alts: Map<string, Alt>;
  uncounted: { row: number; alts: Alt[] }[];
  /** Criteria always included, even when no row is picked (the canonical spelling, so a new row is counted live). */
  always?: Alt[];
  /** The Alt arrays taken in already: they are shared per cell text, so most rows repeat one (see `pick`). */
  taken?: Set<Alt[]>;
}

export function emptySelection(sheet: LedgerSheet): Selection {
  return { sheet, alts: new Map(), uncounted: [] };
}

export function pick(sel: Selection, row: number, counted: boolean, alts: Alt[]): void {
  const taken = (sel.taken ??= new Set());
  if (!taken.has(alts)) {
    taken.add(alts);
    for (const a of alts) if (!sel.alts.has(a.key)) sel.alts.set(a.key, a);
  }
  if (!counted) sel.uncounted.push({ row, alts });
}

export interface CellPlanSpec {
  selections: Selection[];
  /** Criteria added to every term (e.g. 总投资 >= 10000 for 亿元以上项目); null when the sheet lacks the column. */
  extra?: (sheet: LedgerSheet) => Criterion[] | null;
  /** Summed field; counts rows when absent. */
  sumField?: FieldId;
  /** 万元 → the target's unit. */
  divisor?: number;
}

function termsFor(sel: Selection, spec: CellPlanSpec, ranges: [number, number][]): Term[] {
  const { sheet } = sel;
  let sumCol: number | undefined;
  let scale = 1;
  if (spec.sumField) {
    sumCol = sheet.column(spec.sumField);
    if (sumCol === undefined) return []; // no such column: the engine reads 0 for these rows too
    scale = sheet.scale(spec.sumField);
  }
  const extra = spec.extra ? spec.extra(sheet) : [];
  if (extra === null) return [];
  const alts = new Map(sel.alts);
  for (const a of sel.always ?? []) alts.set(a.key, a);
  const terms: Term[] = [];
  for (const a of alts.values()) {
    for (const [top, bottom] of ranges)
      terms.push({ sign: 1, sheet, top, bottom, sumCol, scale, criteria: [...a.criteria, ...extra] });
  }
  for (const r of sel.uncounted) {
    const own = new Map(r.alts.map((a) => [a.key, a]));
    for (const a of own.values()) {
      terms.push({ sign: -1, sheet, top: r.row, bottom: r.row, sumCol, scale, criteria: [...a.criteria, ...extra] });
    }
  }
  return terms;
}

/** The fields whose columns summary formulas name (as criteria or as the summed range). */
const FORMULA_FIELDS: FieldId[] = [
  'domain',
  'location',
  'stage',
  'lead',
  'total',
  'planned',
  'completed',
  'channel',
  'status',
];

/**
 * The row ranges a term covers: the whole data block; or the runs of data rows (no subtotal, section or blank
 * rows); or those runs cut again at rows holding an error cell (#REF!) in a column formulas name, which would
 * make the whole SUMIFS an error while the engine reads such a cell as nothing.
 */
function rangesFor(sheet: LedgerSheet, mode: 'block' | 'segments' | 'readable'): [number, number][] {
  if (mode === 'block') return [[sheet.first, sheet.last]];
  if (mode === 'segments') return sheet.segments;
  const cols = FORMULA_FIELDS.map((f) => sheet.column(f)).filter((c): c is number => c !== undefined);
  return sheet.readableSegments(cols);
}

/**
 * The live formula for a summary cell, or null when no SUMIFS/COUNTIFS formula reproduces the engine's figure
 * (numbers stored as text, amounts written "1.2亿", error cells, names matched twice...). Tried over the ranges of
 * `rangesFor`, widest first.
 */
export function formulaFor(spec: CellPlanSpec, engine: number): string | null {
  const divisor = spec.divisor ?? 1;
  let tried = '';
  for (const mode of ['block', 'segments', 'readable'] as const) {
    const active = spec.selections.filter((sel) => sel.alts.size > 0 || sel.always?.length);
    const ranges = active.map((sel) => rangesFor(sel.sheet, mode));
    const signature = JSON.stringify(ranges);
    if (signature === tried) continue; // same ranges as the mode before: same answer
    tried = signature;
    const terms: Term[] = [];
    active.forEach((sel, i) => {
      for (const t of termsFor(sel, spec, ranges[i])) terms.push(t);
    });
    const plan: FormulaPlan = { terms, divisor };
    const predicted = predictPlan(plan);
    if (Number.isFinite(predicted) && sameFigure(predicted, engine)) {
      const text = renderPlan(plan);
      if (text) return text;
    }
  }
  return null;
}
