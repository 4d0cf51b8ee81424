import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  defaultPack,
  loadPolicyPack,
  NEW_UNIT_FLAG,
  packFromPolicyText,
  PolicyTextError,
  confirmNewUnits,
  unitsToCheck,
  withMeasureTargets,
  withMeasureUnits,
  withUnitKind,
  type PackBase,
} from '../../src/core/policy';
import { HOUSE_STYLES, asciiVariant } from './houseStyles';

const POLICY = path.resolve(__dirname, '../../../shared/policy/yuanhui-2023-5.md');
const PACKS = path.resolve(__dirname, '../../src/policies');
const builtin = defaultPack();
const names = (list: { name: string }[]) => list.map((v) => v.name);

describe('packFromPolicyText', () => {
  it('on 源政办〔2023〕5号 over the built-in pack gives the built-in pack back (the pane import used to fail here)', () => {
    const { pack, notes } = packFromPolicyText(readFileSync(POLICY, 'utf8'), builtin);
    expect(pack).toEqual(builtin);
    expect(notes.filter((n) => n.kind === 'new-unit')).toEqual([]);
    expect(notes.map((n) => n.kind)).toEqual(['number-inferred']); // measure 12 lost its number
    expect(notes[0].measure).toBe(12);
  });

  it('rebuilds yuanhui-2023.json byte for byte from the text and the overlay (as scripts/build-policy-pack.ts does)', () => {
    const overlay = JSON.parse(readFileSync(path.join(PACKS, 'yuanhui-2023.overlay.json'), 'utf8')) as PackBase;
    const { pack } = packFromPolicyText(readFileSync(POLICY, 'utf8'), {
      id: overlay.id,
      version: overlay.version,
      units: overlay.units,
      domains: overlay.domains,
      channels: overlay.channels,
      targets: overlay.targets,
      rules: overlay.rules,
      status: overlay.status,
    });
    expect(JSON.stringify(pack, null, 2) + '\n').toBe(readFileSync(path.join(PACKS, 'yuanhui-2023.json'), 'utf8'));
  });

  it("reads the domains from the measure that lists them, keeping the base's spellings for names it knows", () => {
    const text = '1.聚焦工业、服务业、数字经济等 3 大领域，推进项目 50 个。（区发改局牵头）';
    const { pack, notes } = packFromPolicyText(text, builtin);
    expect(names(pack.domains)).toEqual(['工业', '服务业', '数字经济']);
    expect(pack.domains[0].aliases).toEqual(builtin.domains[0].aliases);
    expect(pack.domains[2].aliases).toEqual([]);
    expect(notes.filter((n) => n.kind === 'domains').map((n) => n.zh)).toEqual([
      '文本列出的领域“数字经济”不在基础政策包中，已按文本加入（没有别名），请核对',
    ]);
  });

  it('drops a base alias that the text makes a domain of its own (no spelling may mean two domains)', () => {
    const { pack } = packFromPolicyText('1.聚焦工业、制造业等 2 大领域，推进项目。（区发改局牵头）', builtin);
    expect(names(pack.domains)).toEqual(['工业', '制造业']);
    expect(builtin.domains[0].aliases).toContain('制造业');
    expect(pack.domains[0].aliases).toEqual(builtin.domains[0].aliases.filter((a) => a !== '制造业'));
    expect(() => loadPolicyPack(JSON.parse(JSON.stringify(pack)))).not.toThrow();
  });

  it("takes the base's domains and channels, and says so, when the text names none", () => {
    const { pack, notes } = packFromPolicyText('1.推进项目建设。（区发改局牵头）', builtin);
    expect(pack.domains).toEqual(builtin.domains);
    expect(pack.channels).toEqual(builtin.channels);
    expect(notes.filter((n) => n.kind === 'domains' || n.kind === 'channels').map((n) => n.zh)).toEqual([
      expect.stringMatching(/^文本中没有“聚焦……等 N 大领域”的领域列表，所属领域沿用基础政策包的 9 个（工业、服务业/),
      expect.stringMatching(/^文本中没有提到资金渠道，资金渠道沿用基础政策包的 5 个/),
    ]);
  });

  it("keeps the channels the text names; the base's targets and rules on a dropped channel go too, said", () => {
    const text = readFileSync(POLICY, 'utf8').replace(/制造业中长期贷款、/g, '');
    const { pack, notes } = packFromPolicyText(text, builtin);
    expect(names(pack.channels)).toEqual(names(builtin.channels).filter((c) => c !== '制造业中长期贷款'));
    expect(pack.targets.map((t) => t.id)).not.toContain('library-manufacturing-loans');
    expect(pack.rules.map((r) => r.id)).not.toContain('funding-channel-library');
    expect(pack.targets).toHaveLength(builtin.targets.length - 1);
    expect(notes.map((n) => n.zh)).toEqual(
      expect.arrayContaining([
        '文本没有提到资金渠道“制造业中长期贷款”，已从资金渠道列表去掉；如仍需要，请在政策包 channels 中补回',
        '有 1 个目标、1 条分配规则指向本文没有的措施、领域或资金渠道，已去掉',
      ]),
    );
  });

  it.each(
    HOUSE_STYLES.flatMap((s) => [
      [s.name, s.text],
      [`${s.name} · ASCII`, asciiVariant(s.text)],
    ]),
  )('%s: a loadable pack, new units flagged, no 2023 targets', (_name, text) => {
    const { pack, parsed, notes } = packFromPolicyText(text, builtin);
    expect(() => loadPolicyPack(JSON.parse(JSON.stringify(pack)))).not.toThrow();
    expect(pack.measures.length).toBe(parsed.measures.length);
    expect(pack.targets).toEqual([]);
    expect(pack.rules).toEqual([]);
    const added = pack.units.filter((u) => u.review === NEW_UNIT_FLAG);
    expect(added.length).toBeGreaterThan(0);
    expect(notes.filter((n) => n.kind === 'new-unit').map((n) => n.unit)).toEqual(added.map((u) => u.name));
    // every unit a measure names is in the directory, once
    const names = new Set(pack.units.map((u) => u.name));
    for (const m of pack.measures) for (const n of [...m.lead, ...m.coop]) expect(names.has(n)).toBe(true);
    expect(pack.units.slice(0, builtin.units.length)).toEqual(builtin.units);
  });

  it('names known units canonically and guesses the kind of new ones', () => {
    const text = '1.推进项目10个。（区发改局牵头，区教育局、立山经济开发区、各社区配合）';
    const { pack } = packFromPolicyText(text, builtin);
    expect(pack.measures[0].lead).toEqual(['区发展改革委']);
    expect(pack.measures[0].coop).toEqual(['区教育局', '立山经济开发区', '各社区']);
    const entry = (n: string) => pack.units.find((u) => u.name === n);
    expect(entry('区教育局')).toEqual({ name: '区教育局', kind: 'bureau', aliases: [], review: NEW_UNIT_FLAG });
    expect(entry('立山经济开发区')?.kind).toBe('park');
    expect(entry('各社区')?.kind).toBe('collective');
    expect(pack.document.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(pack.measures[0].section).toBe('正文');
  });

  it('adds a new name once even when the text spells it two ways (full-width letters)', () => {
    const { pack } = packFromPolicyText('1.甲。（区EOD办牵头）\n2.乙。（区ＥＯＤ办牵头）', builtin);
    expect(pack.units.filter((u) => u.review === NEW_UNIT_FLAG).map((u) => u.name)).toEqual(['区EOD办']);
    expect(pack.measures.map((m) => m.lead)).toEqual([['区EOD办'], ['区EOD办']]);
  });

  it('keeps a measure without a lead loadable and says so', () => {
    const { pack, notes } = packFromPolicyText('1.推进项目建设。\n2.完善配套。', builtin);
    expect(pack.measures.map((m) => m.lead)).toEqual([[], []]);
    expect(notes.filter((n) => n.kind === 'no-lead').map((n) => n.zh)).toEqual([
      '第 1 条没有写明牵头单位，请补充',
      '第 2 条没有写明牵头单位，请补充',
    ]);
  });

  it('says in Chinese when the text has no measure', () => {
    expect(() => packFromPolicyText('关于召开项目推进会的通知\n请各单位参会。', builtin)).toThrow(PolicyTextError);
    expect(() => packFromPolicyText('随便一段话', builtin)).toThrow(/没有识别出政策措施/);
  });
});

describe('withMeasureTargets (a reviewer fixes the targets cell)', () => {
  const { pack } = packFromPolicyText('1.推进项目10个，投资5亿元。（区发改局牵头）', builtin);
  it('reads what was typed with the target reader and keeps the source clause of targets it already had', () => {
    const fixed = withMeasureTargets(pack, 1, '10个、8亿元、6月底前');
    expect(fixed.measures[0].targets).toEqual([
      pack.measures[0].targets[0],
      { value: 8, unit: '亿元', text: '8亿元' },
      { value: 6, unit: '月底前', text: '6月底前' },
    ]);
    expect(withMeasureTargets(pack, 1, '').measures[0].targets).toEqual([]);
    expect(() => loadPolicyPack(fixed)).not.toThrow();
  });
});

describe('withMeasureUnits (a reviewer fixes a cell)', () => {
  const { pack } = packFromPolicyText('1.推进项目10个。（区发改局牵头，区教育局配合）', builtin);
  it('makes known names canonical and adds new ones flagged, keeping the pack loadable', () => {
    const fixed = withMeasureUnits(pack, 1, 'coop', '区财政局、区文体局,各乡镇、街道');
    expect(fixed.measures[0].coop).toEqual(['区财政局', '区文体局', '各乡镇、街道']);
    expect(unitsToCheck(fixed)).toEqual(['区文体局']); // 区教育局 was replaced, so it leaves the directory
    expect(() => loadPolicyPack(fixed)).not.toThrow();
    expect(withMeasureUnits(pack, 1, 'lead', '区发展和改革委员会').measures[0].lead).toEqual(['区发展改革委']);
    expect(pack.measures[0].coop).toEqual(['区教育局']); // the draft itself is not changed
    const confirmed = confirmNewUnits(fixed);
    expect(unitsToCheck(confirmed)).toEqual([]);
    expect(confirmed.units.find((u) => u.name === '区文体局')).toEqual({
      name: '区文体局',
      kind: 'bureau',
      aliases: [],
    });
    expect(confirmed.units.slice(0, builtin.units.length)).toEqual(builtin.units);
  });
});

test('the parse it returns flags the same new units as the pack', () => {
  const { pack, parsed } = packFromPolicyText('1.推进项目10个。（区发改局牵头，区教育局配合）', builtin);
  expect(parsed.units).toEqual([
    pack.units.find((u) => u.name === '区发展改革委'),
    { name: '区教育局', kind: 'bureau', aliases: [], review: NEW_UNIT_FLAG },
  ]);
});

test('withUnitKind corrects a guessed kind and nothing else', () => {
  const { pack } = packFromPolicyText('1.推进项目10个。（区审改办牵头）', builtin);
  const fixed = withUnitKind(pack, '区审改办', 'command-centre');
  expect(fixed.units.find((u) => u.name === '区审改办')).toEqual({
    name: '区审改办',
    kind: 'command-centre',
    aliases: [],
    review: NEW_UNIT_FLAG,
  });
  expect(fixed.units.filter((u) => u.name !== '区审改办')).toEqual(pack.units.filter((u) => u.name !== '区审改办'));
});
