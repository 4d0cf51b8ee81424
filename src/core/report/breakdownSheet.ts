import { columnLetters, quoteSheetName, toA1 } from '../grid';
import type { Breakdown, Figures } from '../totals';
import { PROJECT_1E8_MIN_TOTAL } from '../parse/amountUnits';
import type { Criterion } from './criteria';
import { COLOUR, FORMAT, LayoutBuilder } from './layout';
import type { LedgerSheet } from './ledgerSheet';
import { formulaFor, type Selection } from './planBuilder';
import type { SheetLayout } from './types';

/** The figure columns, in sheet order (B..F), with the field a formula sums. */
const METRICS: {
  key: keyof Omit<Figures, 'rate'>;
  label: string;
  sum?: 'total' | 'planned' | 'completed';
  /** Counts only 亿元以上项目. */
  only1e8?: boolean;
}[] = [
  { key: 'projects', label: '项目个数' },
  { key: 'projects1e8', label: '亿元以上项目个数', only1e8: true },
  { key: 'total', label: '总投资（万元）', sum: 'total' },
  { key: 'planned', label: '年度计划投资（万元）', sum: 'planned' },
  { key: 'completed', label: '累计完成投资（万元）', sum: 'completed' },
];
export const FIRST_DATA_ROW = 4; // 0-based: sheet row 5, under the title, the note and the header
const RATE_COL = 6;
const CHECK_COL = 7; // H..L: the engine's figures; M: the check
const RESULT_COL = CHECK_COL + METRICS.length;

/** 亿元以上项目: 总投资 >= 1亿元, in the unit of the sheet's own 总投资 column. */
function project1e8Criteria(sheet: LedgerSheet): Criterion[] | null {
  const col = sheet.column('total');
  return col === undefined ? null : [{ col, op: 'gte', num: PROJECT_1E8_MIN_TOTAL / sheet.scale('total') }];
}

export interface BreakdownSheetSpec {
  name: string;
  title: string;
  keyLabel: string;
  notes: string[];
  rows: Breakdown[];
  selections: (key: string) => Selection[];
  /** Engine totals; the total row sums the rows above when the keys partition the projects... */
  totals: Figures;
  partition: boolean;
  /** ...else it refers to this sheet's total row (a project under two lead units counts once there). */
  totalRef?: { sheet: string; row: number };
  chart?: boolean;
}

function rateFormula(row: number): string {
  const plan = toA1(row, 4);
  return `=IF(${plan}=0,"",${toA1(row, 5)}/${plan})`;
}

function checkFormula(row: number): string {
  const parts = METRICS.map((m, i) => {
    const a = toA1(row, 1 + i);
    const b = toA1(row, CHECK_COL + i);
    return m.sum ? `ABS(${a}-${b})<0.005` : `${a}=${b}`;
  });
  return `=IF(AND(${parts.join(',')}),"一致","不一致")`;
}

function figureCells(b: LayoutBuilder, row: number, f: Figures, formulas: (string | null)[], bold = false): void {
  METRICS.forEach((m, i) => {
    const numberFormat = m.sum ? FORMAT.wan : FORMAT.count;
    const formula = formulas[i];
    b.set(
      row,
      1 + i,
      formula
        ? { formula, value: f[m.key], numberFormat, bold }
        : { value: f[m.key], numberFormat, bold, fill: COLOUR.check },
    );
    b.set(row, CHECK_COL + i, { value: f[m.key], numberFormat, fontColor: COLOUR.noneText });
  });
  b.set(row, RATE_COL, { formula: rateFormula(row), value: f.rate ?? '', numberFormat: FORMAT.percent, bold });
  b.set(row, RESULT_COL, { formula: checkFormula(row), value: '一致', align: 'center' });
}

/**
 * One breakdown sheet: a row per key with live SUMIFS/COUNTIFS over the ledger sheets, the engine's figures
 * beside them (H..L, "核对") and a check column. A cell whose formula could not reproduce the engine's figure
 * holds the figure as a value, shaded, and the note says why.
 */
export function breakdownSheet(spec: BreakdownSheetSpec): SheetLayout {
  const b = new LayoutBuilder(spec.name);
  const lastCol = RESULT_COL;
  b.title(0, spec.title, lastCol + 1);
  b.title(1, spec.notes.join(' '), lastCol + 1, false);
  b.set(2, CHECK_COL, { value: '核对（生成时引擎计算值）', bold: true, fill: COLOUR.check });
  b.layout.merges.push(`${toA1(2, CHECK_COL)}:${toA1(2, RESULT_COL)}`);
  b.header(3, [spec.keyLabel, ...METRICS.map((m) => m.label), '完成率', ...METRICS.map((m) => m.label), '核对结果']);
  spec.rows.forEach((r, i) => {
    const row = FIRST_DATA_ROW + i;
    b.set(row, 0, { value: r.key });
    const sels = spec.selections(r.key);
    const formulas = METRICS.map((m) =>
      formulaFor({ selections: sels, sumField: m.sum, extra: m.only1e8 ? project1e8Criteria : undefined }, r[m.key]),
    );
    figureCells(b, row, r, formulas);
  });
  const totalRow = FIRST_DATA_ROW + spec.rows.length;
  b.set(totalRow, 0, { value: '合计', bold: true, fill: COLOUR.total });
  const totalFormulas = METRICS.map((_, i) => {
    const L = columnLetters(1 + i);
    if (spec.partition) return spec.rows.length ? `=SUM(${L}${FIRST_DATA_ROW + 1}:${L}${totalRow})` : '=0';
    return spec.totalRef ? `=${quoteSheetName(spec.totalRef.sheet)}!${L}${spec.totalRef.row + 1}` : null;
  });
  figureCells(b, totalRow, spec.totals, totalFormulas, true);
  const last = totalRow + 1;
  b.layout.conditional.push({
    range: `${toA1(FIRST_DATA_ROW, RESULT_COL)}:${toA1(totalRow, RESULT_COL)}`,
    equals: '不一致',
    fill: COLOUR.bad,
    fontColor: COLOUR.badText,
  });
  b.layout.freeze = { rows: FIRST_DATA_ROW, cols: 1 };
  b.widths([24, 10, 12, 16, 16, 16, 10, 10, 12, 16, 16, 16, 10]);
  if (spec.chart && spec.rows.length) {
    b.layout.charts.push({
      kind: 'column',
      title: `${spec.keyLabel}年度计划与完成投资（万元）`,
      categories: `A${FIRST_DATA_ROW + 1}:A${totalRow}`,
      series: [
        { name: '年度计划投资', values: `E${FIRST_DATA_ROW + 1}:E${totalRow}` },
        { name: '累计完成投资', values: `F${FIRST_DATA_ROW + 1}:F${totalRow}` },
      ],
      anchor: `A${last + 2}`,
      width: 8,
      height: 16,
    });
  }
  return b.layout;
}

/** Each figure's column letter (B..F), for other sheets' formulas that refer to this one. */
export const BREAKDOWN_COLUMNS = Object.fromEntries(METRICS.map((m, i) => [m.key, columnLetters(1 + i)])) as Record<
  (typeof METRICS)[number]['key'],
  string
>;
