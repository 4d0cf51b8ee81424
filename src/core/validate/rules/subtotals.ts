/**
 * Subtotals (合计, 小计, 总计) that disagree with the rows they cover. The message says where the fix is:
 * numbers stored as text in the covered rows (Excel's SUM skips them, so a SUM formula comes out short),
 * the formula's range, or — only for a typed subtotal — the figure to type.
 */
import { toA1 } from '../../grid';
import type { Ledger, LedgerRow, SubtotalRow } from '../../ledger/types';
import type { FieldId } from '../../schema/types';
import type { CellReader } from '../CellReader';
import { formatWan } from '../formatFigure';
import type { IssueSink } from '../IssueSink';

const SUBTOTAL_FIELDS: FieldId[] = ['total', 'planned', 'completed'];
/** Text-number cells named in a message; more are counted (等N处). */
const NAMED_CELLS = 3;

interface Coverage {
  sum: number;
  /** Covered cells holding a number as text, A1, and their sum. */
  textCells: string[];
  textSum: number;
}

export function checkSubtotals(ledger: Ledger, sink: IssueSink, reader: CellReader): void {
  if (!ledger.subtotals.length || !sink.on('subtotal-mismatch')) return;
  const byRow = new Map<number, LedgerRow>(ledger.rows.map((r) => [r.row, r]));
  for (const s of ledger.subtotals) {
    if (!s.covers.length) continue;
    for (const field of SUBTOTAL_FIELDS) {
      const cell = s.cells[field];
      if (!cell || typeof cell.value !== 'number') continue;
      const col = ledger.header.columns.find((c) => c.field === field)?.col;
      const cov = coverage(s, field, col, byRow, reader);
      if (Math.abs(cell.value - cov.sum) <= 0.01 + Math.abs(cov.sum) * 1e-9) continue;
      const formula = col === undefined ? undefined : ledger.grid.formulas?.[s.index]?.[col] ?? undefined;
      const explained = cov.textCells.length > 0 && Math.abs(cell.value - (cov.sum - cov.textSum)) <= 0.01 + Math.abs(cov.sum) * 1e-9;
      const a = advice(cov, !!formula, explained);
      const params = { value: formatWan(cell.value), sum: formatWan(cov.sum), label: s.kind, count: s.covers.length, ...a };
      // Never suggest typing a number over a formula: the formula (or the cells it sums) is what to fix.
      sink.add('subtotal-mismatch', { row: s.row, col, field }, params, formula ? undefined : cov.sum);
    }
  }
}

function coverage(s: SubtotalRow, field: FieldId, col: number | undefined, byRow: Map<number, LedgerRow>, reader: CellReader): Coverage {
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
      if (col !== undefined) textCells.push(toA1(r - 1, col));
    }
  }
  const round = (n: number) => Math.round(n * 10000) / 10000;
  return { sum: round(sum), textCells, textSum: round(textSum) };
}

function named(cells: string[], sep: string, more: (n: number) => string): string {
  const shown = cells.slice(0, NAMED_CELLS).join(sep);
  return cells.length > NAMED_CELLS ? shown + more(cells.length) : shown;
}

/** What to do, in both languages (the template picks one). */
function advice(cov: Coverage, formula: boolean, explained: boolean): { advice: string; adviceEn: string } {
  const sum = formatWan(cov.sum);
  let zh = '';
  let en = '';
  if (cov.textCells.length) {
    const cellsZh = named(cov.textCells, '、', (n) => `等${n}处`);
    const cellsEn = named(cov.textCells, ', ', (n) => ` and others (${n} in all)`);
    const text = `文本格式的数字${cellsZh}（共${formatWan(cov.textSum)}）`;
    zh = `${explained ? `差额来自${text}` : `所含行中有${text}`}，Excel 的 SUM 不计入它们，请把这些单元格改为数值格式`;
    const textEn = `numbers stored as text in ${cellsEn} (${formatWan(cov.textSum)}), which Excel's SUM skips`;
    en = `${explained ? 'The gap comes from' : 'The rows hold'} ${textEn}; store them as numbers`;
    if (explained && formula) return { advice: `${zh}，公式会自动得出正确合计，无需改动合计单元格。`, adviceEn: `${en}; the formula then gives the right total, so leave the total cell as it is.` };
    zh += '；';
    en += '; ';
  }
  if (formula) {
    zh += '该单元格是公式，请检查公式的引用范围是否漏行、多行，不要直接改写为数字。';
    en += 'the cell is a formula: check which rows it refers to rather than typing a number over it.';
  } else {
    zh += `请核对后改为${sum}。`;
    en += `correct it to ${sum}.`;
  }
  return { advice: zh, adviceEn: en.charAt(0).toUpperCase() + en.slice(1) };
}
