/**
 * Which policy measures a row is about. The one place the policy rules ask this, so the core's shared
 * measureOfRow (issue #15) can replace these two functions without touching the rules.
 */
import type { LedgerRow } from '../../ledger/types';
import type { Measure, PolicyPack } from '../../policy/types';
import { taskMeasureNumber } from './taskMeasure';
import type { SheetContext } from './types';

interface PackMeasures {
  byNumber: Map<number, Measure>;
  /** [measure] per number, shared: most rows name one measure, and this runs for every row. */
  single: Map<number, readonly Measure[]>;
}

const byPack = new WeakMap<PolicyPack, PackMeasures>();
const NONE: readonly Measure[] = Object.freeze([]);

function packMeasures(pack: PolicyPack): PackMeasures {
  let m = byPack.get(pack);
  if (!m) {
    const byNumber = new Map(pack.measures.map((x) => [x.number, x]));
    byPack.set(pack, (m = { byNumber, single: new Map([...byNumber].map(([n, x]) => [n, [x]])) }));
  }
  return m;
}

export function measuresOf(pack: PolicyPack): Map<number, Measure> {
  return packMeasures(pack).byNumber;
}

/** The numbers the row's 对应措施/措施编号 cell names (one number as itself); null without such a cell. */
export function measureNumbersOf(row: LedgerRow, sheet: SheetContext): number | readonly number[] | null {
  if (sheet.col.measure === undefined) return null;
  const cell = sheet.reader.cell(row, 'measure');
  if (!cell || cell.empty || cell.value === null) return null;
  const v = cell.value;
  return typeof v === 'number' ? v : Array.isArray(v) ? v.map(Number) : [];
}

/** The pack's measures the row's measure cell names (unknown numbers left out); null without a cell. */
export function knownMeasuresOf(row: LedgerRow, sheet: SheetContext): readonly Measure[] | null {
  const numbers = measureNumbersOf(row, sheet);
  if (numbers === null) return null;
  const m = packMeasures(sheet.pack);
  if (typeof numbers === 'number') return m.single.get(numbers) ?? NONE;
  return numbers.flatMap((n) => m.byNumber.get(n) ?? []);
}

/** A task's measure: its 措施编号 cell when it names one measure, else the number its text or 序号 gives. */
export function taskMeasureOf(row: LedgerRow, sheet: SheetContext): Measure | undefined {
  const known = knownMeasuresOf(row, sheet);
  if (known) return known.length === 1 ? known[0] : undefined; // the 措施编号 cell decides when there is one
  const n = taskMeasureNumber(row, sheet.reader, sheet.col.measure !== undefined);
  return n === null ? undefined : measuresOf(sheet.pack).get(n);
}
