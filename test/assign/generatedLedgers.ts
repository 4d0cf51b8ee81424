/**
 * Generated ledgers as units keep them, for the binding / non-binding tests: a 54-row district project ledger, a
 * 12-row township ledger and a 30-row reserve library whose rows cite no measure, each bureau writing itself (or
 * the township) as the lead, some cells left blank. Deterministic (seeded), so a failure names the same row twice.
 * Unit names are all in the directory, so unknown-unit findings never hide in the counts.
 */
import type { CellValue, Grid } from '../../src/core/grid';
import { gridFromRows } from '../../src/core/grid';

/** mulberry32: a tiny seeded generator, so the ledgers are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

/** Who leads a project of each domain in a district's own ledger (the bureau in charge, not the policy's 区发展改革委). */
const DOMAIN_LEADS: Record<string, readonly string[]> = {
  工业: ['区工信局', '区工业和信息化局'],
  服务业: ['区商务局'],
  城镇基础设施: ['区住建局', '区城发投'],
  社会事业: ['区人社局', '区住建局'],
  交通: ['区交通局', '区交通运输局'],
  能源: ['区发改委', '区工信局'],
  生态环保: ['市生态环境局源汇分局'],
  农林水利: ['区农业农村局', '区水利局'],
  新基建: ['区工信局'],
};
const DOMAINS = Object.keys(DOMAIN_LEADS);
const COOPS = ['区财政局', '区自然资源局', '区住建局', '区发展改革委', '区金融服务中心', '区商务局', '区税务局'];
const PLACES = [
  '空冢郭镇',
  '大刘镇',
  '阴阳赵镇',
  '问十乡',
  '老街街道',
  '马路街街道',
  '顺河街街道',
  '干河陈街道',
  '源汇新区',
];
const WORKS: Record<string, readonly string[]> = {
  工业: ['精密铸件生产线', '新能源电池材料', '食品加工扩建', '智能装备零部件'],
  服务业: ['冷链物流园', '商贸综合体', '电商产业园'],
  城镇基础设施: ['老旧小区改造', '雨污分流改造', '城市道路提升'],
  社会事业: ['中学新建', '社区卫生服务中心', '养老服务中心'],
  交通: ['干线公路提升', '农村公路改造', '公交枢纽'],
  能源: ['分布式光伏', '天然气管网', '充电站'],
  生态环保: ['河道综合治理', '污水处理厂提标', '垃圾分类转运'],
  农林水利: ['高标准农田', '灌区节水改造', '农村饮水安全'],
  新基建: ['5G基站', '数据中心', '工业互联网平台'],
};

export interface GeneratedLedger {
  grid: Grid;
  /** 1-based sheet rows of the data. */
  dataRows: number[];
}

function projectRow(rnd: () => number, i: number, lead: string | null): CellValue[] {
  const domain = DOMAINS[i % DOMAINS.length];
  const place = pick(rnd, PLACES);
  const total = 2000 + Math.round(rnd() * 200) * 500;
  const coop = rnd() < 0.5 ? null : rnd() < 0.5 ? pick(rnd, COOPS) : `${pick(rnd, COOPS)}、${place}`;
  const name = `${place}${pick(rnd, WORKS[domain])}项目（${i + 1}）`;
  return [
    i + 1,
    name,
    `${place}某建设单位`,
    place,
    domain,
    '新建',
    total,
    Math.round(total / 3),
    Math.round(total / 5),
    lead,
    coop,
    null,
    null,
  ];
}

const PROJECT_HEAD = [
  '序号',
  '项目名称',
  '建设单位',
  '建设地点',
  '所属领域',
  '建设性质',
  '总投资（万元）',
  '2023年计划投资',
  '1-10月完成投资',
  '牵头责任单位',
  '配合责任单位',
  '对应措施',
  '备注',
];
export const PROJECT_COLS = { name: 1, location: 3, domain: 4, lead: 9, coop: 10, measure: 11 } as const;

/** A district's 54 key projects: title, unit note, header on row 3; about one lead in five blank; no 对应措施 filled. */
export function districtLedger(seed = 54): GeneratedLedger {
  const rnd = seeded(seed);
  const rows: CellValue[][] = [['2023年源汇区重点项目台账'], ['单位：万元'], PROJECT_HEAD];
  for (let i = 0; i < 54; i++) {
    const domain = DOMAINS[i % DOMAINS.length];
    rows.push(projectRow(rnd, i, rnd() < 0.2 ? null : pick(rnd, DOMAIN_LEADS[domain])));
  }
  return { grid: gridFromRows('重点项目台账', rows), dataRows: rows.slice(3).map((_, k) => k + 4) };
}

/** A township's 12 projects: the township leads most of them itself; no 对应措施 column at all. */
export function townshipLedger(town = '问十乡', seed = 12): GeneratedLedger {
  const rnd = seeded(seed);
  const rows: CellValue[][] = [
    [`${town}2023年重点项目推进台账`],
    ['序号', '项目名称', '建设地点', '所属领域', '总投资（万元）', '年度计划投资', '牵头单位', '配合单位', '备注'],
  ];
  for (let i = 0; i < 12; i++) {
    const domain = DOMAINS[(i * 4) % DOMAINS.length];
    const lead = i % 6 === 5 ? null : i % 4 === 3 ? pick(rnd, DOMAIN_LEADS[domain]) : town;
    const coop = i % 3 === 0 ? null : pick(rnd, COOPS);
    const total = 1000 + Math.round(rnd() * 40) * 250;
    rows.push([
      i + 1,
      `${town}${pick(rnd, WORKS[domain])}项目`,
      town,
      domain,
      total,
      Math.round(total / 2),
      lead,
      coop,
      null,
    ]);
  }
  return { grid: gridFromRows(`${town}项目台账`, rows), dataRows: rows.slice(2).map((_, k) => k + 3) };
}

const CHANNELS = [
  '中央预算内投资',
  '专项债券',
  '政策性开发性金融工具',
  '制造业中长期贷款',
  '设备购置与更新改造贴息',
  '企业自筹',
];

/** 30 reserve projects: every row has a channel (most of them the policy's), lead and coop filled by the domain's bureau, a few blank. */
export function reserveLibrary(seed = 30): GeneratedLedger {
  const rnd = seeded(seed);
  const rows: CellValue[][] = [
    ['2023年源汇区储备项目库'],
    [
      '序号',
      '项目名称',
      '所属领域',
      '总投资（万元）',
      '资金渠道',
      '前期工作进展',
      '牵头责任单位',
      '配合责任单位',
      '谋划时间',
    ],
  ];
  for (let i = 0; i < 30; i++) {
    const domain = DOMAINS[(i * 2) % DOMAINS.length];
    const lead = i % 10 === 9 ? null : pick(rnd, DOMAIN_LEADS[domain]);
    const coop = i % 7 === 6 ? null : pick(rnd, COOPS);
    const total = 10000 + Math.round(rnd() * 100) * 1000;
    rows.push([
      i + 1,
      `${pick(rnd, PLACES)}${pick(rnd, WORKS[domain])}储备项目`,
      domain,
      total,
      CHANNELS[i % CHANNELS.length],
      '可研编制中',
      lead,
      coop,
      '2023-03-01',
    ]);
  }
  return { grid: gridFromRows('储备项目库', rows), dataRows: rows.slice(2).map((_, k) => k + 3) };
}

/** Sets one cell of a generated grid (row 1-based, col 0-based), returning the grid for chaining. */
export function setCell(g: GeneratedLedger, row: number, col: number, value: CellValue): GeneratedLedger {
  const r = g.grid.values[row - 1];
  while (r.length <= col) r.push(null);
  r[col] = value;
  return g;
}
