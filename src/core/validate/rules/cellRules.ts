/**
 * Cell rules: parse problems turned into issues, required values, unit names against the directory, and the
 * relations inside one row (completed ≤ plan ≤ total, end ≥ start, 完成率 = completed ÷ plan).
 */
import type { AmountUnit } from '../../header/types';
import type { LedgerRow } from '../../ledger/types';
import { TO_WAN } from '../../parse/amount';
import { compareDates, displayValue, formatDate } from '../../parse';
import type { LedgerDate, ParsedCell } from '../../parse/types';
import type { FieldDef, FieldId } from '../../schema/types';
import type { UnitDirectory, UnitResolution } from '../../units';
import type { CellReader } from '../CellReader';
import type { IssueSink } from '../IssueSink';

/** 0.5 percentage points: rates are usually typed rounded to one decimal of a percent. */
/** A total under this (万元) with a plan or completion this many times larger reads as a 亿元 figure. */
const MAGNITUDE_MAX_TOTAL = 1000;
const MAGNITUDE_RATIO = 100;
const RATE_TOLERANCE = 0.005;
const EXPECTED_EN: Record<string, string> = { 金额: 'amount', 百分比: 'percentage', 日期: 'date', 整数: 'integer', 措施编号: 'measure number' };

export interface CellColumn {
  field: FieldId;
  col: number;
  def: FieldDef;
  /** Amount columns: the unit the column is written in. */
  unit?: AmountUnit;
}

/** What a unit cell's text holds, worked out once per distinct text and field. */
interface UnitFindings {
  unknown?: { params: Record<string, string>; suggestion?: string };
  alias?: { params: Record<string, string>; suggestion: string };
  collective?: { params: Record<string, string> };
}

const MEMO_LIMIT = 10_000;

export class CellChecker {
  /** Per field, per distinct cell text (no per-cell key strings: this runs for every row). */
  private readonly findings = new Map<FieldId, Map<string, UnitFindings>>();
  private readonly col: Partial<Record<FieldId, number>> = {};

  constructor(
    private readonly sink: IssueSink,
    private readonly columns: CellColumn[],
    private readonly units: UnitDirectory,
    private readonly reader: CellReader,
  ) {
    for (const c of columns) this.col[c.field] = c.col;
  }

  check(row: LedgerRow): void {
    for (const c of this.columns) {
      const cell = this.reader.toCheck(row, c.field);
      if (!cell) continue;
      if (cell.problems.length) this.problems(row, c, cell);
      if (cell.empty) {
        if (c.def.required) this.sink.add('required-missing', { row: row.row, col: c.col, field: c.field });
      } else if ((c.def.type === 'units' || c.def.type === 'unit') && typeof cell.raw === 'string') {
        this.unitNames(row, c, cell.raw);
      }
    }
    this.relations(row);
  }

  /** Subtotal rows: their own cells can hold errors (#REF!), but they are not projects to check further. */
  checkProblemsOnly(row: Pick<LedgerRow, 'row' | 'cells'>): void {
    for (const c of this.columns) {
      const cell = row.cells[c.field];
      if (cell?.problems.length) this.problems(row, c, cell);
    }
  }

  private problems(row: Pick<LedgerRow, 'row'>, c: CellColumn, cell: ParsedCell): void {
    const at = { row: row.row, col: c.col, field: c.field };
    const value = displayValue(cell.raw);
    for (const p of cell.problems) {
      const params = p.params ?? {};
      switch (p.code) {
        case 'type-error': {
          const expected = String(params.expected ?? c.def.label.zh);
          this.sink.add('type-error', at, { value, expected, expectedEn: EXPECTED_EN[expected] ?? 'value' });
          break;
        }
        case 'number-as-text': {
          // Read in 万元; the value to store is the same number in the column's own unit (3.9 in a 亿元 column).
          if (typeof cell.value !== 'number') break;
          const inColumn = Math.round((cell.value / TO_WAN[c.unit ?? '万元']) * 1e6) / 1e6;
          this.sink.add('number-as-text', at, { value, wan: cell.value }, inColumn);
          break;
        }
        case 'unit-suspect':
          this.sink.add('unit-suspect', at, { value, unit: String(params.unit), wan: params.converted }, params.inColumn);
          break;
        case 'enum-error': {
          const near = params.suggestion;
          const hint = near === undefined ? '' : `（可能是“${near}”）`;
          const hintEn = near === undefined ? '' : ` (perhaps "${near}")`;
          this.sink.add('enum-error', at, { value, allowed: (c.def.enumValues ?? []).join('、'), hint, hintEn }, near);
          break;
        }
        case 'formula-error':
          this.sink.add('formula-error', at, { value: String(params.error) });
          break;
        default:
          this.sink.add(p.code, at, { value, ...params });
      }
    }
  }

  private unitNames(row: LedgerRow, c: CellColumn, text: string): void {
    let memo = this.findings.get(c.field);
    if (!memo) this.findings.set(c.field, (memo = new Map()));
    let f = memo.get(text);
    if (!f) {
      f = this.analyseUnits(c.field, text);
      if (memo.size < MEMO_LIMIT) memo.set(text, f);
    }
    const at = { row: row.row, col: c.col, field: c.field };
    if (f.unknown) this.sink.add('unknown-unit', at, f.unknown.params, f.unknown.suggestion);
    if (f.alias) this.sink.add('unit-alias', at, f.alias.params, f.alias.suggestion);
    if (f.collective) this.sink.add('unit-collective', at, f.collective.params);
  }

  private analyseUnits(field: FieldId, text: string): UnitFindings {
    const unknown: UnitResolution[] = [];
    const aliases: UnitResolution[] = [];
    const collectives: string[] = [];
    for (const n of this.units.split(text)) {
      const r = this.units.resolve(n);
      if (r.status === 'unknown') unknown.push(r);
      else if (r.status === 'alias') aliases.push(r);
      else if (r.status === 'collective' && field === 'lead') collectives.push(n);
    }
    const out: UnitFindings = {};
    if (unknown.length) {
      const hints = unknown.flatMap((u) => u.suggestions.slice(0, 1));
      const hint = hints.length ? `（可能是“${hints.join('”“')}”）` : '';
      const hintEn = hints.length ? ` (perhaps "${hints.join('", "')}")` : '';
      const suggestion = unknown.every((u) => u.suggestions.length) ? replaceNames(text, unknown.map((u) => [u.input, u.suggestions[0]])) : undefined;
      out.unknown = { params: { value: unknown.map((u) => u.input).join('、'), hint, hintEn }, suggestion };
    }
    if (aliases.length) {
      out.alias = { params: { value: aliases.map((a) => a.input).join('、') }, suggestion: replaceNames(text, aliases.map((a) => [a.input, a.canonical as string])) };
    }
    if (collectives.length) out.collective = { params: { value: collectives.join('、') } };
    return out;
  }

  private relations(row: LedgerRow): void {
    const reader = this.reader;
    const total = reader.number(row, 'total');
    const planned = reader.number(row, 'planned');
    const completed = reader.number(row, 'completed');
    const col = this.col;
    if (total !== null && total > 0 && total < MAGNITUDE_MAX_TOTAL && Math.max(planned ?? 0, completed ?? 0) >= total * MAGNITUDE_RATIO) {
      // A total far below its own annual plan is almost always a 亿元 figure typed into a 万元 column (0.85 for
      // 8500): say that once, on the total, instead of two "exceeds the total" errors that hide the cause.
      const other = Math.max(planned ?? 0, completed ?? 0);
      this.sink.add('amount-magnitude', { row: row.row, col: col.total, field: 'total' }, { value: total, other, wan: total * 10000 }, total * 10000);
    } else {
      this.totalRelations(row, total, planned, completed);
    }
    this.rateAndDates(row, planned, completed);
  }

  private totalRelations(row: LedgerRow, total: number | null, planned: number | null, completed: number | null): void {
    const col = this.col;
    if (completed !== null && total !== null && total > 0 && completed > total) {
      this.sink.add('over-total', { row: row.row, col: col.completed, field: 'completed' }, { value: completed, total });
    } else if (completed !== null && planned !== null && planned > 0 && completed > planned) {
      this.sink.add('over-plan', { row: row.row, col: col.completed, field: 'completed' }, { value: completed, planned });
    }
    if (planned !== null && total !== null && total > 0 && planned > total) {
      this.sink.add('plan-over-total', { row: row.row, col: col.planned, field: 'planned' }, { value: planned, total });
    }
  }

  private rateAndDates(row: LedgerRow, planned: number | null, completed: number | null): void {
    const reader = this.reader;
    const col = this.col;
    const rate = reader.number(row, 'rate');
    if (rate !== null && completed !== null && planned !== null && planned > 0) {
      const expected = completed / planned;
      if (Math.abs(rate - expected) > RATE_TOLERANCE) {
        this.sink.add('rate-mismatch', { row: row.row, col: col.rate, field: 'rate' }, { value: percent(rate), expected: percent(expected) }, Math.round(expected * 10000) / 10000);
      }
    }
    const start = date(reader.cell(row, 'start'));
    const end = date(reader.cell(row, 'end'));
    if (start && end && compareDates(end, start) < 0) {
      this.sink.add('date-order', { row: row.row, col: col.end, field: 'end' }, { value: formatDate(end), start: formatDate(start) });
    }
  }
}

function date(c: ParsedCell | undefined): LedgerDate | null {
  const v = c?.value;
  return v && typeof v === 'object' && !Array.isArray(v) ? v : null;
}

function percent(x: number): string {
  return `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
}

/** The cell text with each wrong name replaced by the right one, as a suggested value. */
function replaceNames(text: string, pairs: [string, string][]): string {
  let out = text;
  for (const [from, to] of pairs) out = out.split(from).join(to);
  return out;
}
