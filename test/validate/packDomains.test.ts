/**
 * The domains and funding channels are the pack's: a pack with a tenth domain, or a renamed one, changes what
 * validation accepts and what the totals break down by, alike (issue #12 item 6).
 */
import { gridFromRows, type CellValue } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { defaultPack, loadPolicyPack, type PolicyPack } from '../../src/core/policy';
import { computeSummary } from '../../src/core/totals';
import { validateLedger } from '../../src/core/validate';
import { NINE_DOMAINS } from '../fixtures/nineDomains';

const PROJECT_HEAD = ['项目名称', '所属领域', '总投资', '年度计划投资', '完成投资', '牵头责任单位'];
const RESERVE_HEAD = ['项目名称', '所属领域', '总投资', '资金渠道', '前期工作进展', '谋划时间'];

function projects(pack: PolicyPack, domains: string[]) {
  const rows: CellValue[][] = domains.map((d, i) => [`项目${i + 1}`, d, 20000, 10000, 5000 + i, '区发展改革委']);
  return readLedger(gridFromRows('项目台账', [PROJECT_HEAD, ...rows]), { pack });
}

function reserves(pack: PolicyPack, channels: string[]) {
  const rows: CellValue[][] = channels.map((c, i) => [`储备${i + 1}`, '工业', 20000, c, '编制可研', '2023-03-01']);
  return readLedger(gridFromRows('储备项目库', [RESERVE_HEAD, ...rows]), { pack });
}

const enumErrors = (pack: PolicyPack, ledger: ReturnType<typeof projects>) =>
  validateLedger(ledger, pack)
    .filter((i) => i.code === 'enum-error')
    .map((i) => i.cell);

/** The built-in pack with its domain list changed (loaded, so the pack's own checks pass). */
function withDomains(domains: PolicyPack['domains']): PolicyPack {
  return loadPolicyPack({ ...defaultPack(), domains });
}

test('the built-in pack carries the nine domains of measure 6 in the policy order, and the five channels', () => {
  const pack = defaultPack();
  expect(pack.domains.map((d) => d.name)).toEqual(NINE_DOMAINS);
  expect(pack.channels.map((c) => c.name)).toEqual([
    '中央预算内投资',
    '专项债券',
    '政策性开发性金融工具',
    '制造业中长期贷款',
    '设备购置与更新改造贴息',
  ]);
  const ledger = projects(pack, [...NINE_DOMAINS, '制造业', '数字经济']);
  expect(enumErrors(pack, ledger)).toEqual(['B12']); // 制造业 is an alias of 工业; 数字经济 is no domain
  expect(computeSummary([{ source: 'a', ledger }], pack).byDomain.find((b) => b.key === '工业')?.projects).toBe(2);
});

test('a pack with a tenth domain: validation accepts it and the totals show it, after the nine', () => {
  const pack = withDomains([...defaultPack().domains, { name: '数字经济', aliases: ['数字产业'] }]);
  const ledger = projects(pack, ['工业', '数字经济', '数字产业']);
  expect(enumErrors(pack, ledger)).toEqual([]);
  const s = computeSummary([{ source: 'a', ledger }], pack);
  expect(s.byDomain.map((b) => b.key)).toEqual([...NINE_DOMAINS, '数字经济', '未填/其他']);
  expect(s.byDomain.find((b) => b.key === '数字经济')?.projects).toBe(2);
  // the built-in pack still says no to it
  expect(enumErrors(defaultPack(), projects(defaultPack(), ['数字经济']))).toEqual(['B2']);
});

test('a pack with a renamed domain: validation takes the new name, not the old, and the totals follow', () => {
  const base = defaultPack();
  const rename = (d: string) => (d === '城镇基础设施' ? '城乡建设' : d);
  const pack = loadPolicyPack({
    ...base,
    domains: base.domains.map((d) => (d.name === '城镇基础设施' ? { name: '城乡建设', aliases: ['城建'] } : d)),
    // the pack's rules name domains too: the pack check makes them follow (see the next test)
    rules: base.rules.map((r) =>
      r.when.domain ? { ...r, when: { ...r.when, domain: r.when.domain.map(rename) } } : r,
    ),
  });
  const ledger = projects(pack, ['城乡建设', '城建', '城镇基础设施']);
  expect(enumErrors(pack, ledger)).toEqual(['B4']);
  const issue = validateLedger(ledger, pack).find((i) => i.code === 'enum-error');
  expect(issue?.message).toContain('城乡建设');
  expect(issue?.message).not.toContain('城镇基础设施、');
  const s = computeSummary([{ source: 'a', ledger }], pack);
  expect(s.byDomain.map((b) => b.key)).toContain('城乡建设');
  expect(s.byDomain.map((b) => b.key)).not.toContain('城镇基础设施');
  expect(s.byDomain.find((b) => b.key === '城乡建设')?.projects).toBe(2);
});

test('funding channels come from the pack: a new channel is accepted, a dropped one is an error', () => {
  const base = defaultPack();
  const pack = loadPolicyPack({
    ...base,
    channels: [...base.channels, { name: '超长期特别国债', aliases: ['特别国债'] }],
  });
  const ledger = reserves(pack, ['专项债', '特别国债', '超长期特别国债']);
  expect(validateLedger(ledger, pack).filter((i) => i.code === 'enum-error')).toEqual([]);
  const builtin = reserves(base, ['特别国债']);
  expect(
    validateLedger(builtin, base)
      .filter((i) => i.code === 'enum-error')
      .map((i) => i.cell),
  ).toEqual(['D2']);
});

test('a pack whose rule or target names a domain or channel it does not list is refused, in Chinese', () => {
  const renamed = defaultPack().domains.map((d) => (d.name === '城镇基础设施' ? { ...d, name: '城乡建设' } : d));
  expect(() => withDomains(renamed)).toThrow(/分配规则“reserve-urban”的适用条件.*“城镇基础设施”不是政策包所属领域/);
  const base = defaultPack();
  expect(() => loadPolicyPack({ ...base, channels: base.channels.slice(1) })).toThrow(
    /“中央预算内投资”不是政策包资金渠道（channels）列表中的名称/,
  );
});
