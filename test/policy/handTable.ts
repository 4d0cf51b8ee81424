/**
 * Measures of 源政办〔2023〕5号 written out by hand from reading /work/shared/policy/yuanhui-2023-5.md — NOT
 * produced by the parser. Names exactly as the document writes them (沙澧高新技术开发区 in some measures,
 * 空冢郭镇政府, 区特色商业区建管委 ...).
 */
export interface HandMeasure {
  number: number;
  section: string;
  subsection?: string;
  lead: string[];
  coop: string[];
}

const S1 = '一、加大项目推进力度';
const S1a = '（一）加快推动重大项目建设';
const S1b = '（二）实施投资促进计划';
const S2 = '二、拓宽项目建设融资渠道';
const S3 = '三、全力稳住房地产投资';
const GAO = '沙澧高新技术开发区';
const GAO_FULL = '沙澧高新技术产业开发区';
const ZIRAN = '市自然资源和规划局源汇分局';
const SHENGTAI = '市生态环境局源汇分局';
const FOUR_TOWNS = ['各乡镇、街道', GAO, '源汇新区', '特色商业区'];
const STREETS_PARKS = ['各街道', GAO, '源汇新区', '特色商业区'];
const HOUSING_COOP = ['区人社局', '区商务局', '区税务局', '区金融服务中心'];

export const HAND_TABLE: HandMeasure[] = [
  { number: 1, section: S1, subsection: S1a, lead: ['区工信局'], coop: FOUR_TOWNS },
  { number: 2, section: S1, subsection: S1a, lead: [GAO_FULL, '空冢郭镇政府'], coop: ['区工信局', '区住建局'] },
  {
    number: 3,
    section: S1,
    subsection: S1a,
    lead: [GAO_FULL],
    coop: ['区发展改革委', '区工信局', '区商务局', '区住建局', ZIRAN, '区城发投'],
  },
  {
    number: 4,
    section: S1,
    subsection: S1a,
    lead: ['区生态循环经济产业园建设指挥部'],
    coop: ['区发展改革委', '区住建局', ZIRAN, '区城发投'],
  },
  { number: 5, section: S1, subsection: S1a, lead: ['区文化旅游局'], coop: ['区特色商业区建管委', GAO_FULL] },
  { number: 6, section: S1, subsection: S1b, lead: ['区发展改革委'], coop: FOUR_TOWNS },
  { number: 7, section: S1, subsection: S1b, lead: ['区发展改革委'], coop: ['区工信局', '区商务局', ...FOUR_TOWNS] },
  { number: 8, section: S1, subsection: S1b, lead: [ZIRAN, '区发展改革委'], coop: ['区工信局', '各乡镇办园区'] },
  {
    number: 9,
    section: S1,
    subsection: S1b,
    lead: ['区发展改革委'],
    coop: ['区工信局', '区商务局', '区交通局', '区住建局', '区农业农村局', '区水利局', SHENGTAI, '各乡镇办园区'],
  },
  {
    number: 10,
    section: S1,
    subsection: S1b,
    lead: ['区发展改革委'],
    coop: ['区商务局', '区工信局', '区审计局', '区统计局'],
  },
  {
    number: 11,
    section: S1,
    subsection: S1b,
    lead: ['区万人助万企办公室'],
    coop: ['区发展改革委', '区工信局', '各乡镇办园区'],
  },
  {
    number: 12,
    section: S2,
    lead: ['区发展改革委', '区财政局'],
    coop: [
      '区工信局',
      '区商务局',
      '区交通局',
      '区住建局',
      '区农业农村局',
      '区水利局',
      '区金融服务中心',
      SHENGTAI,
      '各乡镇办园区',
    ],
  },
  { number: 13, section: S2, lead: ['区财政局'], coop: [] },
  { number: 14, section: S2, lead: ['区城发投', '区金融服务中心'], coop: [] },
  { number: 15, section: S3, lead: ['区财政局'], coop: ['区住建局', '区税务局', '区金融服务中心'] },
  { number: 16, section: S3, lead: ['区财政局', '区金融服务中心'], coop: ['区住建局'] },
  { number: 17, section: S3, lead: ['区金融服务中心'], coop: ['区财政局', '区住建局'] },
  { number: 18, section: S3, lead: ['区财政局'], coop: ['区住建局', '区工信局'] },
  { number: 19, section: S3, lead: ['区住建局'], coop: [...HOUSING_COOP, '区城发投'] },
  { number: 20, section: S3, lead: ['区住建局'], coop: HOUSING_COOP },
  { number: 21, section: S3, lead: ['区住建局'], coop: HOUSING_COOP },
  { number: 22, section: S3, lead: ['区法院'], coop: ['区住建局'] },
  { number: 23, section: S3, lead: ['区财政局', '区住建局'], coop: ['区人社局', '区税务局', ZIRAN] },
  { number: 24, section: S3, lead: ['区住建局', '区财政局'], coop: [ZIRAN, '区人社局', '区金融服务中心'] },
  { number: 25, section: S3, lead: [ZIRAN, '区住建局'], coop: STREETS_PARKS },
  { number: 26, section: S3, lead: ['区住建局', ZIRAN], coop: STREETS_PARKS },
];

/** The names the document writes that are not the canonical form, and their canonical unit (by hand). */
export const DOCUMENT_ALIASES: Record<string, string> = {
  沙澧高新技术开发区: '沙澧高新技术产业开发区',
  空冢郭镇政府: '空冢郭镇',
  区特色商业区建管委: '特色商业区',
};

/** Targets by measure, read by hand: value + unit. */
export const HAND_TARGETS: Record<number, [number, string][]> = {
  1: [[33, '个']],
  2: [[15, '万平方米']],
  3: [
    [5, '个'],
    [10, '万平方米'],
  ],
  6: [
    [120, '个'],
    [270, '亿元'],
  ],
  7: [[100, '亿元']],
  9: [[50, '个']],
  10: [[1, '次/季度']],
  // 11: "年纳税 200 万元以上的企业" says which firms qualify; it is not a goal of the measure.
  12: [
    [10, '亿元'],
    [100, '亿元'],
  ],
  13: [[300, '万元']],
  19: [[23, '条']],
  21: [[2, '个']],
};
