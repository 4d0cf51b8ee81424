/**
 * Generated ledgers with subtotals in every form, and their truth worked out here (not by the engine): section
 * rows carrying their section's sums (`二、新开工项目（4个）` with SUM formulas or typed figures), 小计 rows, a
 * 合计 (or 全区合计 / 总计) at the top or the bottom summing the section rows or the data rows, and 其中 rows naming
 * a section. Cached values are what Excel would show: SUM skips numbers stored as text.
 * One error is planted per ledger (or none), with where it must be reported and what explains it.
 */
import { gridFromRows, toA1, type CellValue, type Grid } from '../../src/core/grid';
import { rng } from '../duplicates/duplicateLedgers';

export type Planted = 'none' | 'section-typed' | 'text-number' | 'range-short' | 'qizhong-typed' | 'total-typed';
export const PLANTED: Planted[] = ['none', 'section-typed', 'text-number', 'range-short', 'qizhong-typed', 'total-typed'];

/** What the engine must report: the cell, and the cause its message gives (the advice phrase's key). */
export interface Expected {
  cell: string;
  advice: string;
  suggestion?: number;
}

export interface Generated {
  grid: Grid;
  /** Sheet rows (1-based) of the projects, and their true 总投资 in 万元. */
  dataRows: number[];
  totals: number[];
  expected: Expected[];
}

const SECTION_NAMES = ['续建项目', '新开工项目', '前期项目', '储备项目'];
const NUMERALS = ['一', '二', '三', '四'];
const COL_TOTAL = 3; // D: 总投资
const HEADER: CellValue[] = ['序号', '项目名称', '建设单位', '总投资（万元）', '年度计划投资（万元）', '1-10月完成投资（万元）'];

interface Options {
  seed: number;
  planted: Planted;
  totalAtTop: boolean;
  /** 合计 sums the section rows (=D4+D9+…) or the data rows (=SUM(D5:D8,D10:D12)), or is typed. */
  totalForm: 'sections' | 'rows' | 'typed';
  totalLabel: '合计' | '全区合计' | '总计';
  labelInSeq: boolean;
}

export function generate(o: Options): Generated {
  const r = rng(o.seed);
  const nSections = 2 + Math.floor(r() * 3);
  const sizes = Array.from({ length: nSections }, () => 2 + Math.floor(r() * 4));
  const values: CellValue[][] = [['2023年重点项目台账'], HEADER];
  const formulas: (string | null)[][] = [[], []];
  const push = (row: CellValue[], f: (string | null)[] = []) => {
    values.push(row);
    formulas.push(f);
  };
  const totalRow = () => values.length + 1;
  let totalAt = 0;
  if (o.totalAtTop) {
    totalAt = totalRow();
    push([]);
  }
  const dataRows: number[] = [];
  const totals: number[] = [];
  const sectionRows: number[] = [];
  const sectionData: number[][] = [];
  const textRows = new Set<number>();
  let seq = 1;
  sizes.forEach((size, s) => {
    const at = totalRow();
    sectionRows.push(at);
    push([]); // filled below, once its rows are known
    const rows: number[] = [];
    for (let i = 0; i < size; i++) {
      const total = 500 + Math.round(r() * 20000);
      const row = totalRow();
      const asText = o.planted === 'text-number' && s === 0 && i === size - 1;
      if (asText) textRows.add(row);
      push([seq++, `项目${o.seed}-${s}-${i}`, `单位${i}`, asText ? total.toLocaleString('en-US') : total, Math.round(total / 3), Math.round(total / 5)]);
      rows.push(row);
      dataRows.push(row);
      totals.push(total);
    }
    sectionData.push(rows);
  });
  if (!o.totalAtTop) {
    totalAt = totalRow();
    push([]);
  }
  const qizhongAt = totalRow();
  push([]);

  const trueSum = (rows: number[]) => rows.reduce((n, row) => n + totals[dataRows.indexOf(row)], 0);
  /** What Excel shows for SUM over these rows: numbers stored as text are skipped. */
  const excelSum = (rows: number[]) => rows.reduce((n, row) => n + (textRows.has(row) ? 0 : totals[dataRows.indexOf(row)]), 0);
  const expected: Expected[] = [];
  const cellOf = (row: number) => toA1(row - 1, COL_TOTAL);
  const rowsFormula = (rows: number[]) => `=SUM(${cellOf(rows[0])}:${cellOf(rows[rows.length - 1])})`;

  // Section rows: SUM formulas over their rows (typed in one seed in two), one planted error at most.
  const sectionShown: number[] = [];
  sectionRows.forEach((at, s) => {
    const rows = sectionData[s];
    const label = `${NUMERALS[s]}、${SECTION_NAMES[s]}（${rows.length}个）`;
    let shown = excelSum(rows);
    let formula: string | null = rowsFormula(rows);
    if (o.planted === 'section-typed' && s === 1) {
      formula = null;
      shown = trueSum(rows) + 500;
      expected.push({ cell: cellOf(at), advice: 'typed', suggestion: trueSum(rows) });
    }
    if (o.planted === 'range-short' && s === 0) {
      formula = rowsFormula(rows.slice(0, -1));
      shown = excelSum(rows.slice(0, -1));
      expected.push({ cell: cellOf(at), advice: 'range' });
    }
    if (o.planted === 'text-number' && s === 0) expected.push({ cell: cellOf(at), advice: 'text-explains-formula' });
    sectionShown.push(shown);
    const row: CellValue[] = o.labelInSeq ? [label, null, null, shown] : [null, label, null, shown];
    values[at - 1] = row;
    formulas[at - 1] = [null, null, null, formula];
  });

  // The 合计: over the section rows, over the data rows, or typed.
  const all = trueSum(dataRows);
  let totalShown: number;
  let totalFormula: string | null = null;
  if (o.totalForm === 'sections') {
    totalFormula = `=${sectionRows.map(cellOf).join('+')}`;
    totalShown = sectionShown.reduce((a, b) => a + b, 0);
  } else if (o.totalForm === 'rows') {
    totalFormula = `=SUM(${sectionData.map((rows) => `${cellOf(rows[0])}:${cellOf(rows[rows.length - 1])}`).join(',')})`;
    totalShown = excelSum(dataRows);
  } else totalShown = all;
  if (o.planted === 'total-typed') {
    totalFormula = null;
    totalShown = all - 700;
    expected.push({ cell: cellOf(totalAt), advice: 'typed', suggestion: all });
  } else if (Math.abs(totalShown - all) > 0.01) {
    // Off only because of what is already reported: a section row, or text numbers its SUM skips.
    const cause = o.totalForm === 'sections' ? 'section' : o.planted === 'text-number' ? 'text-explains' : 'typed';
    expected.push({ cell: cellOf(totalAt), advice: cause + (totalFormula ? '-formula' : '-typed'), ...(totalFormula ? {} : { suggestion: all }) });
  }
  values[totalAt - 1] = o.labelInSeq ? [o.totalLabel, null, null, totalShown] : [null, o.totalLabel, null, totalShown];
  formulas[totalAt - 1] = [null, null, null, totalFormula];

  // 其中: the last section again, by its name.
  const last = sectionData.length - 1;
  const qShown = o.planted === 'qizhong-typed' ? trueSum(sectionData[last]) + 300 : excelSum(sectionData[last]);
  if (o.planted === 'qizhong-typed') expected.push({ cell: cellOf(qizhongAt), advice: 'typed', suggestion: trueSum(sectionData[last]) });
  else if (Math.abs(qShown - trueSum(sectionData[last])) > 0.01) expected.push({ cell: cellOf(qizhongAt), advice: 'typed', suggestion: trueSum(sectionData[last]) });
  values[qizhongAt - 1] = o.labelInSeq ? [`其中：${SECTION_NAMES[last]}`, null, null, qShown] : [null, `其中：${SECTION_NAMES[last]}`, null, qShown];
  expected.sort((a, b) => Number(a.cell.slice(1)) - Number(b.cell.slice(1)));
  return { grid: gridFromRows(`台账${o.seed}`, values, { formulas }), dataRows, totals, expected };
}

/** Every combination of planted error and layout, each with its own seed. */
export function allCases(): (Options & { name: string })[] {
  const out: (Options & { name: string })[] = [];
  let seed = 100;
  for (const planted of PLANTED) {
    for (const totalForm of ['sections', 'rows', 'typed'] as const) {
      for (const totalAtTop of [false, true]) {
        const totalLabel = (['合计', '全区合计', '总计'] as const)[seed % 3];
        const labelInSeq = seed % 2 === 0;
        out.push({ name: `${planted} / 合计 ${totalForm} ${totalAtTop ? 'top' : 'bottom'} / ${totalLabel}`, seed: seed++, planted, totalForm, totalAtTop, totalLabel, labelInSeq });
      }
    }
  }
  return out;
}
