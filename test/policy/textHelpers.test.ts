import { chineseNumber } from '../../src/core/policy/text/chineseNumerals';
import { numberingOf, splitRunsOfItems } from '../../src/core/policy/text/numbering';
import { tidyHeading } from '../../src/core/policy/text/blocks';
import { documentPrefixes, readUnitList } from '../../src/core/policy/text/unitList';
import { findResponsibility } from '../../src/core/policy/text/responsibility';
import { extractTargets } from '../../src/core/policy/text/targets';

describe('chineseNumber', () => {
  it.each([
    ['二〇二三', 2023],
    ['十', 10],
    ['十二', 12],
    ['二十八', 28],
    ['三十', 30],
    ['八', 8],
    ['２０２４', 2024],
  ])('%s = %d', (s, n) => expect(chineseNumber(s)).toBe(n));
  it('is NaN for words', () => expect(chineseNumber('甲')).toBeNaN());
});

describe('numberingOf', () => {
  it.each([
    ['一、加大项目推进力度', 'cn', 1],
    ['(二)实施投资促进计划。', 'paren-cn', 2],
    ['（十二）加强保障', 'paren-cn', 12],
    ['12. 积极争取', 'arabic', 12],
    ['１２、积极争取', 'arabic', 12],
    ['第三条 每季度', 'article', 3],
    ['第二章 保障措施', 'chapter', 2],
    ['(3)细化任务', 'paren-arabic', 3],
  ])('%s is %s %d', (p, style, number) => expect(numberingOf(p)).toMatchObject({ style, number }));
  it.each(['2023年2月8日', '15 分钟便民服务圈', '6.2%的增长', '一楼一策'])('%s has no number', (p) =>
    expect(numberingOf(p)).toBeUndefined(),
  );
  it('tidies headings to full-width brackets and 、', () => {
    expect(tidyHeading('(二)实施投资促进计划。')).toBe('（二）实施投资促进计划');
    expect(tidyHeading('三. 全力稳住')).toBe('三、全力稳住');
  });
});

describe('splitRunsOfItems', () => {
  it('splits at the next number after a clause end, across line breaks, never inside a sentence', () => {
    expect(splitRunsOfItems(['1.增长6.2%。（甲局牵头）2.乙。(乙局负责)3.丙', '丙续。4.丁'])).toEqual([
      '1.增长6.2%。（甲局牵头）',
      '2.乙。(乙局负责)',
      '3.丙',
      '丙续。',
      '4.丁',
    ]);
    expect(splitRunsOfItems(['1.落实第2条。4.跳了两号'])).toEqual(['1.落实第2条。4.跳了两号']);
    expect(splitRunsOfItems(['1.完成2、3季度任务'])).toEqual(['1.完成2、3季度任务']);
    // the line end lost after a name; an item that lost its number (2) before 3.
    expect(splitRunsOfItems(['1、甲。牵头单位：区甲局2、乙。牵头单位：区乙局'])).toEqual([
      '1、甲。牵头单位：区甲局',
      '2、乙。牵头单位：区乙局',
    ]);
    expect(splitRunsOfItems(['1.甲。（区甲局牵头）乙。（区乙局牵头）3.丙'])).toEqual([
      '1.甲。（区甲局牵头）',
      '乙。（区乙局牵头）',
      '3.丙',
    ]);
  });
});

describe('readUnitList', () => {
  const ctx = { prefixes: new Set(['省', '区']) };
  it.each([
    ['省商务厅、财政厅、文化和旅游厅等相关部门按职责分工负责', ['省商务厅', '省财政厅', '省文化和旅游厅']],
    [
      '省住房城乡建设厅、地方金融监管局、人行郑州中心支行',
      ['省住房城乡建设厅', '省地方金融监管局', '人行郑州中心支行'],
    ],
    ['省财政厅、市场监管局', ['省财政厅', '省市场监管局']],
    ['区财政局和区住建局', ['区财政局', '区住建局']],
    ['省财政厅、人行郑州中心支行和省人社厅', ['省财政厅', '人行郑州中心支行', '省人社厅']],
    ['区住房和城乡建设局', ['区住房和城乡建设局']],
    ['区发改局、国家税务总局源汇区税务局、财政局', ['区发改局', '国家税务总局源汇区税务局', '区财政局']],
    ['市自然资源和规划局源汇分局', ['市自然资源和规划局源汇分局']],
    ['区发改局、立山经济开发区，全区经济运行各专班', ['区发改局', '立山经济开发区', '全区经济运行各专班']],
    ['各乡镇、街道、区直各部门', ['各乡镇、街道', '区直各部门']],
    ['省发展改革委按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同。', ['省发展改革委']],
  ])('%s', (text, names) => expect(readUnitList(text, ctx)).toEqual(names));
  it('carries only a prefix the document writes on an organ’s name', () => {
    expect(readUnitList('省商务厅、财政厅', { prefixes: new Set() })).toEqual(['省商务厅', '财政厅']);
    expect(readUnitList('区城发投、财政局', { prefixes: new Set(['省']) })).toEqual(['区城发投', '财政局']);
    expect([...documentPrefixes('省商务厅牵头，省财政厅、区发改局、市场监管局、区城发投配合')]).toEqual(['省', '区']);
  });
});

describe('findResponsibility', () => {
  it.each([
    ['文本。（牵头责任单位：区A局；配合责任单位：区B局、区C局）', ['区A局'], ['区B局', '区C局'], true],
    ['文本。(牵头单位:区A局;配合单位:区B局,区C局)', ['区A局'], ['区B局', '区C局'], true],
    ['文本。（牵头责任单位：区A局，配合单位：区B局）', ['区A局'], ['区B局'], true],
    ['文本。（责任单位：区A局、区D局）', ['区A局', '区D局'], [], true],
    ['文本。（牵头责任单位：区A局；配合责任单位：各乡镇、街道、区B局)。', ['区A局'], ['各乡镇、街道', '区B局'], true],
    ['文本。（牵头责任单位：区A局；配合责任单位：区B', ['区A局'], ['区B'], false],
    ['文本。牵头单位：区A局', ['区A局'], [], true],
    ['文本。（区A局牵头，区B局、区C局配合）', ['区A局'], ['区B局', '区C局'], true],
    ['文本。(区A局牵头,区B局等相关部门按职责分工负责)', ['区A局'], ['区B局'], true],
    ['文本。（区A局、区B局按职责分工负责）', ['区A局', '区B局'], [], true],
    ['文本。（牵头责任单位：区A局；配合责任单位：区B局）', ['区A局'], ['区B局'], true],
    ['文本。〔责任单位：区A局、区B局按职责分工负责。下同。〕', ['区A局', '区B局'], [], true],
    ['文本。\n牵头单位：区A局\n责任单位：区B局，各街道', ['区A局'], ['区B局', '各街道'], true],
    ['文本。（区A局牵头，区B', ['区A局'], ['区B'], false],
  ])('%s', (text, lead, coop, closed) => {
    expect(findResponsibility(text)).toMatchObject({ lead, coop, closed });
  });
  it('is absent when no clause exists, and starts at the bracket', () => {
    expect(findResponsibility('只有正文。')).toBeUndefined();
    expect(findResponsibility('推进项目（外资）建设。')).toBeUndefined();
    expect(findResponsibility('正文。（牵头单位：区A局）')?.start).toBe(3);
  });
});

describe('extractTargets', () => {
  it('reads percentages, measure words, 元 amounts and month deadlines', () => {
    const t = extractTargets(
      '增长６．２％左右，压缩至14个工作日，新增8000张床位、4000户，奖励5000元，6亩，5月底前完成，9月前投用，6月30日前验收，年底前建成',
    );
    expect(t.map((x) => [x.value, x.unit])).toEqual([
      [6.2, '%'],
      [14, '个工作日'],
      [8000, '张'],
      [4000, '户'],
      [5000, '元'],
      [6, '亩'],
      [5, '月底前'],
      [9, '月前'],
      [6, '月30日前'],
    ]);
    expect(t[0].text).toBe('增长６．２％左右');
  });
  it('finds amounts, areas and counts, not years, months or minutes', () => {
    const t = extractTargets('力争2023年3月份前完成15万平方米厂房、5个产业园，推进15 分钟便民服务圈，投资1.5亿元。');
    expect(t.map((x) => [x.value, x.unit])).toEqual([
      [15, '万平方米'],
      [5, '个'],
      [1.5, '亿元'],
    ]);
    expect(t[0].text).toBe('力争2023年3月份前完成15万平方米厂房、5个产业园');
  });
  it('reads 亿级 libraries as 亿元 and recurring events as 次/period', () => {
    expect(extractTargets('建立 100 亿级项目库')).toEqual([{ value: 100, unit: '亿元', text: '建立 100 亿级项目库' }]);
    expect(extractTargets('每月召开两次调度会')).toEqual([{ value: 2, unit: '次/月', text: '每月召开两次调度会' }]);
  });
  it('skips thresholds that describe who qualifies (…万元以上的企业), keeps goals (…亿元以上。)', () => {
    expect(extractTargets('凡纳入规上企业名单或年纳税 200 万元以上的企业均授牌')).toEqual([]);
    expect(extractTargets('总投资5000万元以下的项目由乡镇审核')).toEqual([]);
    expect(extractTargets('力争 2023 年全年完成投资 270 亿元以上。').map((x) => [x.value, x.unit])).toEqual([
      [270, '亿元'],
    ]);
    expect(extractTargets('围绕33个亿元以上重大建设项目').map((x) => [x.value, x.unit])).toEqual([[33, '个']]);
  });
});
