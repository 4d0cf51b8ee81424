import { defaultPack, parsePolicyText } from '../../src/core/policy';

/**
 * A made-up "next year" document in the same style: plain text (no Markdown), half-width punctuation,
 * 牵头单位 / 责任单位 / 配合单位, half-width brackets in the number, a Chinese-numeral date, a measure that lost
 * its number, a page break inside a unit name, a measure with no cooperating unit, a closing remark.
 */
const NEXT_YEAR = `漯河市源汇区人民政府办公室文件
源政办[2024]3号
源汇区人民政府办公室关于印发源汇区2024年扩大有效投资若干措施的通知
各乡镇人民政府、街道办事处，区人民政府各部门：
现将《源汇区2024年扩大有效投资若干措施》印发给你们，请认真贯彻执行。
二〇二四年一月十五日
源汇区2024年扩大 有效投资若干措施
为巩固经济回升向好态势，制定本措施。
一、抓好项目建设
(一)重大项目
1.围绕2024年计划实施的40个亿元以上项目，力争全年完成投资300亿元以上。(牵头单位:区发展和改革委员会;配合单位:区财政局,区工信局,各乡镇、街道)
２．推进医疗器械城二期建设，年底前20万平方米标准厂房主体完工。(责任单位:沙澧高新区、空冢郭镇;配合单位:区住房和城乡建设局)
(二)要素保障
3. 强化用地保障，每季度开展一次
项目用地调度。(牵头责任单位:市自然资源和规划局源汇分局,配合责任单位:区发改委、区教育
局)
二、拓宽融资渠道
积极争取专项债券，建立120亿级项目库。(牵头单位:区财政局、区发改委;配合单位:区金融服务中心、各乡镇办园区)
5.统筹预算资金500万元用于项目前期。(牵头单位:区财政局)
三、稳住房地产
6.推动化解3个问题楼盘。（牵头单位：区住建局；配合单位：区法院、区直各部门）
本措施自印发之日起施行。
`;

describe('parsePolicyText on a next-year document in the same style', () => {
  const parsed = parsePolicyText(NEXT_YEAR);

  it('reads the document facts despite half-width brackets and a Chinese-numeral date', () => {
    expect(parsed.document).toEqual({
      title: '源汇区2024年扩大有效投资若干措施',
      number: '源政办〔2024〕3号',
      date: '2024-01-15',
      issuer: '漯河市源汇区人民政府办公室',
    });
  });

  it('finds measures 1-6 (4 lost its number), and not the closing remark', () => {
    expect(parsed.measures.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(parsed.measures.map((m) => m.section)).toEqual([
      '一、抓好项目建设',
      '一、抓好项目建设',
      '一、抓好项目建设',
      '二、拓宽融资渠道',
      '二、拓宽融资渠道',
      '三、稳住房地产',
    ]);
    expect(parsed.measures.map((m) => m.subsection)).toEqual([
      '（一）重大项目',
      '（一）重大项目',
      '（二）要素保障',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads lead and cooperating units with every marker and separator style', () => {
    const units = parsed.measures.map((m) => [m.lead, m.coop]);
    expect(units).toEqual([
      [['区发展和改革委员会'], ['区财政局', '区工信局', '各乡镇、街道']],
      [['沙澧高新区', '空冢郭镇'], ['区住房和城乡建设局']],
      [['市自然资源和规划局源汇分局'], ['区发改委', '区教育局']],
      [
        ['区财政局', '区发改委'],
        ['区金融服务中心', '各乡镇办园区'],
      ],
      [['区财政局'], []],
      [['区住建局'], ['区法院', '区直各部门']],
    ]);
  });

  it('joins a measure across the page break and reads its targets', () => {
    const m3 = parsed.measures[2];
    expect(m3.text).toBe('强化用地保障，每季度开展一次项目用地调度。');
    expect(m3.targets).toEqual([{ value: 1, unit: '次/季度', text: '每季度开展一次项目用地调度' }]);
    expect(parsed.measures[0].targets.map((t) => [t.value, t.unit])).toEqual([
      [40, '个'],
      [300, '亿元'],
    ]);
    expect(parsed.measures[1].targets.map((t) => [t.value, t.unit])).toEqual([[20, '万平方米']]);
    expect(parsed.measures[3].targets.map((t) => [t.value, t.unit])).toEqual([[120, '亿元']]);
    expect(parsed.measures[4].targets.map((t) => [t.value, t.unit])).toEqual([[500, '万元']]);
    expect(parsed.measures[5].targets.map((t) => [t.value, t.unit])).toEqual([[3, '个']]);
  });

  it('with the 2023 directory, aliases become canonical and new units stay as written', () => {
    const p = parsePolicyText(NEXT_YEAR, { units: defaultPack().units });
    expect(p.measures[0].lead).toEqual(['区发展改革委']);
    expect(p.measures[1].lead).toEqual(['沙澧高新技术产业开发区', '空冢郭镇']);
    expect(p.measures[1].coop).toEqual(['区住建局']);
    expect(p.measures[2].coop).toEqual(['区发展改革委', '区教育局']);
    expect(p.units.find((u) => u.name === '区教育局')).toEqual({ name: '区教育局', kind: 'bureau', aliases: [] });
    expect(p.units.filter((u) => u.name === '区发展改革委')).toHaveLength(1);
  });
});
