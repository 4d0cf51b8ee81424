/**
 * Subtotals (合计, 小计, 总计) that disagree with the rows they cover. The message says where the fix is:
 * numbers stored as text in the covered rows (Excel's SUM skips them, so a SUM formula comes out short),
 * the formula's range, or — only for a typed subtotal — the figure to type.
 */
import { toA1 } from '../../grid';
import type { LedgerRow, SubtotalRow } from '../../ledger/types';
import type { FieldId } from '../../schema/types';
import type { CellReader } from '../CellReader';
import { formatWan } from '../formatFigure';
import type { IssueParams } from '../catalogue';
import type { SheetRule } from './types';

type AdviceKey = IssueParams<'subtotal-mismatch'>['advice'];

const SUBTOTAL_FIELDS: FieldId[] = ['total', 'planned', 'completed'];
/** Text-number cells named in a message; more are counted (等N处). */
const NAMED_CELLS = 3;

interface Coverage {
  sum: number;
  /** Covered cells holding a number as text, A1, and their sum. */
  textCells: string[];
  textSum: number;
}

export const SUBTOTALS: SheetRule = {
  codes: ['subtotal-mismatch'],
  check({ ledger, sink, reader, col: cols }) {
    if (!ledger.subtotals.length || !sink.on('subtotal-mismatch')) return;
    const byRow = new Map<number, LedgerRow>(ledger.rows.map((r) => [r.row, r]));
    for (const s of ledger.subtotals) {
      if (!s.covers.length) continue;
      for (const field of SUBTOTAL_FIELDS) {
        const cell = s.cells[field];
        const col = cols[field];
        if (!cell || typeof cell.value !== 'number' || col === undefined) continue;
        const cov = coverage(s, field, col, byRow, reader);
        if (Math.abs(cell.value - cov.sum) <= 0.01 + Math.abs(cov.sum) * 1e-9) continue;
        const formula = ledger.grid.formulas?.[s.index]?.[col] ?? undefined;
        const explained = cov.textCells.length > 0 && Math.abs(cell.value - (cov.sum - cov.textSum)) <= 0.01 + Math.abs(cov.sum) * 1e-9;
        const shown = cov.textCells.slice(0, NAMED_CELLS);
        sink.add('subtotal-mismatch', { row: s.row, col, field }, {
          value: formatWan(cell.value), sum: formatWan(cov.sum), label: s.kind, count: s.covers.length,
          advice: advice(cov, !!formula, explained), cells: shown, more: cov.textCells.length > NAMED_CELLS ? 'some' : 'none',
          cellCount: cov.textCells.length, textSum: formatWan(cov.textSum),
          // Never suggest typing a number over a formula: the formula (or the cells it sums) is what to fix.
          suggestion: formula ? undefined : cov.sum,
        });
      }
    }
  },
};

function coverage(s: SubtotalRow, field: FieldId, col: number, byRow: Map<number, LedgerRow>, reader: CellReader): Coverage {
  let sum = 0;
  let textSum = 0;
  const textCells: string[] = [];
  for (const r of s.covers) {
    const covered = byRow.get(r);
    const c = covered && reader.cell(covered, field);
    if (!c || typeof c.value !== 'number') continue;
    sum += c.value;
    if (typeof c.raw === 'string') {
      textSum += c.value;
      textCells.push(toA1(r - 1, col));
    }
  }
  const round = (n: number) => Math.round(n * 10000) / 10000;
  return { sum: round(sum), textCells, textSum: round(textSum) };
}

/** Which advice phrase of the catalogue fits (catalogue/row.ts). */
function advice(cov: Coverage, formula: boolean, explained: boolean): AdviceKey {
  if (cov.textCells.length) {
    if (explained) return formula ? 'text-explains-formula' : 'text-explains-typed';
    return formula ? 'text-among-formula' : 'text-among-typed';
  }
  return formula ? 'formula' : 'typed';
}
