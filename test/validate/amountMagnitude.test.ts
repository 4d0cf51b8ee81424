/** A 亿元 figure typed into a 万元 total column: one warning on the total, not two "exceeds the total" errors. */
import { gridFromRows, type CellValue } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import { validateLedger } from '../../src/core/validate';

const H: CellValue[] = ['序号', '项目名称', '建设单位', '总投资（万元）', '年度计划投资（万元）', '完成投资（万元）'];
const pack = defaultPack();
const amountIssues = (rows: CellValue[][]) =>
  validateLedger(readLedger(gridFromRows('m', [H, ...rows]), { pack }), pack)
    .filter((i) => ['amount-magnitude', 'over-total', 'plan-over-total', 'over-plan'].includes(i.code))
    .map((i) => [i.code, i.cell, i.suggestion]);

test('total 0.85 with a plan of 5000 万元 reads as 0.85亿元 = 8500 万元', () => {
  expect(amountIssues([[1, '甲项目', '甲公司', 0.85, 5000, 4470]])).toEqual([['amount-magnitude', 'D2', 8500]]);
});

test('the message says what to type', () => {
  const [issue] = validateLedger(
    readLedger(gridFromRows('m', [H, [1, '甲项目', '甲公司', 0.85, 5000, 4470]]), { pack }),
    pack,
  ).filter((i) => i.code === 'amount-magnitude');
  expect(issue.message).toBe(
    'D2的总投资为0.85万元，远小于本行的计划或完成投资5000万元，疑似按亿元填写；如是0.85亿元，请改为8500（单位万元）。',
  );
});

test('an ordinary overrun is still an overrun, not a unit problem', () => {
  expect(amountIssues([[1, '乙项目', '乙公司', 8430, 5000, 9630]])).toEqual([['over-total', 'F2', undefined]]);
  expect(amountIssues([[1, '丙项目', '丙公司', 900, 2000, 100]])).toEqual([['plan-over-total', 'E2', undefined]]);
});

test('a small project with a small plan raises nothing', () => {
  expect(amountIssues([[1, '丁项目', '丁公司', 50, 30, 20]])).toEqual([]);
});

test('suppression is declared (amount-magnitude hides the overruns; over-total hides over-plan) and follows the settings', () => {
  const row: CellValue[] = [1, '甲项目', '甲公司', 0.85, 5000, 4470];
  const codes = (rules = {}) =>
    validateLedger(readLedger(gridFromRows('m', [H, row]), { pack }), pack, { rules })
      .filter((i) => i.code !== 'number-as-text')
      .map((i) => i.code)
      .sort();
  expect(codes()).toEqual(['amount-magnitude']);
  // With the unit warning off, what it explained is reported as it stands: never both, never neither.
  expect(codes({ 'amount-magnitude': { enabled: false } })).toEqual(['over-total', 'plan-over-total']);
  expect(amountIssues([[1, '乙项目', '乙公司', 8430, 5000, 9630]]).map((i) => i[0])).toEqual(['over-total']); // and not over-plan
});
