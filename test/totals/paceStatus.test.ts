/**
 * 序时进度 as the issue defines it: a yearly target is on pace at m/12 of it in month m. In October (pace
 * 10/12 = 83.3%) 80.3% of 270亿 is behind pace — a meeting sheet must not call it 序时 / 达序时.
 */
import { defaultPack } from '../../src/core/policy';
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
