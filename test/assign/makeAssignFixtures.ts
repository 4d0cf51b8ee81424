/**
 * Real .xlsx fixtures for assignment, written with ExcelJS: a measure task ledger (the 26 measures reworded,
 * shuffled, numbers sometimes missing, some texts cut short, two unrelated tasks, one row whose number
 * contradicts its text, some cells already filled), a project ledger whose rows trigger each rule, a reserve
 * library, and a project ledger without the 配合责任单位 column. Each row says what the test should expect.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a row should get: a measure's units (by number), or nothing (unmatched), or a conflict on a field. */
export interface Expectation {
  row: number;
  measure?: number;
  unmatched?: boolean;
  /** Fields already filled in the sheet that disagree with the policy: a conflict, never an edit. */
  conflict?: ('lead' | 'coop')[];
  /** Fields already filled in the sheet that agree with the policy (maybe by alias). */
  agrees?: ('lead' | 'coop')[];
}

interface TaskRow {
  measure?: number | string; // the 措施编号 cell as typed
  text: string;
  expect: Omit<Expectation, 'row'>;
  lead?: string;
  coop?: string;
}

/** Reworded as a clerk would, in shuffled order. `expect.measure` is worked out by reading the document. */
const TASKS: TaskRow[] = [
  {
    measure: 9,
    text: '建立重大项目谋划储备机制，力争储备亿元以上项目50个',
    expect: { measure: 9, agrees: ['lead'] },
    lead: '区发改委',
  },
  { text: '统筹300万元预算资金，专门用于项目谋划前期经费', expect: { measure: 13 } },
  {
    text: '医疗器械城：自毁式疫苗注射器及无针注射器扩建、医药分拨中心项目年底前建成投用，奥昌迈得项目标准厂房主体完工',
    expect: { measure: 2 },
  },
  { text: '紧盯已售逾期难交付的问题楼盘，加快国家专项借款项目建设交付', expect: { measure: 20 } },
  {
    measure: '措施6',
    text: '聚焦九大领域，统筹推进约120个重大建设项目，全年完成投资270亿元以上',
    expect: { measure: 6 },
  },
  {
    text: '12. 争取上级政策资金，谋划中央预算内投资、专项债券项目，建立10亿级和100亿级项目库',
    expect: { measure: 12 },
  },
  { text: '建立重点企业挂牌保护制度，凡纳入源汇区规上企业名单', expect: { measure: 11 } }, // cut short
  { measure: 22, text: '引导法院善意文明执行，对保交楼项目慎用查封、扣押、冻结等强制措施', expect: { measure: 22 } },
  { text: '做好汛期安全生产大检查和防汛物资储备', expect: { unmatched: true } }, // not in the policy
  { text: '（十四）发挥国有平台公司融资撬动作用，常态化开展银企对接', expect: { measure: 14 } },
  {
    measure: 1,
    text: '围绕33个亿元以上重大项目，实行指挥部+工作专班机制，落实月调度和台账周报制度',
    expect: { measure: 1 },
  },
  {
    text: '生态循环经济（EOD）产业园：高分子材料生产、国药诺达智慧服务产业园和蓝硕再生资源项目',
    expect: { measure: 4 },
  },
  { text: '加快存量商品房去库存。在存量商品住房供应充足的情况下，原则上棚改', expect: { measure: 24 } }, // cut short
  {
    measure: 10,
    text: '每季度对乡镇办园区开展一次项目观摩评价，结果纳入领导班子绩效考核',
    expect: { measure: 10, conflict: ['lead'] },
    lead: '区统计局',
  },
  { text: '文旅融合片区：东部长申玉商业综合体、西部特色文化旅游示范园区', expect: { measure: 5 } },
  {
    text: '第3条 智能制造谷5个产业园建设，艾宝克联想智能终端、晟帆科技显示面板等项目年底前投产',
    expect: { measure: 3 },
  },
  { text: '将保交楼专项借款配套贷款的投放结果作为财政资金存放的激励因素', expect: { measure: 15 } },
  { measure: 19, text: '落实全市23条房地产支持政策，推行安置房代建制', expect: { measure: 19 } },
  { text: '省专班交办的2个问题楼盘，一楼一策一专班一银行，逐一化解', expect: { measure: 21 } },
  { text: '支持本地建筑类国有企业撬动社会资金，设立房地产纾困基金', expect: { measure: 16 } },
  {
    measure: 13,
    text: '与房地产企业及施工企业逐条核对政府欠款明细，多渠道筹集资金偿还欠款',
    expect: { unmatched: true },
  }, // says 13, is 18
  { text: '严格控制新建超高层建筑，发展绿色建筑和绿色建造，提高住宅工程质量', expect: { measure: 26 } },
  { text: '充分发挥业绩考核指挥棒作用，引导金融企业助力房企纾困', expect: { measure: 17 } },
  { text: '发放购房补贴、契税补贴，鼓励单位组织职工集中团购商品房', expect: { measure: 23 } },
  { measure: 18, text: '加快解决房地产企业政府欠款问题', expect: { measure: 18 } },
  { text: '强化要素保障：土地、资金、政策、人才跟着项目走，盘活闲置低效工业用地', expect: { measure: 8 } },
  { text: '推进15分钟便民服务圈建设，教育、医疗、文化配套设施同步规划、同步交付', expect: { measure: 25 } },
  { measure: '', text: '开展全区第五次经济普查入户登记', expect: { unmatched: true } }, // not in the policy
  { text: '持续高质量开展“三个一批”活动，修订考评细则，确保全年工业投资100亿元以上', expect: { measure: 7 } },
];

export const MEASURE_SHEET = '措施任务台账';
export const MEASURE_HEADER_ROW = 3;

async function save(wb: ExcelJS.Workbook, dir: string, name: string): Promise<string> {
  const p = join(dir, name);
  await wb.xlsx.writeFile(p);
  return p;
}

export async function makeMeasureLedger(dir: string): Promise<{ path: string; expect: Expectation[] }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(MEASURE_SHEET);
  ws.addRow(['源汇区促进经济稳定持续向好扩大有效投资政策措施任务台账']);
  ws.mergeCells('A1:H1');
  ws.addRow(['填报单位：区发展改革委']);
  ws.addRow(['序号', '措施编号', '政策措施', '牵头责任单位', '配合责任单位', '完成时限', '进展情况', '完成状态']);
  const expect: Expectation[] = [];
  TASKS.forEach((t, i) => {
    // 序号 counts rows, it is not the measure number: the matcher must not take it for one.
    ws.addRow([i + 1, t.measure ?? null, t.text, t.lead ?? null, t.coop ?? null, '2023年12月', '推进中', '推进中']);
    expect.push({ row: MEASURE_HEADER_ROW + 1 + i, ...t.expect });
  });
  return { path: await save(wb, dir, 'measure-tasks.xlsx'), expect };
}

interface ProjectRow {
  name: string;
  location: string;
  domain: string;
  total: number;
  measure?: number | string;
  lead?: string;
  coop?: string;
  /** The rule (or measure-N) the row must be assigned by, and the measure whose units it gets. */
  expect: { source: string; measure: number; conflict?: ('lead' | 'coop')[]; agrees?: ('lead' | 'coop')[] };
}

const PROJECTS: ProjectRow[] = [
  {
    name: '漯河市源汇区光电产业园项目',
    location: '智能制造谷',
    domain: '工业',
    total: 50000,
    measure: 3,
    expect: { source: 'measure-3', measure: 3 },
  },
  {
    name: '奥昌迈得设备生产项目',
    location: '医疗器械城',
    domain: '工业',
    total: 30000,
    expect: { source: 'location-medical-device-city', measure: 2 },
  },
  {
    name: '裕鑫电子集成电路（新型显示）产业园项目',
    location: '智能制造谷',
    domain: '工业',
    total: 80000,
    expect: { source: 'location-smart-manufacturing-valley', measure: 3 },
  },
  {
    name: '蓝硕再生资源项目',
    location: '生态循环经济（EOD）产业园',
    domain: '生态环保',
    total: 20000,
    expect: { source: 'location-eod-park', measure: 4 },
  },
  {
    name: '长申玉商业综合体项目',
    location: '文旅融合片区（东部）',
    domain: '服务业',
    total: 60000,
    expect: { source: 'location-culture-tourism', measure: 5 },
  },
  {
    name: '某小区问题楼盘保交楼续建项目',
    location: '顺河街道',
    domain: '城镇基础设施',
    total: 15000,
    expect: { source: 'keywords-problem-property', measure: 20 },
  },
  {
    name: '城中村改造安置房代建项目',
    location: '马路街街道',
    domain: '社会事业',
    total: 40000,
    expect: { source: 'keywords-housing', measure: 19 },
  },
  {
    name: '年产5万吨休闲食品加工项目',
    location: '问十乡',
    domain: '工业',
    total: 12000,
    expect: { source: 'domain-industry', measure: 1 },
  },
  {
    name: '源汇区干线公路提升改造项目',
    location: '大刘镇',
    domain: '交通',
    total: 25000,
    expect: { source: 'default-major-projects', measure: 6 },
  },
  {
    name: '智能装备零部件生产项目',
    location: '空冢郭镇',
    domain: '工业',
    total: 9000,
    lead: '区商务局',
    expect: { source: 'domain-industry', measure: 1, conflict: ['lead'] },
  },
  {
    name: '冷链物流园项目',
    location: '干河陈街道',
    domain: '服务业',
    total: 18000,
    lead: '区发改委',
    expect: { source: 'default-major-projects', measure: 6, agrees: ['lead'] },
  },
  {
    name: '项目前期工作经费统筹项目',
    location: '区直',
    domain: '社会事业',
    total: 300,
    measure: '第13条',
    expect: { source: 'measure-13', measure: 13 },
  },
  {
    name: '精密模具制造项目',
    location: '问十乡',
    domain: '工业',
    total: 15000,
    measure: 99,
    expect: { source: 'domain-industry', measure: 1 },
  },
];

export const PROJECT_SHEET = '重点项目台账';
export const PROJECT_HEADER_ROW = 3;

export async function makeProjectLedger(
  dir: string,
  withCoop = true,
): Promise<{ path: string; expect: (ProjectRow['expect'] & { row: number })[] }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(PROJECT_SHEET);
  ws.addRow(['2023年源汇区重点项目台账']);
  ws.addRow(['单位：万元']);
  const head = [
    '序号',
    '项目名称',
    '建设单位',
    '建设地点',
    '所属领域',
    '总投资（万元）',
    '牵头责任单位',
    '配合责任单位',
    '对应措施',
  ];
  ws.addRow(withCoop ? head : head.filter((h) => h !== '配合责任单位'));
  const expect: (ProjectRow['expect'] & { row: number })[] = [];
  PROJECTS.forEach((p, i) => {
    const cells = [
      i + 1,
      p.name,
      '某建设单位',
      p.location,
      p.domain,
      p.total,
      p.lead ?? null,
      p.coop ?? null,
      p.measure ?? null,
    ];
    if (!withCoop) cells.splice(7, 1);
    ws.addRow(cells);
    expect.push({ row: PROJECT_HEADER_ROW + 1 + i, ...p.expect });
  });
  return { path: await save(wb, dir, withCoop ? 'projects.xlsx' : 'projects-no-coop.xlsx'), expect };
}

export const RESERVE_SHEET = '储备项目库';

export async function makeReserveLibrary(
  dir: string,
): Promise<{ path: string; expect: { row: number; source: string; measure: number }[] }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(RESERVE_SHEET);
  ws.addRow(['2023年源汇区储备项目库']);
  ws.addRow([
    '序号',
    '项目名称',
    '所属领域',
    '总投资（万元）',
    '资金渠道',
    '前期工作进展',
    '牵头责任单位',
    '配合责任单位',
  ]);
  ws.addRow([1, '沙澧河生态修复项目', '生态环保', 60000, '专项债券', '可研编制中', null, null]);
  ws.addRow([2, '老旧小区供热管网改造项目', '城镇基础设施', 30000, '中央预算内投资', '已立项', null, null]);
  ws.addRow([3, '新能源电池材料项目', '工业', 100000, '企业自筹', '洽谈中', null, null]);
  return {
    path: await save(wb, dir, 'reserve.xlsx'),
    expect: [
      { row: 3, source: 'channel-funding-libraries', measure: 12 },
      { row: 4, source: 'channel-funding-libraries', measure: 12 },
      { row: 5, source: 'domain-industry', measure: 1 },
    ],
  };
}

export function fixtureDir(): string {
  return mkdtempSync(join(tmpdir(), 'taizhang-assign-'));
}
