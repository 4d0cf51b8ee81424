/**
 * Policy rules: the row's measure number exists in the pack, and its responsible units agree with the measure's.
 * A project names one lead unit, which must be one of the measure's (lead-unit-mismatch); a task of a measure
 * task ledger carries the measure's own 牵头 and 配合 units, which must be the same sets as the policy's
 * (lead-unit-mismatch, coop-unit-mismatch).
 */
import type { LedgerRow } from '../../ledger/types';
import type { Measure } from '../../policy/types';
import type { UnitDirectory } from '../../units';
import { perSheet } from './perSheet';
import { measureNumbersOf, measuresOf, rowMeasureOf } from './rowMeasures';
import type { RowRule, SheetContext } from './types';

const MEMO_LIMIT = 10_000;

export const MEASURE_KNOWN: RowRule = {
  codes: ['measure-unknown'],
  appliesTo: ({ col }) => col.measure !== undefined,
  check({ row }, sheet) {
    const numbers = measureNumbersOf(row, sheet);
    const col = sheet.col.measure;
    if (numbers === null || col === undefined) return;
    const measures = measuresOf(sheet.pack);
    if (typeof numbers === 'number' ? measures.has(numbers) : numbers.every((n) => measures.has(n))) return;
    for (const n of typeof numbers === 'number' ? [numbers] : numbers) {
      if (!measures.has(n))
        sheet.sink.add(
          'measure-unknown',
          { row: row.row, col, field: 'measure' },
          { value: n, count: sheet.pack.measures.length },
        );
    }
  },
};

/** measure → lead text → the expected lead (a disagreement) or null: the same pairs repeat down a ledger. */
const verdictsOf = perSheet(() => new Map<number, Map<string, string | null>>());

export const PROJECT_LEAD: RowRule = {
  codes: ['lead-unit-mismatch'],
  appliesTo: ({ ledger, col }) => ledger.kind !== 'measure' && col.measure !== undefined && col.lead !== undefined,
  check({ row }, sheet) {
    if (sheet.ledger.kind === 'measure') return;
    const m = rowMeasureOf(row, sheet);
    if (!m) return;
    const cell = sheet.reader.cell(row, 'lead');
    const col = sheet.col.lead;
    if (!cell || cell.empty || typeof cell.raw !== 'string' || col === undefined || !m.lead.length) return;
    const verdicts = verdictsOf(sheet);
    let memo = verdicts.get(m.number);
    if (!memo) verdicts.set(m.number, (memo = new Map()));
    let expected = memo.get(cell.raw);
    if (expected === undefined) {
      expected = disagreement(sheet.units, cell.raw, m);
      if (memo.size < MEMO_LIMIT) memo.set(cell.raw, expected);
    }
    if (expected !== null) {
      sheet.sink.add(
        'lead-unit-mismatch',
        { row: row.row, col, field: 'lead' },
        { value: cell.raw.trim(), measure: m.number, suggestion: expected },
      );
    }
  },
};

/** A task row: its measure's 牵头 and 配合 units against the policy's, as sets of canonical names. */
export const TASK_UNITS: RowRule = {
  codes: ['lead-unit-mismatch', 'coop-unit-mismatch'],
  appliesTo: ({ ledger, col }) => ledger.kind === 'measure' && (col.lead !== undefined || col.coop !== undefined),
  check({ row }, sheet) {
    if (sheet.ledger.kind !== 'measure') return;
    const m = rowMeasureOf(row, sheet);
    if (!m) return;
    taskUnits(sheet, row, m, 'lead', m.lead);
    taskUnits(sheet, row, m, 'coop', m.coop);
  },
};

function taskUnits(sheet: SheetContext, row: LedgerRow, m: Measure, field: 'lead' | 'coop', expected: string[]): void {
  const cell = sheet.reader.cell(row, field);
  const col = sheet.col[field];
  if (col === undefined || !cell || cell.empty || typeof cell.raw !== 'string' || !expected.length) return;
  const named = canonicalNames(sheet.units, cell.raw);
  if (!named) return;
  const want = new Set(expected.map((u) => sheet.units.canonicalOf(u)));
  if (named.size === want.size && [...named].every((u) => want.has(u))) return;
  sheet.sink.add(
    field === 'lead' ? 'lead-unit-mismatch' : 'coop-unit-mismatch',
    { row: row.row, col, field },
    { value: cell.raw.trim(), measure: m.number, suggestion: [...want].join('、') },
  );
}

/** The canonical names a cell gives; null when one of them is unknown (unknown-unit says so already). */
function canonicalNames(units: UnitDirectory, text: string): Set<string> | null {
  const out = new Set<string>();
  for (const n of units.split(text)) {
    const r = units.resolve(n);
    if (r.status === 'unknown') return null;
    out.add(r.canonical ?? units.canonicalOf(n));
  }
  return out.size ? out : null;
}

/** The pack's lead units when the cell names none of them; null when it agrees (or cannot be told). */
function disagreement(units: UnitDirectory, text: string, m: Measure): string | null {
  const named = units
    .split(text)
    .map((n) => units.resolve(n))
    .filter((r) => r.status === 'canonical' || r.status === 'alias')
    .map((r) => r.canonical as string);
  if (!named.length) return null; // unknown or collective names have their own issues
  const expected = m.lead.map((n) => units.canonicalOf(n));
  return named.some((n) => expected.includes(n)) ? null : expected.join('、');
}
