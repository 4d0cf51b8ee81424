/**
 * Small ledgers written the way units send them: a title, a unit note, a two-row header, sections with 小计,
 * a 合计 row, multi-unit lead cells, aliases, an amount stored as text, a 亿元 sheet and a project that two
 * units both report. Each project is also kept as a plain object (amounts in 万元) so tests can work out the
 * expected figures on their own, without the engine.
 */
import type { CellValue, Grid } from '../../src/core/grid';
import { gridFromRows } from '../../src/core/grid';

export interface Project {
  name: string;
  owner: string;
  location: string;
  domain: string;
  stage: string;
  total: number; // 万元
  planned: number;
  completed: number;
  lead: string;
  measure: number;
  /** Write 完成投资 as text ("1,234.5") instead of a number. */
  completedAsText?: boolean;
}

export const DISTRICT_A: Project[] = [
  {
    name: '医疗器械城标准化厂房',
    owner: '区城发投',
    location: '沙澧高新技术产业开发区',
    domain: '工业',
    stage: '开工一批',
    total: 52000,
    planned: 20000,
    completed: 15000,
    lead: '区工信局',
    measure: 2,
  },
  {
    name: '智能制造谷一期',
    owner: '某公司',
    location: '源汇新区',
    domain: '工业',
    stage: '投产一批',
    total: 30000,
    planned: 12000,
    completed: 11800.5,
    lead: '区工信局、区发展改革委',
    measure: 3,
  },
  {
    name: '食品产业园',
    owner: '某食品公司',
    location: '空冢郭镇',
    domain: '工业',
    stage: '签约一批',
    total: 8000,
    planned: 3000,
    completed: 500,
    lead: '区发改委',
    measure: 7,
  },
  {
    name: '老街改造',
    owner: '区住建局',
    location: '老街街道',
    domain: '城镇基础设施',
    stage: '开工一批',
    total: 15000,
    planned: 6000,
    completed: 4500.25,
    lead: '区住建局',
    measure: 6,
  },
  {
    name: '沙澧河生态修复',
    owner: '区水利局',
    location: '马路街街道',
    domain: '生态环保',
    stage: '开工一批',
    total: 9000,
    planned: 4000,
    completed: 3900,
    lead: '区水利局、市生态环境局源汇分局',
    measure: 6,
  },
];

export const DISTRICT_A_SERVICES: Project[] = [
  {
    name: '特色商业街区提升',
    owner: '特色商业区',
    location: '特色商业区',
    domain: '服务业',
    stage: '开工一批',
    total: 12000,
    planned: 5000,
    completed: 2600,
    lead: '区商务局',
    measure: 6,
  },
  {
    name: '社区养老中心',
    owner: '区民政局',
    location: '顺河街街道',
    domain: '社会事业',
    stage: '',
    total: 2000,
    planned: 800,
    completed: 800,
    lead: '',
    measure: 6,
  },
];

/** Written in 亿元; its first project is also in DISTRICT_A (typed with a space and half-width brackets). */
export const DISTRICT_B: Project[] = [
  {
    name: '智能制造谷 一期',
    owner: '某公司',
    location: '源汇新区',
    domain: '工业',
    stage: '投产一批',
    total: 30000,
    planned: 12000,
    completed: 11800.5,
    lead: '区工信局',
    measure: 3,
  },
  {
    name: '问十乡光伏电站',
    owner: '某能源公司',
    location: '问十乡',
    domain: '能源',
    stage: '开工一批',
    total: 26000,
    planned: 10000,
    completed: 7000,
    lead: '区发展改革委',
    measure: 6,
  },
  {
    name: '5G基站建设',
    owner: '某通信公司',
    location: '干河陈街道',
    domain: '新基建',
    stage: '投产一批',
    total: 3500,
    planned: 3500,
    completed: 1200,
    lead: '区工信局',
    measure: 6,
    completedAsText: true,
  },
];

const HEADER_TOP: CellValue[] = [
  '序号',
  '项目名称',
  '建设单位',
  '建设地点',
  '所属领域',
  '三个一批类别',
  '投资情况',
  null,
  null,
  '牵头责任单位',
  '对应措施',
];

function headerBottom(unit: '万元' | '亿元'): CellValue[] {
  return [
    null,
    null,
    null,
    null,
    null,
    null,
    `总投资（${unit}）`,
    `2023年计划投资（${unit}）`,
    `1-10月完成投资（${unit}）`,
    null,
    null,
  ];
}

function projectRow(seq: number, p: Project, unit: '万元' | '亿元'): CellValue[] {
  const k = unit === '亿元' ? 1e-4 : 1;
  const completed: CellValue = p.completedAsText ? (p.completed * k).toLocaleString('en-US') : p.completed * k;
  return [
    seq,
    p.name,
    p.owner,
    p.location,
    p.domain || null,
    p.stage || null,
    p.total * k,
    p.planned * k,
    completed,
    p.lead || null,
    p.measure,
  ];
}

const sum = (ps: Project[], f: 'total' | 'planned' | 'completed', k: number) => ps.reduce((s, p) => s + p[f] * k, 0);

/** A project ledger sheet: sections with 小计 rows when `sections` has more than one entry, and a 合计 row. */
export function projectGrid(
  name: string,
  sections: { title: string; projects: Project[] }[],
  unit: '万元' | '亿元' = '万元',
): Grid {
  const k = unit === '亿元' ? 1e-4 : 1;
  const rows: CellValue[][] = [
    ['2023年源汇区重点项目台账'],
    [`单位：${unit}`, null, null, null, null, null, null, null, '截止时间：2023年10月31日'],
    HEADER_TOP,
    headerBottom(unit),
  ];
  const all = sections.flatMap((s) => s.projects);
  rows.push([
    '合计',
    null,
    null,
    null,
    null,
    null,
    sum(all, 'total', k),
    sum(all, 'planned', k),
    sum(all, 'completed', k),
    null,
    null,
  ]);
  let seq = 1;
  for (const s of sections) {
    if (sections.length > 1) rows.push([s.title]);
    for (const p of s.projects) rows.push(projectRow(seq++, p, unit));
    if (sections.length > 1)
      rows.push([
        '小计',
        null,
        null,
        null,
        null,
        null,
        sum(s.projects, 'total', k),
        sum(s.projects, 'planned', k),
        sum(s.projects, 'completed', k),
        null,
        null,
      ]);
  }
  return gridFromRows(name, rows, {
    merges: [
      { top: 2, left: 6, bottom: 2, right: 8 },
      ...[0, 1, 2, 3, 4, 5, 9, 10].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
    ],
  });
}

export interface Reserve {
  name: string;
  domain: string;
  total: number; // 万元
  channel: string;
  lead: string;
}

export const RESERVES: Reserve[] = [
  { name: '城市更新一期', domain: '城镇基础设施', total: 150000, channel: '专项债券', lead: '区住建局' },
  { name: '污水管网改造', domain: '生态环保', total: 45000, channel: '中央预算内投资', lead: '区发展改革委' },
  { name: '高端装备产业园', domain: '工业', total: 80000, channel: '制造业中长期贷款', lead: '区工信局' },
  { name: '设备更新贴息项目', domain: '工业', total: 6000, channel: '设备购置与更新改造贴息', lead: '区工信局' },
  {
    name: '老旧小区改造',
    domain: '城镇基础设施',
    total: 30000,
    channel: '专项债券、政策性开发性金融工具',
    lead: '区住建局',
  },
];

export function reserveGrid(name: string, list: Reserve[]): Grid {
  const rows: CellValue[][] = [
    ['2023年源汇区储备项目库'],
    ['序号', '项目名称', '所属领域', '总投资（万元）', '资金渠道', '前期工作进展', '牵头责任单位'],
    ...list.map((r, i) => [i + 1, r.name, r.domain, r.total, r.channel, '可研已批复', r.lead]),
  ];
  return gridFromRows(name, rows);
}

export function measureGrid(name: string): Grid {
  return gridFromRows(name, [
    ['源政办〔2023〕5号措施落实台账'],
    ['措施编号', '政策措施', '牵头责任单位', '配合责任单位', '完成时限', '进展情况', '完成状态'],
    [1, '实施33个亿元以上重大建设项目', '区发展改革委', '各乡镇、街道', '2023年12月', '已开工28个', '推进中'],
    [2, '医疗器械城标准化厂房15万平方米', '沙澧高新技术产业开发区', '区城发投', '2023年12月', '完成主体', '推进中'],
    [13, '统筹预算资金300万元', '区财政局', '区发展改革委', '2023年6月', '已拨付', '已完成'],
    [10, '每季度开展项目观摩', '区发展改革委', '各乡镇、街道', '每季度', '', '未启动'],
    [19, '落实房地产政策23条', '区住建局', '', '2023年12月', '', ''],
  ]);
}
