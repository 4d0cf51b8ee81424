import { chineseNumber } from '../../src/core/policy/text/chineseNumerals';
import { classifyParagraph } from '../../src/core/policy/text/headings';
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

describe('classifyParagraph', () => {
  it('tells headings, measures and text apart', () => {
    expect(classifyParagraph('一、加大项目推进力度')).toEqual({ kind: 'section', title: '一、加大项目推进力度' });
    expect(classifyParagraph('(二)实施投资促进计划。')).toEqual({ kind: 'subsection', title: '（二）实施投资促进计划' });
    expect(classifyParagraph('12. 积极争取')).toEqual({ kind: 'measure', number: 12, rest: '积极争取' });
    expect(classifyParagraph('１２、积极争取')).toEqual({ kind: 'measure', number: 12, rest: '积极争取' });
    expect(classifyParagraph('2023年2月8日')).toEqual({ kind: 'text' });
    expect(classifyParagraph('15 分钟便民服务圈')).toEqual({ kind: 'text' });
    // A long sentence that happens to start with 一、 is not a heading.
    expect(classifyParagraph('一、' + '很长的句子'.repeat(10)).kind).toBe('text');
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
  ])('%s', (text, lead, coop, closed) => {
    expect(findResponsibility(text)).toMatchObject({ lead, coop, closed });
  });
  it('is absent when no clause exists, and starts at the bracket', () => {
    expect(findResponsibility('只有正文。')).toBeUndefined();
    expect(findResponsibility('正文。（牵头单位：区A局）')?.start).toBe(3);
  });
});

describe('extractTargets', () => {
  it('finds amounts, areas and counts, not years, months or minutes', () => {
    const t = extractTargets('力争2023年3月份前完成15万平方米厂房、5个产业园，推进15 分钟便民服务圈，投资1.5亿元。');
    expect(t.map((x) => [x.value, x.unit])).toEqual([[15, '万平方米'], [5, '个'], [1.5, '亿元']]);
    expect(t[0].text).toBe('力争2023年3月份前完成15万平方米厂房、5个产业园');
  });
  it('reads 亿级 libraries as 亿元 and recurring events as 次/period', () => {
    expect(extractTargets('建立 100 亿级项目库')).toEqual([{ value: 100, unit: '亿元', text: '建立 100 亿级项目库' }]);
    expect(extractTargets('每月召开两次调度会')).toEqual([{ value: 2, unit: '次/月', text: '每月召开两次调度会' }]);
  });
  it('skips thresholds that describe who qualifies (…万元以上的企业), keeps goals (…亿元以上。)', () => {
    expect(extractTargets('凡纳入规上企业名单或年纳税 200 万元以上的企业均授牌')).toEqual([]);
    expect(extractTargets('总投资5000万元以下的项目由乡镇审核')).toEqual([]);
    expect(extractTargets('力争 2023 年全年完成投资 270 亿元以上。').map((x) => [x.value, x.unit])).toEqual([[270, '亿元']]);
    expect(extractTargets('围绕33个亿元以上重大建设项目').map((x) => [x.value, x.unit])).toEqual([[33, '个']]);
  });
});
