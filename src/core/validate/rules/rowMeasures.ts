/**
 * Which policy measures a row is about. The one place the policy rules ask this; the row's measure itself is the
 * core's shared measureOfRow (src/core/measure), so validate, fill and the totals read a row alike.
 */
import type { LedgerRow } from '../../ledger/types';
import { RowMeasureReader } from '../../measure';
import type { Measure, PolicyPack } from '../../policy/types';
import { perSheet } from './perSheet';
import type { SheetContext } from './types';

const byPack = new WeakMap<PolicyPack, Map<number, Measure>>();

export function measuresOf(pack: PolicyPack): Map<number, Measure> {
  let m = byPack.get(pack);
  if (!m) byPack.set(pack, (m = new Map(pack.measures.map((x) => [x.number, x]))));
  return m;
}

/** The numbers the row's 对应措施/措施编号 cell names (one number as itself); null without such a cell. */
export function measureNumbersOf(row: LedgerRow, sheet: SheetContext): number | readonly number[] | null {
  if (sheet.col.measure === undefined) return null;
  const cell = sheet.reader.cell(row, 'measure');
  if (!cell || cell.empty || cell.value === null) return null;
  const v = cell.value;
  return typeof v === 'number' ? v : Array.isArray(v) ? v.map(Number) : [];
}

/** One reader per sheet, reading cells through the sheet's column parsers. */
const readerOf = perSheet(
  (sheet) =>
    new RowMeasureReader(sheet.ledger, sheet.pack.measures, { cell: (row, field) => sheet.reader.cell(row, field) }),
);

/** The one measure a row is about (measureOfRow), or undefined: none, several, or one the pack lacks. */
export function rowMeasureOf(row: LedgerRow, sheet: SheetContext): Measure | undefined {
  const r = readerOf(sheet).of(row);
  return r.kind === 'match' ? r.measure : undefined;
}
