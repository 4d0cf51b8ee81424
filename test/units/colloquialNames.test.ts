/**
 * Names clerks actually write for units of 5号 (seen in the district ledger): the short "区自然资源分局" for the
 * city bureau's 源汇 branch, and the company's registered name for 区城发投. They are aliases, not unknown units.
 */
import { defaultPack } from '../../src/core/policy';
import { UnitDirectory } from '../../src/core/units';

const dir = new UnitDirectory(defaultPack().units);

test.each([
  ['区自然资源分局', '市自然资源和规划局源汇分局'],
  ['区自然资源局', '市自然资源和规划局源汇分局'],
  ['漯河市源汇区城市发展投资有限公司', '区城发投'],
  ['源汇区城市发展投资有限公司', '区城发投'],
])('%s → %s', (name, canonical) => {
  expect(dir.resolve(name)).toMatchObject({ status: 'alias', canonical });
});
