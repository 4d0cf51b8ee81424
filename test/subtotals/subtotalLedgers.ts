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
export const PLANTED: Planted[] = [
  'none',
  'section-typed',
  'text-number',
  'range-short',
  'qizhong-typed',
  'total-typed',
];

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
const HEADER: CellValue[] = [
  '序号',
  '项目名称',
  '建设单位',
  '总投资（万元）',
  '年度计划投资（万元）',
  '1-10月完成投资（万元）',
];

interface Options {
  seed: number;
  planted: Planted;
  totalAtTop: boolean;
  /** 合计 sums the section rows (=D4+D9+…) or the data rows (=SUM(D5:D8,D10:D12)), or is typed. */
  totalForm: 'sections' | 'rows' | 'typed';
  totalLabel: '合计' | '全区合计' | '总计';
  labelInSeq: boolean;
}

/** The sheet as it is built: rows, formulas, and what the generator knows about each row. */
interface Build {
  o: Options;
  values: CellValue[][];
  formulas: (string | null)[][];
  dataRows: number[];
  totals: number[];
  textRows: Set<number>;
  sectionRows: number[];
  sectionData: number[][];
  totalAt: number;
  qizhongAt: number;
  expected: Expected[];
}

const cellOf = (row: number) => toA1(row - 1, COL_TOTAL);
const rowsFormula = (rows: number[]) => `=SUM(${cellOf(rows[0])}:${cellOf(rows[rows.length - 1])})`;
const labelled = (o: Options, label: string, value: number): CellValue[] =>
  o.labelInSeq ? [label, null, null, value] : [null, label, null, value];
const trueSum = (b: Build, rows: number[]) => rows.reduce((n, row) => n + b.totals[b.dataRows.indexOf(row)], 0);
/** What Excel shows for SUM over these rows: numbers stored as text are skipped. */
const excelSum = (b: Build, rows: number[]) =>
  rows.reduce((n, row) => n + (b.textRows.has(row) ? 0 : b.totals[b.dataRows.indexOf(row)]), 0);

/** Title, header, the 合计 row (top or bottom), each section's heading and projects, the 其中 row: figures later. */
function layout(o: Options): Build {
  const r = rng(o.seed);
  const nSections = 2 + Math.floor(r() * 3);
  const sizes = Array.from({ length: nSections }, () => 2 + Math.floor(r() * 4));
  const b: Build = {
    o,
    values: [['2023年重点项目台账'], HEADER],
    formulas: [[], []],
    dataRows: [],
    totals: [],
    textRows: new Set(),
    sectionRows: [],
    sectionData: [],
    totalAt: 0,
    qizhongAt: 0,
    expected: [],
  };
  const next = () => b.values.length + 1;
  const push = (row: CellValue[]) => {
    b.values.push(row);
    b.formulas.push([]);
  };
  const totalRow = () => {
    b.totalAt = next();
    push([]);
  };
  if (o.totalAtTop) totalRow();
  let seq = 1;
  sizes.forEach((size, s) => {
    b.sectionRows.push(next());
    push([]); // filled by sectionFigures, once its rows are known
    const rows: number[] = [];
    for (let i = 0; i < size; i++) {
      const total = 500 + Math.round(r() * 20000);
      const row = next();
      const asText = o.planted === 'text-number' && s === 0 && i === size - 1;
      if (asText) b.textRows.add(row);
      push([
        seq++,
        `项目${o.seed}-${s}-${i}`,
        `单位${i}`,
        asText ? total.toLocaleString('en-US') : total,
        Math.round(total / 3),
        Math.round(total / 5),
      ]);
      rows.push(row);
      b.dataRows.push(row);
      b.totals.push(total);
    }
    b.sectionData.push(rows);
  });
  if (!o.totalAtTop) totalRow();
  b.qizhongAt = next();
  push([]);
  return b;
}

/** Section rows: SUM formulas over their rows, one planted error at most. Returns the figures they show. */
function sectionFigures(b: Build): number[] {
  const o = b.o;
  return b.sectionRows.map((at, s) => {
    const rows = b.sectionData[s];
    let shown = excelSum(b, rows);
    let formula: string | null = rowsFormula(rows);
    if (o.planted === 'section-typed' && s === 1) {
      formula = null;
      shown = trueSum(b, rows) + 500;
      b.expected.push({ cell: cellOf(at), advice: 'typed', suggestion: trueSum(b, rows) });
    }
    if (o.planted === 'range-short' && s === 0) {
      formula = rowsFormula(rows.slice(0, -1));
      shown = excelSum(b, rows.slice(0, -1));
      b.expected.push({ cell: cellOf(at), advice: 'range' });
    }
    if (o.planted === 'text-number' && s === 0) b.expected.push({ cell: cellOf(at), advice: 'text-explains-formula' });
    b.values[at - 1] = labelled(o, `${NUMERALS[s]}、${SECTION_NAMES[s]}（${rows.length}个）`, shown);
    b.formulas[at - 1] = [null, null, null, formula];
    return shown;
  });
}

/** The 合计: over the section rows, over the data rows, or typed. */
function totalFigure(b: Build, sectionShown: number[]): void {
  const o = b.o;
  const all = trueSum(b, b.dataRows);
  let shown: number;
  let formula: string | null = null;
  if (o.totalForm === 'sections') {
    formula = `=${b.sectionRows.map(cellOf).join('+')}`;
    shown = sectionShown.reduce((x, y) => x + y, 0);
  } else if (o.totalForm === 'rows') {
    formula = `=SUM(${b.sectionData.map((rows) => `${cellOf(rows[0])}:${cellOf(rows[rows.length - 1])}`).join(',')})`;
    shown = excelSum(b, b.dataRows);
  } else shown = all;
  if (o.planted === 'total-typed') {
    formula = null;
    shown = all - 700;
    b.expected.push({ cell: cellOf(b.totalAt), advice: 'typed', suggestion: all });
  } else if (Math.abs(shown - all) > 0.01) {
    // Off only because of what is already reported: a section row, or text numbers its SUM skips.
    const cause = o.totalForm === 'sections' ? 'section' : o.planted === 'text-number' ? 'text-explains' : 'typed';
    b.expected.push({
      cell: cellOf(b.totalAt),
      advice: cause + (formula ? '-formula' : '-typed'),
      ...(formula ? {} : { suggestion: all }),
    });
  }
  b.values[b.totalAt - 1] = labelled(o, o.totalLabel, shown);
  b.formulas[b.totalAt - 1] = [null, null, null, formula];
}

/** 其中: the last section again, by its name. */
function qizhongFigure(b: Build): void {
  const rows = b.sectionData[b.sectionData.length - 1];
  const shown = b.o.planted === 'qizhong-typed' ? trueSum(b, rows) + 300 : excelSum(b, rows);
  if (Math.abs(shown - trueSum(b, rows)) > 0.01)
    b.expected.push({ cell: cellOf(b.qizhongAt), advice: 'typed', suggestion: trueSum(b, rows) });
  b.values[b.qizhongAt - 1] = labelled(b.o, `其中：${SECTION_NAMES[b.sectionData.length - 1]}`, shown);
}

export function generate(o: Options): Generated {
  const b = layout(o);
  totalFigure(b, sectionFigures(b));
  qizhongFigure(b);
  b.expected.sort((x, y) => Number(x.cell.slice(1)) - Number(y.cell.slice(1)));
  return {
    grid: gridFromRows(`台账${o.seed}`, b.values, { formulas: b.formulas }),
    dataRows: b.dataRows,
    totals: b.totals,
    expected: b.expected,
  };
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
        out.push({
          name: `${planted} / 合计 ${totalForm} ${totalAtTop ? 'top' : 'bottom'} / ${totalLabel}`,
          seed: seed++,
          planted,
          totalForm,
          totalAtTop,
          totalLabel,
          labelInSeq,
        });
      }
    }
  }
  return out;
}
