/** Row makers for the corpus: clean projects, reserve entries and tasks whose every cell passes the rules. */
import type { FieldId } from '../../src/core/schema/types';
import type { CorpusCell, PlantedCell, RowSpec } from './spec';

const DOMAINS = ['工业', '服务业', '城镇基础设施', '社会事业', '交通', '能源', '生态环保', '农林水利', '新基建'];
const PLACES = ['空冢郭镇', '大刘镇', '阴阳赵镇', '问十乡', '老街街道', '马路街街道', '顺河街街道', '干河陈街道'];
const LEADS = ['区发展改革委', '区工信局', '区住建局', '区商务局', '区交通局', '区文化旅游局'];
const STAGES = ['开工一批', '签约一批', '投产一批'];
const WORDS = [
  '智能装备',
  '食品产业',
  '冷链物流',
  '污水处理',
  '道路改造',
  '光伏发电',
  '学校扩建',
  '高标准农田',
  '数据中心',
  '医疗器械',
];

type Cells = Partial<Record<FieldId, CorpusCell>>;
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Figures in 万元, multiples of 100 so that they are exact in 亿元 too; completed ≤ planned ≤ total. */
export function figures(i: number): { total: number; planned: number; completed: number } {
  const total = 8000 + ((i * 3700) % 52000);
  const planned = Math.round((total * (0.3 + (i % 4) * 0.1)) / 100) * 100;
  const completed = Math.round((planned * (0.5 + (i % 5) * 0.1)) / 100) * 100;
  return { total, planned, completed };
}

export interface RowOptions {
  cells?: Cells;
  wan?: { total: number; planned: number; completed: number };
  issues?: PlantedCell[];
  hidden?: boolean;
}

/** A clean project row of prefix's ledger, number i (1-based). */
export function project(prefix: string, i: number, o: RowOptions = {}): RowSpec {
  const cells: Cells = {
    seq: i,
    name: `${prefix}${WORDS[i % WORDS.length]}项目（${i}期）`,
    owner: `漯河市${WORDS[(i + 3) % WORDS.length]}有限公司`,
    location: PLACES[i % PLACES.length],
    nature: i % 2 ? '新建' : '续建',
    content: `建设${WORDS[i % WORDS.length]}厂房及配套设施`,
    domain: DOMAINS[i % DOMAINS.length],
    stage: STAGES[i % STAGES.length],
    start: day(2023, 1 + (i % 6), 10),
    end: day(2025, 1 + (i % 12), 28),
    progress: '主体施工',
    problems: '无',
    lead: LEADS[i % LEADS.length],
    coop: '区财政局',
    leader: '王某某',
    remark: '',
    ...o.cells,
  };
  return { type: 'data', cells, wan: o.wan ?? figures(i), issues: o.issues, hidden: o.hidden };
}

const CHANNELS = ['中央预算内投资', '专项债券', '政策性开发性金融工具', '制造业中长期贷款', '设备购置与更新改造贴息'];

export function reserve(prefix: string, i: number, o: RowOptions = {}): RowSpec {
  const total = 5000 + ((i * 4100) % 60000);
  const cells: Cells = {
    seq: i,
    name: `${prefix}${WORDS[i % WORDS.length]}储备项目${i}`,
    domain: DOMAINS[(i + 2) % DOMAINS.length],
    location: PLACES[(i + 1) % PLACES.length],
    channel: CHANNELS[i % CHANNELS.length],
    progress: '可研编制中',
    lead: LEADS[(i + 1) % LEADS.length],
    coop: '区财政局',
    start: day(2023, 2 + (i % 8), 1),
    ...o.cells,
  };
  return { type: 'data', cells, wan: o.wan ?? { total, planned: 0, completed: 0 }, issues: o.issues, hidden: o.hidden };
}

/** Measures whose units the policy names (源政办〔2023〕5号), so that a task row agrees with the policy. */
const MEASURES: { n: number; lead: string; coop: string; text: string }[] = [
  { n: 5, lead: '区文化旅游局', coop: '特色商业区、沙澧高新技术产业开发区', text: '文旅融合片区建设' },
  { n: 10, lead: '区发展改革委', coop: '区商务局、区工信局、区审计局、区统计局', text: '开展项目观摩活动' },
  { n: 13, lead: '区财政局', coop: '', text: '加强项目前期经费保障' },
  { n: 22, lead: '区法院', coop: '区住建局', text: '引导法院强化善意文明执行理念' },
];
const STATUSES = ['已完成', '推进中', '未启动'];

export function task(i: number, o: RowOptions = {}): RowSpec {
  const m = MEASURES[i % MEASURES.length];
  const cells: Cells = {
    seq: i,
    measure: m.n,
    name: `${m.text}（第${i}项任务）`,
    lead: m.lead,
    coop: m.coop || null,
    deadline: '2023年12月底',
    progress: '按计划推进',
    status: STATUSES[i % STATUSES.length],
    ...o.cells,
  };
  return { type: 'data', cells, wan: { total: 0, planned: 0, completed: 0 }, issues: o.issues, hidden: o.hidden };
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}
