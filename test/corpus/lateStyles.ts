/**
 * The five corpus styles written last (after the engine's changes for the first ten): the engine was run on them
 * before anything was changed for them, and that first result is in the report of issue #11's work.
 */
import { figures, project, range, reserve, task } from './rowsOf';
import type { ColumnSpec, RowSpec, StyleSpec } from './spec';

const col = (field: ColumnSpec['field'], ...path: string[]): ColumnSpec => ({ field, path });

/** 11. A park's ledger: two note rows, （一）sections with sums, other words for almost every column. */
const parkLedger: StyleSpec = {
  id: '11-园区其他写法',
  kind: 'project',
  unit: '万元',
  unitWhere: 'note',
  above: ['沙澧高新技术产业开发区重点项目台账', '单位：万元', '数据截至2023年9月30日'],
  columns: [
    col('seq', '序号'),
    col('name', '项目名称'),
    col('owner', '项目业主'),
    col('location', '所在地'),
    col('total', '总投资'),
    col('planned', '今年计划投资'),
    col('completed', '截至9月底累计完成'),
    col('rate', '投资完成比例'),
    col('start', '计划开工时间'),
    col('end', '计划竣工时间'),
    col('lead', '主责单位'),
    col('coop', '协办单位'),
    col('leader', '包联领导'),
  ],
  rows: [
    { type: 'section', label: '（一）工业项目', sums: true },
    ...range(1, 4).map((i) => project('园区', i)),
    { type: 'section', label: '（二）服务业项目', sums: true },
    ...range(5, 7).map((i) => project('园区', i)),
    { type: 'footer', text: '制表：园区经发局' },
  ],
};

/** 12. A reserve library without a funding-channel column: missing-field, and its total still counted. */
const reserveNoChannel: StyleSpec = {
  id: '12-储备库缺资金渠道',
  kind: 'reserve',
  unit: '万元',
  unitWhere: 'header',
  above: ['问十乡谋划储备项目表'],
  columns: [
    col('seq', '序号'),
    col('name', '项目名称'),
    col('domain', '行业'),
    col('location', '建设地址'),
    col('total', '总投资（万元）'),
    col('progress', '前期手续办理情况'),
    col('lead', '责任部门'),
    col('start', '入库时间'),
  ],
  rows: range(1, 6).map((i) => reserve('问十', i)),
  headerIssues: [{ code: 'missing-field', row: 2 }],
};

/** 13. Exported by a web system: 完成投资 is a shared formula with no saved results, amounts in 亿元 on the group. */
function sharedFormulaRows(): RowSpec[] {
  const first = 4; // data start: one title row, two header rows
  return range(1, 5).map((i) => {
    const r = first + i - 1;
    const f = figures(i);
    const cell =
      i === 1
        ? { formula: `F${r}*0.5`, shareType: 'shared' as const, ref: `G${first}:G${first + 4}` }
        : { sharedFormula: `G${first}` };
    return project('导出', i, {
      cells: { completed: cell },
      wan: { ...f, completed: 0 },
      issues: [{ code: 'formula-no-value', field: 'completed' }],
    });
  });
}
const sharedFormulas: StyleSpec = {
  id: '13-共享公式无结果',
  kind: 'project',
  unit: '亿元',
  unitWhere: 'header',
  above: ['项目调度表（系统导出）'],
  columns: [
    col('seq', '序号'),
    col('name', '项目名称'),
    col('owner', '建设单位'),
    col('domain', '所属行业'),
    col('total', '投资（亿元）', '总投资'),
    col('planned', '投资（亿元）', '年度计划'),
    col('completed', '投资（亿元）', '完成投资'),
    col('lead', '牵头单位'),
  ],
  rows: sharedFormulaRows(),
};

/** 14. A street office: 投资（万元） › 本年度计划 / 1-9月完成, a total typed as "1.2亿", a blank row before the footer. */
const streetOffice: StyleSpec = {
  id: '14-街道单元格带单位',
  kind: 'project',
  unit: '万元',
  unitWhere: 'header',
  above: ['顺河街街道2023年项目台账'],
  columns: [
    col('seq', '序号'),
    col('name', '项目名称'),
    col('nature', '项目性质'),
    col('content', '主要建设内容'),
    col('total', '投资（万元）', '总投资'),
    col('planned', '投资（万元）', '本年度计划'),
    col('completed', '投资（万元）', '1-9月完成'),
    col('progress', '工程进度'),
    col('lead', '责任单位'),
  ],
  rows: [
    ...range(1, 3).map((i) => project('顺河', i)),
    project('顺河', 4, {
      cells: { total: '1.2亿' },
      wan: { total: 12000, planned: 6000, completed: 3000 },
      issues: [{ code: 'unit-suspect', field: 'total' }],
    }),
    ...range(5, 6).map((i) => project('顺河', i)),
    { type: 'blank' },
    { type: 'footer', text: '填报人：赵某  联系电话：13800000000' },
  ],
};

/** 15. A measure task list in another house style: 责任单位 › 牵头 / 配合, 对应条款, 重点任务, 时限要求, 状态. */
const taskOtherStyle: StyleSpec = {
  id: '15-任务清单分组表头',
  kind: 'measure',
  unit: '万元',
  unitWhere: 'none',
  above: ['2023年扩大有效投资重点任务清单'],
  columns: [
    col('seq', '序号'),
    col('measure', '对应条款'),
    col('name', '重点任务'),
    col('lead', '责任单位', '牵头'),
    col('coop', '责任单位', '配合'),
    col('deadline', '时限要求'),
    col('progress', '推进情况'),
    col('status', '状态'),
  ],
  rows: range(1, 6).map((i) => task(i)),
};

/** 16. Sections without sums, each closed by a 小计 row (the second typed 100 high), and a 总计 at the end. */
const subtotalsPerSection: StyleSpec = {
  id: '16-分段小计总计',
  kind: 'project',
  unit: '万元',
  unitWhere: 'header',
  above: ['大刘镇2023年重点项目台账'],
  columns: [
    col('seq', '序号'),
    col('name', '项目名称'),
    col('owner', '建设单位'),
    col('domain', '所属领域'),
    col('total', '总投资（万元）'),
    col('planned', '2023年计划投资（万元）'),
    col('completed', '1-9月累计完成投资（万元）'),
    col('lead', '牵头单位'),
  ],
  rows: [
    { type: 'section', label: '一、工业项目' },
    ...range(1, 3).map((i) => project('大刘', i)),
    { type: 'subtotal', label: '小计' },
    { type: 'section', label: '二、城建项目' },
    ...range(4, 6).map((i) => project('大刘', i)),
    { type: 'subtotal', label: '小计', off: { completed: 100 } },
    { type: 'subtotal', label: '总计' },
    { type: 'footer', text: '填表人：孙某    联系电话：0395-7654321' },
  ],
};

export const LATE_STYLES: StyleSpec[] = [
  parkLedger,
  reserveNoChannel,
  sharedFormulas,
  streetOffice,
  taskOtherStyle,
  subtotalsPerSection,
];
