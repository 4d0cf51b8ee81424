/**
 * Which policy measure a row of a measure task ledger without a 措施编号 cell is about: a number leading its
 * task text (“6. 聚焦九大领域…”, “（6）…”, “第6条…”), else — when the sheet has no 措施编号 column at all — its
 * 序号 (such a ledger is numbered like the policy: DESIGN.md "序号/措施编号"; samples/措施任务台账.xlsx).
 */
import type { LedgerRow } from '../../ledger/types';
import { halfWidth } from '../../parse/text';
import type { CellReader } from '../CellReader';

const LEADING_NUMBER_RE = /^\s*(?:第\s*(\d{1,3})\s*条|[(（]\s*(\d{1,3})\s*[)）]|(\d{1,3})\s*[、.．:：\s])/;

export function taskMeasureNumber(row: LedgerRow, reader: CellReader, hasMeasureColumn: boolean): number | null {
  const text = reader.text(row, 'name');
  const m = text === null ? null : LEADING_NUMBER_RE.exec(halfWidth(text));
  if (m) return Number(m[1] ?? m[2] ?? m[3]);
  if (hasMeasureColumn) return null; // beside a 措施编号 column, 序号 only counts rows
  const seq = reader.cell(row, 'seq');
  return seq && typeof seq.value === 'number' && Number.isInteger(seq.value) && seq.value > 0 ? seq.value : null;
}
