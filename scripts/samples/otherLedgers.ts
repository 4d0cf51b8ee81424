/** The reserve library, the measure task ledger and three units' own project ledgers. */
import type ExcelJS from 'exceljs';
import type { Project } from './projects';
import { Random } from './random';
import { dateCell, headerCell, note, put, title } from './sheetHelpers';
import { CHANNELS, COMPANY_WORDS, DOMAINS, PLACES, PREP, PROJECT_STEMS, type Domain } from './vocabulary';

/** ≈60 reserve projects; 总投资 in 亿元 (the header says so), 资金渠道 per project, lead units partly blank. */
export function writeReserveLibrary(wb: ExcelJS.Workbook, seed: number): void {
  const r = new Random(seed);
  const ws = wb.addWorksheet('储备项目库');
  const cols = [
    '序号',
    '项目名称',
    '所属领域',
    '建设地点',
    '总投资（亿元）',
    '资金渠道',
    '前期工作进展',
    '牵头责任单位',
    '配合责任单位',
    '谋划时间',
  ];
  title(ws, 1, '源汇区重大项目储备库（2023年）', cols.length);
  note(ws, 2, '单位：亿元　　更新时间：2023年9月30日', cols.length);
  cols.forEach((h, i) => headerCell(ws, 3, i + 1, h));
  [6, 38, 12, 22, 14, 22, 16, 22, 22, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const used = new Set<string>();
  // Most channel projects carry the policy's pair; a few show one unit only (the fill command reports these).
  const leadFor = (i: number) => (i % 11 === 3 ? '区财政局' : '区发展改革委、区财政局');
  for (let i = 0; i < 60; i++) {
    const domain: Domain = r.pick(DOMAINS);
    let name: string;
    do
      name = `${domain === '工业' || domain === '服务业' ? r.pick(COMPANY_WORDS) : `源汇区${r.pick(PLACES).replace(/(街道|高新技术产业开发区|新区|商业区)$/, '')}`}${r.pick(PROJECT_STEMS[domain])}`;
    while (used.has(name));
    used.add(name);
    // Mostly 1亿 or more (measure 9 wants 50 such projects); a few smaller ones.
    const total =
      i % 9 === 4 ? Math.round(r.logUniform(0.3, 0.95) * 100) / 100 : Math.round(r.logUniform(1, 30) * 100) / 100;
    const channel = i % 13 === 7 ? '' : CHANNELS[(i + r.int(0, 4)) % CHANNELS.length];
    const row = 4 + i;
    put(ws, row, 1, i + 1);
    put(ws, row, 2, name);
    put(ws, row, 3, domain);
    put(ws, row, 4, r.pick(PLACES));
    put(ws, row, 5, i === 17 ? String(total) : total, '0.00');
    put(ws, row, 6, channel || null);
    put(ws, row, 7, r.pick(PREP));
    put(ws, row, 8, r.chance(0.45) ? null : channel ? leadFor(i) : '区发改委');
    put(ws, row, 9, null);
    put(ws, row, 10, dateCell({ year: 2023, month: r.int(1, 9) }, 1));
  }
}

/** The 26 measures, reworded as a clerk would shorten them (numbers kept for most, dropped for a few). */
const MEASURES: [number | null, string][] = [
  [1, '推动“三个五百亿”项目，33个亿元以上重大项目实行“指挥部+工作专班”机制，挂图作战'],
  [2, '医疗器械城建设：注射器扩建、医药分拨中心年底投用，15万平方米标准厂房主体完工'],
  [3, '智能制造谷：推进5个产业园建设，10万平方米标准化厂房主体完工，光电产业园3月签约'],
  [4, '生态循环经济（EOD）产业园建设，推进高分子材料、国药诺达、蓝硕再生资源等项目'],
  [5, '文旅融合片区建设，推进长申玉商业综合体和特色文化旅游示范园区'],
  [6, '聚焦九大领域，统筹推进120个左右重大项目，全年完成投资270亿元以上'],
  [7, '持续开展“三个一批”活动，确保全年完成工业投资100亿元以上'],
  [8, '强化土地、资金、用能等要素保障，建立项目审批绿色通道'],
  [null, '建立重大项目谋划储备机制，力争储备亿元以上项目50个'],
  [10, '每季度开展一次项目观摩评价，结果纳入综合绩效考核'],
  [11, '优化营商环境，建立重点企业挂牌保护制度'],
  [12, '争取上级政策资金，建立各10亿级项目库和100亿级专项债项目库'],
  [13, '统筹预算资金300万元用于项目前期工作经费'],
  [14, '发挥国有平台公司融资撬动作用，开展银企对接'],
  [15, '将“保交楼”配套贷款投放作为财政资金存放激励因素'],
  [16, '设立房地产纾困基金，推动化解问题楼盘'],
  [17, '鼓励金融企业助力房企纾困，纳入年度评估考核'],
  [null, '加快解决房地产企业政府欠款问题，逐条核对欠款明细'],
  [19, '落实23条房地产市场支持政策，推行安置房代建制'],
  [20, '紧盯逾期难交付问题楼盘，推进专项借款项目建设交付'],
  [21, '化解省专班交办的2个问题楼盘，落实“一楼一策一专班一银行”'],
  [22, '引导法院善意文明执行，“保交楼”项目慎用强制措施'],
  [23, '发放购房补贴、契税补贴，鼓励团购商品房，释放购房需求'],
  [24, '棚改、城市更新征收以货币化安置为主，加快存量商品房去库存'],
  [25, '完善教育、医疗等配套设施，推进15分钟便民服务圈建设'],
  [26, '提高住房建设品质，发展绿色建筑，提升住宅工程质量'],
];

export function writeMeasureLedger(wb: ExcelJS.Workbook, seed: number): void {
  const r = new Random(seed);
  const ws = wb.addWorksheet('措施任务台账');
  const cols = ['序号', '政策措施', '牵头责任单位', '配合责任单位', '完成时限', '进展情况', '完成状态'];
  title(ws, 1, '源政办〔2023〕5号政策措施落实台账', cols.length);
  note(ws, 2, '截至2023年10月31日', cols.length);
  cols.forEach((h, i) => headerCell(ws, 3, i + 1, h));
  [8, 60, 24, 30, 14, 30, 10].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const given: Record<number, string> = { 6: '区发改委', 13: '区财政局', 22: '区人民法院', 2: '沙澧高新区' };
  MEASURES.forEach(([n, text], i) => {
    const row = 4 + i;
    put(ws, row, 1, n);
    put(ws, row, 2, text);
    put(ws, row, 3, n !== null && given[n] ? given[n] : null);
    put(ws, row, 4, null);
    put(ws, row, 5, r.pick(['2023年底', '长期坚持', '2023年12月', '每季度']));
    put(ws, row, 6, r.pick(['按计划推进', '已召开专题会议部署', '正在起草实施方案', '已完成阶段任务', '']) || null);
    put(ws, row, 7, r.pick(['推进中', '推进中', '已完成', '未启动']));
  });
}

type UnitStyle = 'yi' | 'merged' | 'plain';

/** The header texts of each unit's style (亿元 columns, a merged 投资 band, or one plain row). */
const UNIT_COLUMNS: Record<UnitStyle, string[]> = {
  yi: [
    '序号',
    '项目名称',
    '建设地点',
    '所属领域',
    '计划总投资（亿元）',
    '2023年计划投资（亿元）',
    '截至10月底完成投资（亿元）',
    '牵头单位',
    '项目阶段',
  ],
  plain: [
    '序号',
    '项目名称',
    '建设单位',
    '所属乡镇（街道、园区）',
    '所属领域',
    '总投资额',
    '年度计划投资',
    '1-10月完成投资',
    '牵头责任单位',
    '形象进度',
  ],
  merged: [
    '序号',
    '项目名称',
    '建设单位',
    '建设地点',
    '所属领域',
    '总投资',
    '2023年计划投资',
    '1-10月完成投资',
    '牵头责任单位',
    '开工时间',
  ],
};

const toYi = (n: number) => Math.round(n / 100) / 100;

/** One unit's own ledger, with the header style that unit uses. */
export function writeUnitLedger(wb: ExcelJS.Workbook, unit: string, projects: Project[], style: UnitStyle): void {
  const ws = wb.addWorksheet(`${unit}项目台账`);
  const cols = UNIT_COLUMNS[style];
  title(ws, 1, `${unit}2023年重点项目台账`, cols.length, 14);
  note(
    ws,
    2,
    style === 'yi' ? '单位：亿元　截止时间：2023年10月31日' : '单位：万元　截止时间：2023年10月31日',
    cols.length,
  );
  writeUnitHeader(ws, cols, style);
  cols.forEach((_, i) => (ws.getColumn(i + 1).width = i === 1 ? 36 : 14));
  const first = style === 'merged' ? 5 : 4;
  projects.forEach((p, i) => {
    const values = unitRowValues(p, i, style);
    values.forEach((v, k) =>
      put(ws, first + i, k + 1, v, typeof v === 'number' && k >= 4 ? (style === 'yi' ? '0.00' : '#,##0') : undefined),
    );
  });
  writeUnitTotals(ws, projects, first, style);
}

function writeUnitHeader(ws: ExcelJS.Worksheet, cols: string[], style: UnitStyle): void {
  if (style !== 'merged') {
    cols.forEach((h, i) => headerCell(ws, 3, i + 1, h));
    return;
  }
  cols.forEach((h, i) => {
    if (i >= 5 && i <= 7) headerCell(ws, 4, i + 1, h);
    else {
      headerCell(ws, 3, i + 1, h);
      ws.mergeCells(3, i + 1, 4, i + 1);
    }
  });
  headerCell(ws, 3, 6, '投资（万元）');
  ws.mergeCells(3, 6, 3, 8);
}

function unitRowValues(p: Project, i: number, style: UnitStyle): ExcelJS.CellValue[] {
  if (style === 'yi')
    return [
      i + 1,
      p.name,
      p.place,
      p.domain,
      toYi(p.total),
      toYi(p.planned),
      toYi(p.completed),
      p.lead || null,
      p.stage,
    ];
  const figures = [i + 1, p.name, p.owner, p.place, p.domain, p.total, p.planned, p.completed, p.lead || null];
  return [...figures, style === 'plain' ? p.progress : dateCell(p.start, i)];
}

/** The 合计 row: a SUM over the project rows, with its result saved as Excel would. */
function writeUnitTotals(ws: ExcelJS.Worksheet, projects: Project[], first: number, style: UnitStyle): void {
  const sumRow = first + projects.length;
  put(ws, sumRow, 2, '合计');
  const amountCols = style === 'yi' ? [5, 6, 7] : [6, 7, 8];
  for (const col of amountCols) {
    const L = String.fromCharCode(64 + col);
    const result = projects.reduce((s, p) => {
      const v = col === amountCols[0] ? p.total : col === amountCols[1] ? p.planned : p.completed;
      return s + (style === 'yi' ? toYi(v) : v);
    }, 0);
    put(ws, sumRow, col, {
      formula: `SUM(${L}${first}:${L}${sumRow - 1})`,
      result: Math.round(result * 100) / 100,
    } as ExcelJS.CellFormulaValue);
  }
}
