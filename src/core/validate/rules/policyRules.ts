/**
 * Policy rules: the row's measure number exists in the pack, and its lead unit agrees with the measure's.
 * A project names one lead unit, which must be one of the measure's; a task of a measure task ledger carries
 * the measure's own 牵头 and 配合 units, which must be the same sets as the policy's.
 */
import type { LedgerRow } from '../../ledger/types';
import type { Measure, PolicyPack } from '../../policy/types';
import type { FieldId, LedgerKind } from '../../schema/types';
import type { UnitDirectory } from '../../units';
import type { CellReader } from '../CellReader';
import type { IssueSink } from '../IssueSink';
import { taskMeasureNumber } from './taskMeasure';

const MEMO_LIMIT = 10_000;

export class PolicyChecker {
  private readonly measures: Map<number, Measure>;
  /** measure → lead text → the expected lead (a disagreement) or null: the same pairs repeat down a ledger. */
  private readonly verdicts = new Map<number, Map<string, string | null>>();

  constructor(
    private readonly sink: IssueSink,
    private readonly pack: PolicyPack,
    private readonly units: UnitDirectory,
    private readonly measureCol: number | undefined,
    private readonly leadCol: number | undefined,
    private readonly reader: CellReader,
    private readonly kind: LedgerKind = 'project',
    private readonly coopCol?: number,
  ) {
    this.measures = new Map(pack.measures.map((m) => [m.number, m]));
  }

  check(row: LedgerRow): void {
    if (this.kind === 'measure') this.task(row);
    else this.project(row);
  }

  private project(row: LedgerRow): void {
    const known = this.knownMeasures(row);
    if (known?.length === 1) this.lead(row, known[0]);
  }

  /** The measures the row's 对应措施/措施编号 cell names, reporting numbers the pack lacks; null without a cell. */
  private knownMeasures(row: LedgerRow): Measure[] | null {
    const cell = this.reader.cell(row, 'measure');
    if (!cell || cell.empty || cell.value === null || this.measureCol === undefined) return null;
    const numbers = Array.isArray(cell.value) ? cell.value.map(Number) : typeof cell.value === 'number' ? [cell.value] : [];
    const known: Measure[] = [];
    for (const n of numbers) {
      const m = this.measures.get(n);
      if (m) known.push(m);
      else this.sink.add('measure-unknown', { row: row.row, col: this.measureCol, field: 'measure' }, { value: n, count: this.pack.measures.length });
    }
    return known;
  }

  private lead(row: LedgerRow, m: Measure): void {
    const cell = this.reader.cell(row, 'lead');
    if (!cell || cell.empty || typeof cell.raw !== 'string' || this.leadCol === undefined || !m.lead.length) return;
    let memo = this.verdicts.get(m.number);
    if (!memo) this.verdicts.set(m.number, (memo = new Map()));
    let expected = memo.get(cell.raw);
    if (expected === undefined) {
      expected = this.disagreement(cell.raw, m);
      if (memo.size < MEMO_LIMIT) memo.set(cell.raw, expected);
    }
    if (expected !== null) {
      this.sink.add('lead-unit-mismatch', { row: row.row, col: this.leadCol, field: 'lead' }, { value: cell.raw.trim(), measure: m.number }, expected);
    }
  }

  /** A task row: its measure's 牵头 and 配合 units against the policy's, as sets of canonical names. */
  private task(row: LedgerRow): void {
    const known = this.knownMeasures(row);
    let m: Measure | undefined;
    if (known) m = known.length === 1 ? known[0] : undefined; // the 措施编号 cell decides when there is one
    else {
      const n = taskMeasureNumber(row, this.reader, this.measureCol !== undefined);
      m = n === null ? undefined : this.measures.get(n);
    }
    if (!m) return;
    this.taskUnits(row, m, 'lead', this.leadCol, m.lead);
    this.taskUnits(row, m, 'coop', this.coopCol, m.coop);
  }

  private taskUnits(row: LedgerRow, m: Measure, field: FieldId, col: number | undefined, expected: string[]): void {
    const cell = this.reader.cell(row, field);
    if (col === undefined || !cell || cell.empty || typeof cell.raw !== 'string' || !expected.length) return;
    const named = this.canonicalNames(cell.raw, true);
    if (!named) return;
    const want = new Set(expected.map((u) => this.units.canonicalOf(u)));
    if (named.size === want.size && [...named].every((u) => want.has(u))) return;
    this.sink.add('lead-unit-mismatch', { row: row.row, col, field }, { value: cell.raw.trim(), measure: m.number }, [...want].join('、'));
  }

  /** The canonical names a cell gives; null when one of them is unknown (unknown-unit says so already). */
  private canonicalNames(text: string, collectives: boolean): Set<string> | null {
    const out = new Set<string>();
    for (const n of this.units.split(text)) {
      const r = this.units.resolve(n);
      if (r.status === 'unknown' || (r.status === 'collective' && !collectives)) return null;
      out.add(r.canonical ?? this.units.canonicalOf(n));
    }
    return out.size ? out : null;
  }

  /** The pack's lead units when the cell names none of them; null when it agrees (or cannot be told). */
  private disagreement(text: string, m: Measure): string | null {
    const named = this.units
      .split(text)
      .map((n) => this.units.resolve(n))
      .filter((r) => r.status === 'canonical' || r.status === 'alias')
      .map((r) => r.canonical as string);
    if (!named.length) return null; // unknown or collective names have their own issues
    const expected = m.lead.map((n) => this.units.canonicalOf(n));
    return named.some((n) => expected.includes(n)) ? null : expected.join('、');
  }
}
