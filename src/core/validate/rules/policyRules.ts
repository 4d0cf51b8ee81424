/** Policy rules: the row's measure number exists in the pack, and its lead unit agrees with the measure's. */
import type { LedgerRow } from '../../ledger/types';
import type { Measure, PolicyPack } from '../../policy/types';
import type { UnitDirectory } from '../../units';
import type { CellReader } from '../CellReader';
import type { IssueSink } from '../IssueSink';

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
  ) {
    this.measures = new Map(pack.measures.map((m) => [m.number, m]));
  }

  check(row: LedgerRow): void {
    const cell = this.reader.cell(row, 'measure');
    if (!cell || cell.empty || cell.value === null || this.measureCol === undefined) return;
    const numbers = Array.isArray(cell.value) ? cell.value.map(Number) : typeof cell.value === 'number' ? [cell.value] : [];
    const known: Measure[] = [];
    for (const n of numbers) {
      const m = this.measures.get(n);
      if (m) known.push(m);
      else this.sink.add('measure-unknown', { row: row.row, col: this.measureCol, field: 'measure' }, { value: n, count: this.pack.measures.length });
    }
    if (known.length === 1) this.lead(row, known[0]);
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
