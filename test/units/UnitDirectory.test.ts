import { defaultPack } from '../../src/core/policy';
import { UnitDirectory } from '../../src/core/units';

const units = defaultPack().units;
const dir = new UnitDirectory(units);

/** Aliases people type, with the canonical unit each must reach (written by hand from the brief and 5号). */
const TYPED_ALIASES: [string, string][] = [
  ['区发改委', '区发展改革委'],
  ['区发展和改革委员会', '区发展改革委'],
  ['区发改局', '区发展改革委'],
  ['高新区', '沙澧高新技术产业开发区'],
  ['沙澧高新区', '沙澧高新技术产业开发区'],
  ['沙澧高新技术开发区', '沙澧高新技术产业开发区'],
  ['区住房城乡建设局', '区住建局'],
  ['区住房和城乡建设局', '区住建局'],
  ['区工业和信息化局', '区工信局'],
  ['区文旅局', '区文化旅游局'],
  ['区人力资源和社会保障局', '区人社局'],
  ['自然资源源汇分局', '市自然资源和规划局源汇分局'],
  ['空冢郭镇政府', '空冢郭镇'],
  ['区特色商业区建管委', '特色商业区'],
  ['区人民法院', '区法院'],
];

describe('UnitDirectory.resolve', () => {
  it.each(TYPED_ALIASES)('%s → %s', (alias, canonical) => {
    expect(dir.resolve(alias)).toMatchObject({ input: alias, status: 'alias', canonical, suggestions: [] });
  });

  it('every alias in the directory resolves to its own canonical entry', () => {
    let n = 0;
    for (const u of units) {
      for (const a of u.aliases) {
        const r = dir.resolve(a);
        expect([a, r.canonical, r.kind]).toEqual([a, u.name, u.kind]);
        expect(r.status).toBe(u.kind === 'collective' ? 'collective' : 'alias');
        n++;
      }
    }
    expect(n).toBeGreaterThan(60);
  });

  it('canonical names resolve as canonical, with their kind', () => {
    expect(dir.resolve('区发展改革委')).toMatchObject({
      status: 'canonical',
      canonical: '区发展改革委',
      kind: 'bureau',
    });
    expect(dir.resolve('市生态环境局源汇分局')).toMatchObject({ status: 'canonical', kind: 'city-branch' });
    expect(dir.resolve('区法院')).toMatchObject({ status: 'canonical', kind: 'court' });
    expect(dir.resolve('区城发投')).toMatchObject({ status: 'canonical', kind: 'company' });
    expect(dir.resolve('区生态循环经济产业园建设指挥部')).toMatchObject({
      status: 'canonical',
      kind: 'command-centre',
    });
    expect(dir.resolve('空冢郭镇')).toMatchObject({ status: 'canonical', kind: 'township' });
  });

  it('ignores spaces, full-width letters, bracket style and stray punctuation', () => {
    expect(dir.resolve(' 区 发改委 ').canonical).toBe('区发展改革委');
    expect(dir.resolve('区发改委\u3000').canonical).toBe('区发展改革委');
    expect(dir.resolve('区发改委、').canonical).toBe('区发展改革委');
    expect(dir.resolve('区ＥＯＤ产业园建设指挥部').canonical).toBe('区生态循环经济产业园建设指挥部');
    expect(dir.resolve('各乡镇(街道)')).toMatchObject({ status: 'collective', canonical: '各乡镇、街道' });
  });

  it('collectives are reported as collectives, whole', () => {
    expect(dir.resolve('各乡镇、街道')).toMatchObject({
      status: 'collective',
      canonical: '各乡镇、街道',
      kind: 'collective',
    });
    expect(dir.resolve('各乡镇办园区')).toMatchObject({ status: 'collective', kind: 'collective' });
    expect(dir.resolve('区直各部门')).toMatchObject({ status: 'collective', kind: 'collective' });
    // Not listed, but plainly a group: still a collective, never an unknown unit.
    expect(dir.resolve('各社区')).toMatchObject({ status: 'collective', kind: 'collective', suggestions: [] });
  });

  it('unknown names get the nearest canonical names, best first, at most three', () => {
    const first = (n: string) => dir.resolve(n).suggestions[0];
    expect(dir.resolve('区发改')).toMatchObject({ status: 'unknown' });
    expect(first('区发改')).toBe('区发展改革委');
    expect(first('区财正局')).toBe('区财政局'); // typo
    expect(first('区住建')).toBe('区住建局');
    expect(first('区工信')).toBe('区工信局');
    expect(first('沙澧高新开发区')).toBe('沙澧高新技术产业开发区');
    expect(first('自然资源局')).toBe('市自然资源和规划局源汇分局');
    expect(first('空冢郭')).toBe('空冢郭镇');
    expect(first('区文旅')).toBe('区文化旅游局');
    for (const n of ['区发改', '区教育局', '区财正局']) {
      const s = dir.resolve(n).suggestions;
      expect(s.length).toBeGreaterThan(0);
      expect(s.length).toBeLessThanOrEqual(3);
      expect(new Set(s).size).toBe(s.length);
      for (const c of s) expect(dir.resolve(c).status).toBe('canonical');
    }
  });

  it('offers nothing for names unlike any unit', () => {
    expect(dir.resolve('ABC').suggestions).toEqual([]);
    expect(dir.resolve('').status).toBe('unknown');
  });

  it('canonicalOf keeps unknown names as written', () => {
    expect(dir.canonicalOf('区发改委')).toBe('区发展改革委');
    expect(dir.canonicalOf('区教育局')).toBe('区教育局');
  });
});

describe('UnitDirectory.split', () => {
  it.each([
    ['区发改委、区财政局', ['区发改委', '区财政局']],
    ['区工信局,区商务局', ['区工信局', '区商务局']],
    ['区工信局，区商务局；区住建局;区财政局', ['区工信局', '区商务局', '区住建局', '区财政局']],
    ['区发改委/区财政局', ['区发改委', '区财政局']],
    ['区发改委 区财政局', ['区发改委', '区财政局']],
    ['区 发改委', ['区发改委']],
    ['各乡镇、街道、沙澧高新技术开发区、源汇新区', ['各乡镇、街道', '沙澧高新技术开发区', '源汇新区']],
    ['各乡镇，街道,源汇新区', ['各乡镇、街道', '源汇新区']],
    ['区工信局、各乡镇办园区', ['区工信局', '各乡镇办园区']],
    ['区直各部门、各乡镇（街道）', ['区直各部门', '各乡镇（街道）']],
    ['各街道、园区', ['各街道、园区']],
    ['区财政局', ['区财政局']],
    ['', []],
    ['、，', []],
  ])('%s', (text, names) => {
    expect(dir.split(text)).toEqual(names);
  });
});
