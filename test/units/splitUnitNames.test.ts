import { guessUnitKind, nameSimilarity, splitUnitNames } from '../../src/core/units';
import { bigramDice, editDistance } from '../../src/core/units/similarity';

describe('splitUnitNames without a directory', () => {
  it('keeps the usual collectives whole', () => {
    expect(splitUnitNames('各乡镇、街道、区工信局')).toEqual(['各乡镇、街道', '区工信局']);
    expect(splitUnitNames('各乡镇办园区、区直各部门')).toEqual(['各乡镇办园区', '区直各部门']);
  });
  it('splits on full- and half-width separators and on spaces between whole names', () => {
    expect(splitUnitNames('区交通局、区水利局,区审计局；区统计局')).toEqual([
      '区交通局',
      '区水利局',
      '区审计局',
      '区统计局',
    ]);
    expect(splitUnitNames('区交通局 区水利局')).toEqual(['区交通局', '区水利局']);
    expect(splitUnitNames('区 交通局')).toEqual(['区交通局']);
  });
  it('takes a caller’s own collectives', () => {
    expect(splitUnitNames('各社区、小区、区民政局', ['各社区、小区'])).toEqual(['各社区、小区', '区民政局']);
  });
});

describe('similarity', () => {
  it('edit distance counts characters', () => {
    expect(editDistance([...'区发改'], [...'区发改委'])).toBe(1);
    expect(editDistance([...'区财正局'], [...'区财政局'])).toBe(1);
    expect(editDistance([...''], [...'abc'])).toBe(3);
  });
  it('bigram Dice is 1 for equal, 0 for disjoint', () => {
    expect(bigramDice([...'区财政局'], [...'区财政局'])).toBe(1);
    expect(bigramDice([...'甲乙'], [...'丙丁'])).toBe(0);
    // 区发改 {区发,发改} vs 区发改委 {区发,发改,改委}: 2*2/5
    expect(bigramDice([...'区发改'], [...'区发改委'])).toBeCloseTo(0.8);
  });
  it('ranks a near name above a far one', () => {
    expect(nameSimilarity('区发改', '区发改委')).toBeGreaterThan(nameSimilarity('区发改', '区财政局'));
    expect(nameSimilarity('x', 'x')).toBe(1);
  });
});

describe('guessUnitKind', () => {
  it.each([
    ['区发展改革委', 'bureau'],
    ['区金融服务中心', 'bureau'],
    ['市自然资源和规划局源汇分局', 'city-branch'],
    ['空冢郭镇政府', 'township'],
    ['问十乡', 'township'],
    ['老街街道', 'street'],
    ['沙澧高新技术产业开发区', 'park'],
    ['源汇新区', 'park'],
    ['区城发投', 'company'],
    ['漯河市某某建设有限公司', 'company'],
    ['区法院', 'court'],
    ['区生态循环经济产业园建设指挥部', 'command-centre'],
    ['区万人助万企办公室', 'command-centre'],
    ['各乡镇、街道', 'collective'],
    ['区直各部门', 'collective'],
    ['全区经济运行各专班', 'collective'],
    ['区级相关部门', 'collective'],
    ['市直有关单位', 'collective'],
    ['经济运行专班', 'command-centre'],
  ])('%s is %s', (name, kind) => {
    expect(guessUnitKind(name)).toBe(kind);
  });
});
