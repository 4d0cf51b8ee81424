/**
 * Which policy measure a ledger row is about — the one decision validate, fill and the totals share.
 *
 * - Project ledgers and reserve libraries: only the row's own 对应措施 cell (a project's name is not a task text).
 * - Measure task ledgers: the 措施编号 cell, else a number leading the task text (“12. …”, “（十二）…”, “第12条”,
 *   “措施12：”), else the 序号 when the sheet has no 措施编号 column (such a ledger is numbered like the policy;
 *   beside a 措施编号 column 序号 only counts rows), and text similarity last, with its score (MeasureMatcher.ts).
 */
import type { Ledger, LedgerRow } from '../ledger/types';
import { fieldColumn } from '../ledger/types';
import type { ParsedCell } from '../parse/types';
import type { Measure } from '../policy/types';
import type { FieldId } from '../schema/types';
import { DEFAULT_THRESHOLD, MeasureMatcher, type MeasureMethod } from './MeasureMatcher';
import { measureNumberFromCell } from './measureNumber';

export type RowMeasure =
  /** The row is about this measure; score 1 for a number, the similarity for a text match. */
  | { kind: 'match'; measure: Measure; method: MeasureMethod; score: number }
  /** The 措施编号 / 对应措施 cell names more than one measure. */
  | { kind: 'several'; measures: Measure[] }
  /** The row gives something to go by, but no measure can be told; `unknown` is a cited number the policy lacks. */
  | { kind: 'miss'; reason: string; best?: { measure: number; score: number }; unknown?: number }
  /** Nothing to go by (a project row without 对应措施, an empty task row). */
  | { kind: 'none' };

type CellOf = (row: LedgerRow, field: FieldId) => ParsedCell | undefined;

const matchers = new WeakMap<Measure[], Map<number, MeasureMatcher>>();

/** One matcher per pack and threshold: the text index is built once, however many ledgers are read. */
function matcherFor(measures: Measure[], threshold: number): MeasureMatcher {
  let byThreshold = matchers.get(measures);
  if (!byThreshold) matchers.set(measures, (byThreshold = new Map()));
  let m = byThreshold.get(threshold);
  if (!m) byThreshold.set(threshold, (m = new MeasureMatcher(measures, threshold)));
  return m;
}

/** The numbers a parsed measure cell names (parseCell gives a number, or the numbers as strings for "6、7"). */
function citedNumbers(cell: ParsedCell | undefined): number[] {
  if (!cell || cell.empty) return [];
  const v = cell.value;
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 ? [v] : [];
  if (Array.isArray(v)) return v.map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const n = measureNumberFromCell(v) ?? measureNumberFromCell(cell.raw);
  return n === undefined ? [] : [n];
}

function cellText(cell: ParsedCell | undefined): string {
  if (!cell || cell.empty) return '';
  const v = typeof cell.value === 'string' ? cell.value : cell.raw;
  return v === null || typeof v === 'object' ? '' : String(v).trim();
}

/** Reads rows of one ledger; `cell` lets validate read through its column parsers. */
export class RowMeasureReader {
  private readonly byNumber: Map<number, Measure>;
  private readonly hasMeasureColumn: boolean;
  private readonly matcher: MeasureMatcher;

  constructor(
    private readonly ledger: Pick<Ledger, 'kind' | 'header'>,
    measures: Measure[],
    options: { threshold?: number; cell?: CellOf } = {},
  ) {
    this.byNumber = new Map(measures.map((m) => [m.number, m]));
    this.hasMeasureColumn = fieldColumn(ledger as Ledger, 'measure') !== undefined;
    this.matcher = matcherFor(measures, options.threshold ?? DEFAULT_THRESHOLD);
    if (options.cell) this.cell = options.cell;
  }

  private cell: CellOf = (row, field) => row.cells[field];

  of(row: LedgerRow): RowMeasure {
    const cited = citedNumbers(this.cell(row, 'measure'));
    if (cited.length > 1) return this.several(cited);
    if (this.ledger.kind !== 'measure') return this.cited(cited[0]);
    return this.task(row, cited[0]);
  }

  private several(numbers: number[]): RowMeasure {
    const measures = numbers.flatMap((n) => this.byNumber.get(n) ?? []);
    if (measures.length === 1) return { kind: 'match', measure: measures[0], method: 'column', score: 1 };
    if (measures.length === 0)
      return { kind: 'miss', reason: `所填措施${numbers.join('、')}在政策中都没有`, unknown: numbers[0] };
    return { kind: 'several', measures };
  }

  private cited(n: number | undefined): RowMeasure {
    if (n === undefined) return { kind: 'none' };
    const m = this.byNumber.get(n);
    return m
      ? { kind: 'match', measure: m, method: 'column', score: 1 }
      : { kind: 'miss', reason: `所填措施${n}在政策中没有`, unknown: n };
  }

  private task(row: LedgerRow, fromColumn: number | undefined): RowMeasure {
    const text = cellText(this.cell(row, 'name')) || cellText(this.cell(row, 'content'));
    const seq = this.hasMeasureColumn ? undefined : citedNumbers(this.cell(row, 'seq'))[0];
    if (!text && fromColumn === undefined && seq === undefined) return { kind: 'none' };
    const r = this.matcher.match(
      fromColumn !== undefined
        ? { text, number: fromColumn, numberSource: 'measure' }
        : { text, number: seq, numberSource: 'seq' },
    );
    if (r.kind === 'match') return r;
    return { ...r, unknown: fromColumn !== undefined && !this.byNumber.has(fromColumn) ? fromColumn : undefined };
  }
}

/** The measure of one row, for callers that read a single row. */
export function measureOfRow(
  ledger: Pick<Ledger, 'kind' | 'header'>,
  row: LedgerRow,
  measures: Measure[],
  threshold?: number,
): RowMeasure {
  return new RowMeasureReader(ledger, measures, { threshold }).of(row);
}
