/** Packs stored before domains/channels were pack fields: read with the built-in lists and a note, never silently. */
import { defaultPack, loadPolicyPack, PolicyPackError, readPolicyPack, upgradePack } from '../../src/core/policy';
import shipped from '../../src/policies/yuanhui-2023.json';

const OLD_NOTE = '政策包中没有所属领域/资金渠道列表（旧版政策包），已沿用内置政策包的列表';

function oldPack(): Record<string, unknown> {
  const json = JSON.parse(JSON.stringify(shipped)) as Record<string, unknown>;
  delete json.domains;
  delete json.channels;
  return json;
}

test('a pack without domains and channels loads with the built-in lists and says so, Chinese first', () => {
  const { pack, notes } = readPolicyPack(oldPack());
  expect(pack.domains).toEqual(defaultPack().domains);
  expect(pack.channels).toEqual(defaultPack().channels);
  expect(notes).toEqual([{ kind: 'lists-from-builtin', zh: OLD_NOTE, en: expect.stringContaining('older pack') }]);
  // The strict loader still refuses it: only the migrating entry fills lists in.
  expect(() => loadPolicyPack(oldPack())).toThrow(PolicyPackError);
});

test('one list missing: only that one is filled, and the note names it alone', () => {
  const domains = defaultPack().domains;
  domains[0].aliases.push('工业类');
  const { pack, notes } = readPolicyPack({ ...oldPack(), domains });
  expect(pack.domains).toEqual(domains); // the pack's own list is kept
  expect(pack.channels).toEqual(defaultPack().channels);
  expect(notes.map((n) => n.zh)).toEqual(['政策包中没有资金渠道列表（旧版政策包），已沿用内置政策包的列表']);
});

test('a current pack reads as before, with no note, and is not changed', () => {
  const json = JSON.parse(JSON.stringify(shipped)) as unknown;
  const before = JSON.stringify(json);
  expect(readPolicyPack(json)).toEqual({ pack: loadPolicyPack(json), notes: [] });
  expect(JSON.stringify(json)).toBe(before);
  const old = oldPack();
  upgradePack(old);
  expect('domains' in old).toBe(false); // the caller's object is not filled in place
});

test.each([
  ['an empty list', []],
  ['null', null],
  ['not a list', '工业'],
])('lists that are there but wrong (%s) are still refused', (_what, value) => {
  expect(() => readPolicyPack({ ...oldPack(), channels: defaultPack().channels, domains: value })).toThrow(
    /政策包字段 domains/,
  );
});

test('an old pack whose rules name a channel the built-in list lacks is refused, naming the field', () => {
  const json = oldPack() as { rules: { when: { channel?: string[] } }[] };
  const rule = json.rules.find((r) => r.when.channel)!;
  rule.when.channel = ['特别国债'];
  expect(() => readPolicyPack(json)).toThrow(/“特别国债”不是政策包资金渠道（channels）列表中的名称/);
});

test('what is not a pack object is left for the schema to refuse', () => {
  for (const v of [null, 3, 'pack', []]) {
    expect(upgradePack(v)).toEqual({ json: v, notes: [] });
    expect(() => readPolicyPack(v)).toThrow(PolicyPackError);
  }
});
