/** Random grids (header words, numbers, errors, blanks, merges) never make the reader or validator throw. */
import fc from 'fast-check';
import { gridFromRows, parseA1, type CellValue, type MergeArea } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import { validateLedger } from '../../src/core/validate';

const WORDS = [
  '序号',
  '项目名称',
  '总投资（亿元）',
  '2023年计划投资',
  '1-10月完成投资',
  '完成率',
  '开工时间',
  '竣工时间',
  '牵头责任单位',
  '配合责任单位',
  '对应措施',
  '所属领域',
  '建设性质',
  '三个一批类别',
  '资金渠道',
  '完成状态',
  '政策措施',
  '合计',
  '小计',
  '其中：',
  '一、工业项目',
  '单位：万元',
  '截止时间：2023年10月31日',
  '区发改委',
  '各乡镇办园区',
  '工业',
  '1.5亿',
  '2023.3',
  '2023-13-01',
  '-',
  '无',
  '',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 6 }),
  fc.double({ noNaN: true, min: -1e9, max: 1e9 }),
  fc.integer({ min: -5, max: 50000 }),
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom({ error: '#REF!' }, { error: '#DIV/0!' }, { error: '#N/A' }),
);

const grid = fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 10 })).chain(([rows, cols]) =>
  fc.record({
    rows: fc.array(fc.array(cell, { maxLength: cols }), { minLength: rows, maxLength: rows }),
    merges: fc.array(
      fc
        .record({ top: fc.nat(rows + 1), left: fc.nat(cols), h: fc.nat(2), w: fc.nat(3) })
        .map((m): MergeArea => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
      { maxLength: 4 },
    ),
    hidden: fc.array(fc.nat(rows + 1), { maxLength: 3 }),
  }),
);

test('readLedger + validateLedger never throw and every issue points inside the sheet', () => {
  const pack = defaultPack();
  fc.assert(
    fc.property(grid, ({ rows, merges, hidden }) => {
      const g = gridFromRows('随机', rows, { merges, hiddenRows: hidden });
      const ledger = readLedger(g, { pack });
      const issues = validateLedger(ledger, pack);
      for (const i of issues) {
        if (i.row !== undefined) {
          expect(i.row).toBeGreaterThanOrEqual(1);
          expect(i.row).toBeLessThanOrEqual(g.rowCount);
        }
        if (i.cell) {
          const at = parseA1(i.cell);
          expect(at).not.toBeNull();
          expect(at?.row).toBe((i.row ?? 0) - 1);
          expect(at?.col).toBeLessThan(Math.max(g.colCount, 1));
        }
        expect(i.message).not.toMatch(/\{\w+\}/);
      }
    }),
    { numRuns: 400, seed: 20231031 },
  );
});
