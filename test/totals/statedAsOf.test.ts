/** The as-of date a form prefills: what the ledgers state, the month's last day when no day is given. */
import { gridFromRows } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import { statedAsOf } from '../../src/core/totals';

const pack = defaultPack();
const ledger = (note: string | null, completedHeader: string) =>
  readLedger(
    gridFromRows('项目台账', [
      ['2023年源汇区重点项目台账'],
      ...(note ? [[note]] : []),
      ['序号', '项目名称', '总投资（万元）', '年度计划投资', completedHeader],
      [1, '甲项目', 100, 50, 20],
    ]),
    { pack },
  );

test('a month without a day is its last day (2023 from the title)', () => {
  expect(statedAsOf([ledger(null, '1-10月完成投资')], pack)).toBe('2023-10-31');
});

test('a stated day is kept', () => {
  expect(statedAsOf([ledger('截止时间：2023年6月15日', '累计完成投资')], pack)).toBe('2023-06-15');
});

test('February of a leap year ends on the 29th', () => {
  expect(statedAsOf([ledger('截止时间：2024年2月', '累计完成投资')], pack)).toBe('2024-02-29');
});

test('nothing stated, nothing prefilled', () => {
  expect(statedAsOf([ledger(null, '累计完成投资')], pack)).toBeNull();
});
