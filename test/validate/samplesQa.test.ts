/** The QA findings on the sample workbooks (issue 3), read by the real .xlsx reader. */
import { readLedger } from '../../src/core/ledger';
import type { Ledger } from '../../src/core/ledger/types';
import { defaultPack } from '../../src/core/policy';
import { validateLedger } from '../../src/core/validate';
import { readFixtureGrids } from '../fixtures/readGrids';

const pack = defaultPack();
const read = async (file: string): Promise<Ledger> =>
  readLedger((await readFixtureGrids(`samples/${file}`))[0], { pack });

test("措施任务台账: no deadline false positives; C5 names one of measure 2's two lead units", async () => {
  const all = validateLedger(await read('措施任务台账.xlsx'), pack);
  const issues = all.filter((i) => i.code !== 'lead-missing'); // the sample leaves leads blank for the fill to show
  expect(issues.map((i) => [i.cell, i.code])).toEqual([
    ['C5', 'unit-alias'],
    ['C5', 'lead-unit-mismatch'],
    ['C9', 'unit-alias'],
    ['C25', 'unit-alias'],
  ]);
  expect(issues[1].suggestion).toBe('沙澧高新技术产业开发区、空冢郭镇');
});

test('项目台账-源汇区2023: the hidden 内部编号 column is quiet; subtotals point at the text numbers; 新基础设施 → 新基建', async () => {
  const issues = validateLedger(await read('项目台账-源汇区2023.xlsx'), pack);
  const at = (cell: string, code: string) => issues.find((i) => i.cell === cell && i.code === code);
  expect(issues.filter((i) => i.code === 'unknown-header')).toEqual([]);
  const i44 = at('I44', 'subtotal-mismatch');
  expect(i44?.message).toContain('差额来自文本格式的数字I14、I17（共496,770万元）');
  expect(i44?.suggestion).toBeUndefined(); // =SUM(I7:I43): nothing to type over it
  expect(at('I5', 'subtotal-mismatch')?.suggestion).toBeUndefined();
  // The 合计 (=I44+I63+…) is off by exactly its wrong 小计 rows: two short by text numbers, I105 typed 500 too high.
  expect(at('I5', 'subtotal-mismatch')?.message).toContain('差额来自第44、81、105行（所含的分类合计或小计本身不符');
  expect(at('I105', 'subtotal-mismatch')?.suggestion).toBe(666570); // typed: 667,070 where the rows add to 666,570
  expect(at('F139', 'enum-error')?.suggestion).toBe('新基建');
});

test('储备项目库: 建设地点 is mapped, 3.9 in the 亿元 column reads as 39000万元, as-of from 更新时间', async () => {
  const l = await read('储备项目库.xlsx');
  expect(l.header.columns.find((c) => c.field === 'location')?.letter).toBe('D');
  expect(l.header.asOf).toMatchObject({ year: 2023, month: 9, day: 30 });
  const issues = validateLedger(l, pack);
  expect(issues.filter((i) => i.code === 'unknown-header')).toEqual([]);
  const e21 = issues.find((i) => i.cell === 'E21');
  expect(e21?.message).toContain('已按39000万元计算');
  expect(e21?.suggestion).toBe(3.9);
});
