/**
 * 序时进度 as the issue defines it: a yearly target is on pace at m/12 of it in month m. In October (pace
 * 10/12 = 83.3%) 80.3% of 270亿 is behind pace — a meeting sheet must not call it 序时 / 达序时.
 */
import { defaultPack } from '../../src/core/policy';
import { gridFromRows } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { computeSummary } from '../../src/core/totals';
import { targetStatus } from '../../src/core/totals/targets';

const { status } = defaultPack();
const october = 10 / 12;

test.each([
  [0.803, 'behind'], // the sample district: 216.75亿 of 270亿
  [0.8, 'behind'],
  [october, 'on-pace'], // exactly on pace
  [0.86, 'on-pace'],
  [0.95, 'ahead'], // 0.95 / 0.833 = 1.14
  [1, 'done'],
])('ratio %p in October is %s', (ratio, want) => {
  expect(targetStatus(ratio, october, status)).toBe(want);
});

describe('stock targets (project libraries) have no 序时进度', () => {
  // One reserve project of 8亿元 on the 专项债券 channel: 8 of the 100亿 library.
  const pack = defaultPack();
  const reserve = readLedger(
    gridFromRows('储备项目库', [
      ['项目名称', '所属领域', '总投资（万元）', '资金渠道'],
      ['城区雨污分流改造项目', '城镇基础设施', 80000, '专项债券'],
    ]),
    { pack },
  );
  const bonds = (asOf: string) =>
    computeSummary([{ source: 'r.xlsx', ledger: reserve }], pack, asOf).targets.find(
      (t) => t.id === 'library-special-bonds',
    )!;

  it('is in progress before its deadline, not behind', () => {
    expect(bonds('2023-10-31')).toMatchObject({ actual: 8, pace: 1, status: 'open' });
  });
  it('is behind once the deadline has passed unmet', () => {
    expect(bonds('2023-12-31')).toMatchObject({ actual: 8, status: 'behind' });
  });
});

describe('targets without data (无数据) have no 序时进度', () => {
  // A reserve library alone: the project targets have no ledger, the budget line is never from ledgers.
  const pack = defaultPack();
  const reserve = readLedger(
    gridFromRows('储备项目库', [
      ['项目名称', '所属领域', '总投资（万元）', '资金渠道'],
      ['城区雨污分流改造项目', '城镇基础设施', 80000, '专项债券'],
    ]),
    { pack },
  );
  const targets = computeSummary([{ source: 'r.xlsx', ledger: reserve }], pack, '2023-10-31').targets;
  const byId = (id: string) => targets.find((t) => t.id === id)!;

  it.each(['investment-2023', 'projects-1e8-2023', 'prep-fund'])('%s: pace and gap null, not 100%%', (id) => {
    expect(byId(id)).toMatchObject({ actual: null, ratio: null, pace: null, gap: null, status: 'no-data' });
  });
  it('a target with data keeps its pace', () => {
    expect(byId('library-special-bonds').pace).toBe(1);
  });
});
