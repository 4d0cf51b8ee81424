/**
 * The validator reads a ledger from readLedger column by column (plain cells skipped, numbers read directly).
 * It must find exactly what it finds when the same rows are read through their parsed cells one by one (the
 * path hand-built ledgers take), on random messy data under a real header.
 */
import fc from 'fast-check';
import { gridFromRows, type CellValue } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import type { Ledger } from '../../src/core/ledger/types';
import { defaultPack } from '../../src/core/policy';
import { validateLedger } from '../../src/core/validate';

const HEADER = [
  '序号',
  '项目名称',
  '建设单位',
  '建设性质',
  '所属领域',
  '总投资（亿元）',
  '2023年计划投资',
  '1-10月完成投资',
  '完成率',
  '开工时间',
  '竣工时间',
  '牵头责任单位',
  '配合责任单位',
  '对应措施',
];
const WORDS = [
  '区发改委',
  '区发展改革委',
  '各乡镇、街道',
  '区工信局、区财政局',
  '工业',
  '工业类',
  '新建',
  '扩建项目',
  '1.5亿',
  '300万元',
  '2,000',
  '１２３',
  '-12',
  '85%',
  '2023.3',
  '2023年3月',
  '2023-13-01',
  '-',
  '无',
  '',
  '  ',
  '甲项目',
  '甲 项目',
  '第6条',
  '6、7',
  '99',
  '合计',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.integer({ min: -5, max: 50000 }),
  fc.integer({ min: 1990, max: 2100 }).map((y) => y + 0.1 * (1 + (y % 12))),
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom({ error: '#REF!' }, { error: '#N/A' }),
);

const rows = fc.array(fc.array(cell, { minLength: HEADER.length, maxLength: HEADER.length }), {
  minLength: 1,
  maxLength: 15,
});

/** The same ledger with its rows as plain objects holding their parsed cells (no column parsers behind it). */
function rowByRow(l: Ledger): Ledger {
  return {
    ...l,
    rows: l.rows.map((r) => ({
      row: r.row,
      index: r.index,
      section: r.section,
      hidden: r.hidden,
      cells: { ...r.cells },
    })),
  };
}

test('column-wise validation finds the same issues as row-by-row validation', () => {
  const pack = defaultPack();
  fc.assert(
    fc.property(rows, fc.boolean(), (data, percentFormat) => {
      const values: CellValue[][] = [['单位：万元'], HEADER, ...data];
      const formats = values.map((r) => r.map(() => (percentFormat ? '0.0%' : null)));
      const ledger = readLedger(gridFromRows('随机', values, { numberFormats: formats }), { pack });
      expect(ledger.kind).toBe('project');
      const want = validateLedger(rowByRow(ledger), pack);
      expect(validateLedger(ledger, pack)).toEqual(want);
    }),
    { numRuns: 300, seed: 42 },
  );
});
