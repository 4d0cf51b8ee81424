/**
 * A second set of texts, written after the parser was built on houseStyles.ts, to check that it reads the
 * styles rather than those seven texts: other wording, a 第一部分 / 一、 / 1. nesting, （1） items with only
 * 责任单位 lines, 和 between whole names, 万 in counts. Invented wording and figures.
 */
import type { HouseStyle } from './houseStyles';

export const CITY_PLAN: HouseStyle = {
  name: '市级工作方案（第一部分 / 一、 / 1.）',
  text: `漯河市2024年优化营商环境工作方案
第一部分 主要任务
一、提升开办企业便利度
1.企业开办时间压缩至1个工作日以内。（牵头单位：市市场监管局；责任单位：各县区政府、市城乡一体化示范区管委会）
2.全年新增经营主体2万户以上。（牵头单位：市市场监管局）
二、优化工程建设审批
3.社会投资简易低风险项目审批不超过15个工作日。(市住房城乡建设局牵头，市自然资源规划局、市行政审批局配合)
第二部分 保障措施
4.建立月调度机制，每月通报一次进展。（市营商办负责）
`,
  items: [
    {
      number: 1,
      section: '第一部分主要任务',
      lead: ['市市场监管局'],
      coop: ['各县区政府', '市城乡一体化示范区管委会'],
      targets: [[1, '个工作日']],
    },
    { number: 2, section: '第一部分主要任务', lead: ['市市场监管局'], coop: [], targets: [[2, '万户']] },
    {
      number: 3,
      section: '第一部分主要任务',
      lead: ['市住房城乡建设局'],
      coop: ['市自然资源规划局', '市行政审批局'],
      targets: [[15, '个工作日']],
    },
    { number: 4, section: '第二部分保障措施', lead: ['市营商办'], coop: [], targets: [[1, '次/月']] },
  ],
};

export const DISTRICT_PRACTICAL_MATTERS: HouseStyle = {
  name: '民生实事分解（（1）编号，只有责任单位行）',
  text: `2024年召陵区重点民生实事分解表
（1）新建城市书房3个。
责任单位：区文广旅局
（2）改造农村公路50公里，9月底前完工。
责任单位：区交通运输局、各乡镇
`,
  items: [
    { number: 1, lead: ['区文广旅局'], coop: [], targets: [[3, '个']] },
    {
      number: 2,
      lead: ['区交通运输局', '各乡镇'],
      coop: [],
      targets: [
        [50, '公里'],
        [9, '月底前'],
      ],
    },
  ],
};

export const PROVINCE_EMPLOYMENT: HouseStyle = {
  name: '省级稳就业措施（和 连接单位，万个）',
  text: `河南省进一步稳就业若干措施
5.扩大高校毕业生就业，开发岗位1.5万个。（省人力资源社会保障厅牵头，省教育厅、财政厅等部门按职责分工负责）
6.发放创业担保贷款100亿元。（省财政厅、人行郑州中心支行和省人力资源社会保障厅按职责分工负责）
`,
  items: [
    { number: 5, lead: ['省人力资源社会保障厅'], coop: ['省教育厅', '省财政厅'], targets: [[1.5, '万个']] },
    { number: 6, lead: ['省财政厅', '人行郑州中心支行', '省人力资源社会保障厅'], coop: [], targets: [[100, '亿元']] },
  ],
};

export const MORE_HOUSE_STYLES: HouseStyle[] = [CITY_PLAN, DISTRICT_PRACTICAL_MATTERS, PROVINCE_EMPLOYMENT];
