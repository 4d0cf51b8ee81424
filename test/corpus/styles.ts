/**
 * The first ten corpus styles: ledgers as units keep them (header words, group headers, one to three header
 * rows, the unit in the header or a note row, sections with sums, 合计 rows, footers, blank and hidden rows).
 */
import { figures, project, range, reserve, task } from './rowsOf';
import type { ColumnSpec, RowSpec, StyleSpec } from './spec';

const col = (field: ColumnSpec['field'], ...path: string[]): ColumnSpec => ({ field, path });
const footer = (text = '填表人：李某某    联系电话：0395-1234567'): RowSpec => ({ type: 'footer', text });

/** 1. A district bureau's plain ledger: one header row, units in the headers, 合计 at the bottom, a footer. */
const bureauPlain: StyleSpec = {
  id: '01-发改委标准',
  kind: 'project',
  unit: '万元',
  unitWhere: 'header',
  above: ['2023年源汇区重点项目台账'],
  columns: [
    col('seq', '序号'),
    col('name', '项目名称'),
    col('owner', '建设单位'),
    col('location', '建设地点'),
    col('nature', '建设性质'),
    col('domain', '所属领域'),
    col('total', '总投资（万元）'),
    col('planned', '年度计划投资（万元）'),
    col('completed', '1-9月完成投资（万元）'),
    col('start', '开工时间'),
    col('end', '竣工时间'),
    col('lead', '牵头责任单位'),
    col('coop', '配合责任单位'),
  ],
  rows: [...range(1, 8).map((i) => project('源汇', i)), { type: 'subtotal', label: '合计' }, footer()],
};

/** 2. The township's own ledger from issue #11: 亿元 in a note row, three header rows, 投资情况 › 2023年 › …. */
const townshipYi: StyleSpec = {
  id: '02-乡镇亿元三行表头',
  kind: 'project',
  unit: '亿元',
  unitWhere: 'note',
  above: ['空冢郭镇2023年重点项目推进情况表', '单位：亿元'],
  columns: [
    col('seq', '序号'),
    col('name', '项目名称'),
    col('owner', '建设单位'),
    col('stage', '建设阶段'),
    col('content', '建设内容'),
    col('total', '投资情况', '计划总投资'),
    col('planned', '投资情况', '2023年', '计划投资'),
    col('completed', '投资情况', '2023年', '1-9月完成'),
    col('rate', '投资情况', '2023年', '完成率'),
    col('lead', '牵头责任单位'),
  ],
  rows: [...range(1, 6).map((i) => project('空冢郭', i)), footer('填报人：张某    审核人：刘某')],
};

/** 3. Two header rows with a 2023年 group; sections that carry their sums (二、新开工项目（3个）). */
const sectionsWithSums: StyleSpec = {
  id: '03-住建局分段合计',
  kind: 'project',
  unit: '万元',
  unitWhere: 'note',
  above: ['区住建局2023年城建项目台账', '单位：万元'],
  columns: [
    col('seq', '序号'),
    col('name', '项目名称'),
    col('owner', '项目单位'),
    col('location', '所在乡镇'),
    col('total', '项目总投资'),
    col('planned', '2023年', '计划'),
    col('completed', '2023年', '截至9月底完成'),
    col('progress', '形象进度'),
    col('lead', '责任单位'),
  ],
  rows: [
    { type: 'section', label: '一、续建项目（3个）', sums: true },
    ...range(1, 3).map((i) => project('城建', i)),
    { type: 'section', label: '二、新开工项目（4个）', sums: true },
    ...range(4, 7).map((i) => project('城建', i)),
    { type: 'subtotal', label: '合计' },
  ],
};

/** 4. Other header words: 年度投资计划, 累计完成额, 项目进度阶段; no unit anywhere (万元 by default). */
const otherWords: StyleSpec = {
  id: '04-工信局其他写法',
  kind: 'project',
  unit: '万元',
  unitWhere: 'none',
  above: ['工业项目推进表'],
  columns: [
    col('seq', '编号'),
    col('name', '项目'),
    col('owner', '业主单位'),
    col('stage', '项目进度阶段'),
    col('domain', '行业领域'),
    col('total', '总投资额'),
    col('planned', '年度投资计划'),
    col('completed', '累计完成额'),
    col('lead', '牵头单位'),
    col('coop', '配合单位'),
  ],
  rows: [
    ...range(1, 5).map((i) => project('工业', i)),
    project('工业', 6, {
      cells: { completed: '1,200' },
      wan: { total: 30200, planned: 9100, completed: 1200 },
      issues: [{ code: 'number-as-text', field: 'completed' }],
    }),
    ...range(7, 9).map((i) => project('工业', i)),
    project('工业', 10, {
      cells: { completed: '待定' },
      wan: { total: 20000, planned: 8000, completed: 0 },
      issues: [{ code: 'type-error', field: 'completed' }],
    }),
  ],
};

/** 5. 本年完成 / 2023年计划 / 三个一批; a hidden row and a blank row inside the data. */
const hiddenAndBlank: StyleSpec = {
  id: '05-商务局隐藏空行',
  kind: 'project',
  unit: '万元',
  unitWhere: 'header',
  above: ['2023年服务业重点项目台账（截至2023年9月30日）'],
  columns: [
    col('seq', '序号'),
    col('name', '项目名称'),
    col('stage', '三个一批'),
    col('total', '总投资(万元)'),
    col('planned', '2023年计划(万元)'),
    col('completed', '本年完成(万元)'),
    col('lead', '牵头单位'),
    col('remark', '备注'),
  ],
  rows: [
    ...range(1, 3).map((i) => project('商贸', i)),
    project('商贸', 4, { hidden: true }),
    { type: 'blank', planted: true },
    ...range(5, 7).map((i) => project('商贸', i)),
  ],
};

/** 6. A reserve library: 估算总投资（亿元）, 拟申报资金渠道. */
const reserveLibrary: StyleSpec = {
  id: '06-储备项目库',
  kind: 'reserve',
  unit: '亿元',
  unitWhere: 'header',
  above: ['源汇区2023年重大项目储备库'],
  columns: [
    col('seq', '序号'),
    col('name', '项目名称'),
    col('domain', '所属领域'),
    col('total', '估算总投资（亿元）'),
    col('channel', '拟申报资金渠道'),
    col('progress', '前期工作进展'),
    col('lead', '牵头单位'),
    col('start', '谋划时间'),
  ],
  rows: [...range(1, 7).map((i) => reserve('储备', i)), footer()],
};

/** 7. A measure task ledger with a footer. */
const measureTasks: StyleSpec = {
  id: '07-措施任务台账',
  kind: 'measure',
  unit: '万元',
  unitWhere: 'none',
  above: ['源政办〔2023〕5号政策措施落实台账'],
  columns: [
    col('measure', '措施编号'),
    col('name', '政策措施'),
    col('lead', '牵头责任单位'),
    col('coop', '配合责任单位'),
    col('deadline', '完成时限'),
    col('progress', '进展情况'),
    col('status', '完成状态'),
  ],
  rows: [...range(1, 8).map((i) => task(i)), footer()],
};

/** 8. 完成投资（1-9月）, 建设规模; a formula without a saved result and an error value in 建设地点. */
const exported: StyleSpec = {
  id: '08-系统导出公式',
  kind: 'project',
  unit: '万元',
  unitWhere: 'note',
  above: ['单位：万元'],
  columns: [
    col('seq', '序号'),
    col('name', '项目名称'),
    col('location', '建设地点'),
    col('content', '建设规模'),
    col('total', '总投资'),
    col('planned', '年度计划投资'),
    col('completed', '完成投资（1-9月）'),
    col('lead', '牵头责任单位'),
  ],
  rows: [
    ...range(1, 3).map((i) => project('导出', i)),
    project('导出', 4, {
      cells: { completed: { formula: '10000+10000' } },
      wan: { total: 60000, planned: 30000, completed: 0 },
      issues: [{ code: 'formula-no-value', field: 'completed' }],
    }),
    project('导出', 5, {
      cells: { location: { error: '#N/A' } },
      issues: [{ code: 'formula-error', field: 'location' }],
    }),
    ...range(6, 7).map((i) => project('导出', i)),
  ],
};

/** 9. Three header rows, the unit on the group: 投资情况（万元） › 2023年度 › 计划 / 1-9月完成 / 完成率. */
const groupUnit: StyleSpec = {
  id: '09-三行表头单位在组',
  kind: 'project',
  unit: '万元',
  unitWhere: 'header',
  above: ['源汇新区2023年项目建设台账'],
  columns: [
    col('seq', '序号'),
    col('name', '项目名称'),
    col('owner', '建设单位'),
    col('total', '投资情况（万元）', '总投资'),
    col('planned', '投资情况（万元）', '2023年度', '计划'),
    col('completed', '投资情况（万元）', '2023年度', '1-9月完成'),
    col('rate', '投资情况（万元）', '2023年度', '完成率'),
    col('start', '开工时间'),
    col('lead', '牵头责任单位'),
  ],
  rows: [...range(1, 6).map((i) => project('新区', i)), { type: 'subtotal', label: '合计' }],
};

/** 10. A short ledger with no completed-investment column at all: missing-field, not a silent zero. */
const noCompleted: StyleSpec = {
  id: '10-缺完成投资列',
  kind: 'project',
  unit: '万元',
  unitWhere: 'header',
  above: ['阴阳赵镇项目清单'],
  columns: [
    col('seq', '序号'),
    col('name', '项目名称'),
    col('total', '总投资（万元）'),
    col('planned', '年度计划投资（万元）'),
    col('lead', '牵头单位'),
  ],
  rows: range(1, 5).map((i) => project('阴阳赵', i, { wan: { ...figuresNoCompleted(i) } })),
  headerIssues: [{ code: 'missing-field', row: 2 }],
};

function figuresNoCompleted(i: number) {
  return { ...figures(i), completed: 0 };
}

export const FIRST_STYLES: StyleSpec[] = [
  bureauPlain,
  townshipYi,
  sectionsWithSums,
  otherWords,
  hiddenAndBlank,
  reserveLibrary,
  measureTasks,
  exported,
  groupUnit,
  noCompleted,
];
