import { loadPolicyPack, PolicyPackError } from '../../src/core/policy';
import shipped from '../../src/policies/yuanhui-2023.json';

/** A fresh, editable copy of the shipped pack as plain JSON. */
function packJson(): Record<string, unknown> & {
  measures: Record<string, unknown>[];
  targets: Record<string, unknown>[];
  units: Record<string, unknown>[];
  rules: Record<string, unknown>[];
  document?: Record<string, unknown>;
} {
  return JSON.parse(JSON.stringify(shipped));
}

function errorOf(json: unknown): PolicyPackError {
  try {
    loadPolicyPack(json);
  } catch (e) {
    if (e instanceof PolicyPackError) return e;
    throw e;
  }
  throw new Error('expected loadPolicyPack to throw');
}

describe('loadPolicyPack on broken packs', () => {
  it('a pack without domains or channels is refused (no silent built-in list), named in Chinese', () => {
    const json = packJson();
    delete json.domains;
    const e = errorOf(json);
    expect(e.path).toBe('domains');
    expect(e.message).toMatch(/^政策包字段 domains（所属领域列表）有误：缺少该字段/);
    const empty = packJson();
    empty.channels = [];
    expect(errorOf(empty).message).toContain('资金渠道列表（channels）不能为空');
  });

  it('a spelling that stands for two domains is refused, naming both places', () => {
    const json = packJson();
    const domains = json.domains as { name: string; aliases: string[] }[];
    domains[1].aliases.push('制 造业'); // 制造业 is already an alias of 工业 (spaces do not count)
    const e = errorOf(json);
    expect(e.path).toMatch(/^domains\[1\]\.aliases\[\d+\]$/);
    expect(e.message).toContain('领域“服务业”的别名');
    expect(e.message).toMatch(/领域名称“制 造业”重复（已在 domains\[0\]\.aliases\[\d+\] 出现）/);
  });

  it('a missing field is named, in Chinese', () => {
    const json = packJson();
    delete json.measures[3].lead;
    const e = errorOf(json);
    expect(e.path).toBe('measures[3].lead');
    expect(e.message).toMatch(/^政策包字段 measures\[3\]\.lead（措施 4 的牵头单位）有误：缺少该字段/);
  });

  it('a wrong type is named', () => {
    const json = packJson();
    json.targets[0].value = '270亿元';
    const e = errorOf(json);
    expect(e.path).toBe('targets[0].value');
    expect(e.message).toContain('政策包字段 targets[0].value（目标“');
    expect(e.message).toMatch(/targets\[0\]\.value（目标“[^”]+”的目标值）有误：应为数字/);
  });

  it('a missing top-level section is named', () => {
    const json = packJson();
    delete json.document;
    expect(errorOf(json).path).toBe('document');
  });

  it('a duplicate measure number is named', () => {
    const json = packJson();
    json.measures[12].number = 12; // measures[11] is already 12
    const e = errorOf(json);
    expect(e.path).toBe('measures[12].number');
    expect(e.message).toContain('措施编号 12 重复');
  });

  it('a lead unit missing from the unit directory is named', () => {
    const json = packJson();
    (json.measures[2].lead as string[])[0] = '区不存在局';
    const e = errorOf(json);
    expect(e.path).toBe('measures[2].lead[0]');
    expect(e.message).toContain('“区不存在局”不在单位名录');
  });

  it('a duplicated target id is named', () => {
    const json = packJson();
    json.targets[3].id = 'investment-2023';
    const e = errorOf(json);
    expect(e.path).toBe('targets[3].id');
    expect(e.message).toContain('目标标识“investment-2023”重复');
  });

  it('an alias claimed by two units is named', () => {
    const json = packJson();
    (json.units[1].aliases as string[]).push('区发改委');
    const e = errorOf(json);
    expect(e.path).toMatch(/^units\[1\]\.aliases\[\d+\]$/);
  });

  it('an unknown enum value and an unknown key are named', () => {
    const json = packJson();
    json.units[0].kind = 'ministry';
    expect(errorOf(json).path).toBe('units[0].kind');
    const json2 = packJson();
    json2.rules[0].lead2 = [];
    expect(errorOf(json2).message).toContain('未知字段 lead2');
  });

  it('a rule naming an unknown unit or measure is named', () => {
    const json = packJson();
    (json.rules[0].coop as string[]).push('区未知中心');
    expect(errorOf(json).path).toBe('rules[0].coop[2]');
    const json2 = packJson();
    json2.targets[0].measure = 99;
    expect(errorOf(json2).path).toBe('targets[0].measure');
  });

  it('reports every problem it found, not just the first', () => {
    const json = packJson();
    json.targets[3].id = 'investment-2023';
    (json.measures[2].lead as string[])[0] = '区不存在局';
    const e = errorOf(json);
    expect(e.problems.map((p) => p.path).sort()).toEqual(['measures[2].lead[0]', 'targets[3].id']);
  });

  it('not an object at all', () => {
    expect(errorOf(null).message).toMatch(/^政策包字段 （根） 有误/);
  });
});

test('fields are named in a clerk’s words: measure number, unit name, rule id, document', () => {
  const json = packJson();
  json.units[0].kind = 'ministry';
  json.rules[0].lead = [''];
  if (json.document) json.document.date = '2023/2/8';
  const e = errorOf(json);
  expect(e.problems.map((p) => p.where)).toEqual(
    expect.arrayContaining(['单位“区发展改革委”的类型', `分配规则“${json.rules[0].id}”的牵头单位`, '文件的日期']),
  );
  expect(e.message).toContain('政策包字段 units[0].kind（单位“区发展改革委”的类型）有误');
  const cross = packJson();
  (cross.measures[2].lead as string[])[0] = '区不存在局';
  expect(errorOf(cross).problems[0].where).toBe('措施 3 的牵头单位');
});
