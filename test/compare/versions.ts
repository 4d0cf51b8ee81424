/**
 * Weekly versions of one project ledger, generated from plain project objects (amounts in 万元) so the tests know
 * the truth without the engine: reorders, inserted and deleted rows, a rename, a fallen cumulative figure, a
 * changed plan, a 亿元 week and a stalled project.
 */
import { gridFromRows, type CellValue, type Grid } from '../../src/core/grid';

export interface P {
  name: string;
  owner: string;
  location: string;
  domain: string;
  total: number;
  planned: number;
  completed: number | null;
  lead: string;
}

export const WEEK1: P[] = [
  {
    name: '医疗器械城标准化厂房',
    owner: '区城发投',
    location: '沙澧高新技术产业开发区',
    domain: '工业',
    total: 52000,
    planned: 20000,
    completed: 15000,
    lead: '区工信局',
  },
  {
    name: '智能制造谷一期',
    owner: '漯河智造公司',
    location: '源汇新区',
    domain: '工业',
    total: 30000,
    planned: 12000,
    completed: 8000,
    lead: '区工信局',
  },
  {
    name: '老街改造',
    owner: '区住建局',
    location: '老街街道',
    domain: '城镇基础设施',
    total: 15000,
    planned: 6000,
    completed: 4500,
    lead: '区住建局',
  },
  {
    name: '沙澧河生态修复',
    owner: '区水利局',
    location: '马路街街道',
    domain: '生态环保',
    total: 9000,
    planned: 4000,
    completed: 3900,
    lead: '区水利局',
  },
  {
    name: '社区养老中心',
    owner: '区民政局',
    location: '顺河街街道',
    domain: '社会事业',
    total: 2000,
    planned: 800,
    completed: 300,
    lead: '区民政局',
  },
  {
    name: '冷链物流园',
    owner: '源汇物流公司',
    location: '空冢郭镇',
    domain: '服务业',
    total: 18000,
    planned: 7000,
    completed: 2000,
    lead: '区商务局',
  },
];

/** Week 2: reordered; 冷链物流园 renamed; 社区养老中心 deleted; 城乡供水 added; 老街改造 fell; 沙澧河 plan changed. */
export const WEEK2: P[] = [
  { ...WEEK1[3], planned: 4500, completed: 3900 }, // plan changed, no progress
  { ...WEEK1[1], completed: 9500 }, // +1500
  { ...WEEK1[0], completed: 17000 }, // +2000
  { ...WEEK1[2], completed: 4000 }, // fell by 500
  { ...WEEK1[5], name: '源汇区冷链物流园（一期）', completed: 2600 }, // renamed, +600
  {
    name: '城乡供水一体化',
    owner: '区水利局',
    location: '问十乡',
    domain: '农林水利',
    total: 6000,
    planned: 3000,
    completed: 1200,
    lead: '区水利局',
  },
];

/** Week 3: 沙澧河 still 3900 (stalled two periods); 智能制造谷 jumps past its plan left. */
export const WEEK3: P[] = [
  { ...WEEK2[0] },
  { ...WEEK2[1], completed: 13000 }, // +3500 > 12000 − 9500 = 2500 left
  { ...WEEK2[2], completed: 17500 },
  { ...WEEK2[3], completed: 4600 },
  { ...WEEK2[4], completed: 3000 },
  { ...WEEK2[5], completed: null }, // blank this week
];

const HEADER_WAN = [
  '序号',
  '项目名称',
  '建设单位',
  '建设地点',
  '所属领域',
  '总投资（万元）',
  '年度计划投资（万元）',
  '累计完成投资（万元）',
  '牵头责任单位',
];

/** A ledger sheet: title, header, one row per project; `yi` writes the amounts in 亿元 with 亿元 headers. */
export function ledgerGrid(name: string, projects: P[], yi = false): Grid {
  const f = yi ? 1 / 10_000 : 1;
  const header = yi ? HEADER_WAN.map((h) => h.replace('万元', '亿元')) : HEADER_WAN;
  const rows: CellValue[][] = [['2023年源汇区重点项目台账'], header];
  projects.forEach((p, i) =>
    rows.push([
      i + 1,
      p.name,
      p.owner,
      p.location,
      p.domain,
      p.total * f,
      p.planned * f,
      p.completed === null ? null : p.completed * f,
      p.lead,
    ]),
  );
  return gridFromRows(name, rows);
}
