/** Cell issues: about one cell, or the cells of one row against each other. */
import type { IssueTypeDef } from './shape';

const AMOUNT_UNITS_HELP = {
  zh: '台账金额统一用列标题中的单位（一般为万元），1亿元 = 10000万元。',
  en: "Amounts use the column's unit (usually 万元); 1亿元 = 10,000万元.",
} as const;
/** “（可能是“A”）”: the nearest allowed value or known name, when there is one. */
const PERHAPS = { none: { zh: '', en: '' }, near: { zh: '（可能是“{near}”）', en: ' (perhaps "{near}")' } } as const;

export const CELL_ISSUES = {
  'required-missing': {
    group: 'cell',
    severity: 'error',
    title: { zh: '必填项为空', en: 'Required value missing' },
    message: { zh: '{cell}的“{field}”为空，请填写。', en: '{cell} ({field}) is empty; fill it in.' },
    help: { zh: '项目名称、总投资等为必填项。', en: 'Project name and total investment are required.' },
  },
  'type-error': {
    group: 'cell',
    severity: 'error',
    title: { zh: '格式错误', en: 'Wrong type' },
    message: {
      zh: '{cell}的“{field}”填的是“{value}”，无法识别，请填写{expected}。',
      en: '{cell} ({field}) holds "{value}", which cannot be read; enter a valid {expected}.',
    },
    help: {
      zh: '金额填数字；日期可填 2023-03-15、2023/3/15、2023年3月 或 2023.3。',
      en: 'Amounts are numbers; dates like 2023-03-15, 2023/3/15, 2023年3月 or 2023.3.',
    },
    // What the column takes, by its field type.
    phrases: {
      expected: {
        amount: { zh: '金额', en: 'amount' },
        percent: { zh: '百分比', en: 'percentage' },
        date: { zh: '日期', en: 'date' },
        integer: { zh: '整数', en: 'integer' },
        measure: { zh: '措施编号', en: 'measure number' },
        other: { zh: '正确的值', en: 'value' },
      },
    },
  },
  'number-as-text': {
    group: 'cell',
    severity: 'info',
    title: { zh: '数字存为文本', en: 'Number stored as text' },
    message: {
      zh: '{cell}的“{field}”是文本格式的数字“{value}”，已按{wan}万元计算；建议改为数值格式，便于 Excel 求和。',
      en: '{cell} ({field}) is a number stored as text ("{value}"), read as {wan} 万元; store it as a number so Excel can sum it.',
    },
    help: {
      zh: '文本格式的数字不参与 Excel 的 SUM 求和，会造成合计偏小。',
      en: "Excel's SUM skips numbers stored as text.",
    },
  },
  'unit-suspect': {
    group: 'cell',
    severity: 'warning',
    title: { zh: '金额单位可疑', en: 'Amount unit suspect' },
    message: {
      zh: '{cell}的“{field}”写作“{value}”，而本列单位是{unit}，已按{wan}万元计算，请改为数字{suggestion}（单位{unit}）。',
      en: '{cell} ({field}) says "{value}" in a {unit} column; read as {wan} 万元. Enter the number {suggestion} ({unit}).',
    },
    help: AMOUNT_UNITS_HELP,
  },
  'amount-magnitude': {
    group: 'cell',
    severity: 'warning',
    title: { zh: '总投资疑似按亿元填写', en: 'Total looks like 亿元' },
    message: {
      zh: '{cell}的总投资为{value}万元，远小于本行的计划或完成投资{other}万元，疑似按亿元填写；如是{value}亿元，请改为{wan}（单位万元）。',
      en: "{cell}: total {value} 万元 is far below this row's plan or completion ({other} 万元); it looks like 亿元. If it is {value}亿元, enter {wan} (万元).",
    },
    help: AMOUNT_UNITS_HELP,
  },
  'negative-amount': {
    group: 'cell',
    severity: 'error',
    title: { zh: '金额为负数', en: 'Negative amount' },
    message: {
      zh: '{cell}的“{field}”为负数（{value}），投资额不应为负，请核实。',
      en: '{cell} ({field}) is negative ({value}); investment cannot be negative.',
    },
    help: { zh: '如需冲减，请在备注中说明，不要填负数。', en: 'Explain corrections in the remarks instead.' },
  },
  'enum-error': {
    group: 'cell',
    severity: 'error',
    title: { zh: '不在可选范围内', en: 'Value not in list' },
    message: {
      zh: '{cell}的“{field}”填的是“{value}”，不在可选范围（{allowed}）内{hint}，请从中选择。',
      en: '{cell} ({field}) holds "{value}", which is not one of: {allowed}{hint}.',
    },
    help: {
      zh: '所属领域须为九大领域之一；建设性质为新建、续建、扩建、改建。',
      en: 'Domain must be one of the nine domains; nature one of 新建/续建/扩建/改建.',
    },
    phrases: { hint: PERHAPS },
    lists: { allowed: { zh: '、', en: '、' } },
  },
  'unknown-unit': {
    group: 'cell',
    severity: 'error',
    title: { zh: '单位名称无法识别', en: 'Unknown unit name' },
    message: {
      zh: '{cell}的“{field}”中“{value}”不是已知单位名称，请改为规范名称{hint}。',
      en: '{cell} ({field}): "{value}" is not a known unit; use its standard name{hint}.',
    },
    help: {
      zh: '单位名称以政策文件为准，简称和错别字会导致责任单位统计遗漏。',
      en: 'Unit names follow the policy document; typos break the per-unit totals.',
    },
    phrases: { hint: PERHAPS },
    lists: { value: { zh: '、', en: '、' }, near: { zh: '”“', en: '", "' } },
  },
  'unit-alias': {
    group: 'cell',
    severity: 'info',
    title: { zh: '单位名称不规范', en: 'Non-standard unit name' },
    message: {
      zh: '{cell}的“{field}”写作“{value}”，政策文件中的规范名称是“{suggestion}”，建议改用规范名称。',
      en: '{cell} ({field}): "{value}" is another name for "{suggestion}", the name the policy uses; use it.',
    },
    help: {
      zh: '统一使用政策文件中的单位名称，便于按单位汇总。',
      en: 'Use the names of the policy document so totals by unit line up.',
    },
    lists: { value: { zh: '、', en: '、' } },
  },
  'unit-collective': {
    group: 'cell',
    severity: 'warning',
    title: { zh: '牵头单位为统称', en: 'Collective name as lead unit' },
    message: {
      zh: '{cell}的“{field}”填的是统称“{value}”，牵头单位应为具体单位，请改为实际负责的单位。',
      en: '{cell} ({field}) names a group ("{value}"); a lead unit must be one accountable unit.',
    },
    help: {
      zh: '“各乡镇办园区”等统称只宜作配合单位。',
      en: 'Group names such as 各乡镇办园区 suit cooperating units only.',
    },
    lists: { value: { zh: '、', en: '、' } },
  },
  'date-order': {
    group: 'cell',
    severity: 'error',
    title: { zh: '竣工早于开工', en: 'End before start' },
    message: {
      zh: '{cell}的“{field}”（{value}）早于开工时间（{start}），请核对。',
      en: '{cell} ({field}, {value}) is before the start ({start}); check both dates.',
    },
    help: { zh: '竣工时间不能早于开工时间。', en: 'The end date cannot precede the start date.' },
  },
  'over-plan': {
    group: 'cell',
    severity: 'warning',
    title: { zh: '完成投资超过年度计划', en: 'Completed above annual plan' },
    message: {
      zh: '{cell}的完成投资{value}万元超过年度计划投资{planned}万元，请核实或调整年度计划。',
      en: '{cell}: completed {value} (万元) is above the annual plan {planned}; check it or adjust the plan.',
    },
    help: {
      zh: '超计划完成可能属实，但常见原因是单位填错（亿元/万元）。',
      en: 'It may be true, but a wrong unit (亿元/万元) is the usual cause.',
    },
  },
  'over-total': {
    group: 'cell',
    severity: 'error',
    title: { zh: '完成投资超过总投资', en: 'Completed above total' },
    message: {
      zh: '{cell}的完成投资{value}万元超过项目总投资{total}万元，请核对。',
      en: '{cell}: completed {value} (万元) is above the total investment {total}; correct one of them.',
    },
    help: { zh: '累计完成投资不能超过总投资。', en: 'Completed investment cannot exceed the total.' },
  },
  'plan-over-total': {
    group: 'cell',
    severity: 'error',
    title: { zh: '年度计划超过总投资', en: 'Plan above total' },
    message: {
      zh: '{cell}的年度计划投资{value}万元超过项目总投资{total}万元，请核对。',
      en: '{cell}: the annual plan {value} (万元) is above the total investment {total}; correct one of them.',
    },
    help: { zh: '年度计划投资不能超过总投资。', en: 'The annual plan cannot exceed the total.' },
  },
  'rate-mismatch': {
    group: 'cell',
    severity: 'warning',
    title: { zh: '完成率不符', en: 'Completion rate wrong' },
    message: {
      zh: '{cell}的完成率为{value}，按完成投资÷年度计划应为{expected}，请改正。',
      en: '{cell}: the rate is {value}, but completed ÷ plan gives {expected}; correct it.',
    },
    help: { zh: '完成率 = 累计完成投资 ÷ 年度计划投资。', en: 'Rate = completed ÷ annual plan.' },
  },
  'formula-no-value': {
    group: 'cell',
    severity: 'error',
    title: { zh: '公式没有计算结果', en: 'Formula without a saved result' },
    message: {
      zh: '{cell}的“{field}”是公式 {formula}，公式没有计算结果：请在 Excel 或 WPS 中打开并保存后再汇总（此格按缺失处理）。',
      en: '{cell} ({field}) holds the formula {formula} with no saved result: open and save the file in Excel or WPS before summarising (the cell counts as missing).',
    },
    help: {
      zh: '由程序或网页系统导出的文件常只有公式、没有计算结果；在 Excel 或 WPS 中打开并保存即可补上。',
      en: 'Files written by scripts or web systems often carry formulas without results; opening and saving them in Excel or WPS fills them in.',
    },
  },
  'formula-error': {
    group: 'cell',
    severity: 'error',
    title: { zh: '公式错误', en: 'Formula error' },
    message: {
      zh: '{cell}的“{field}”显示错误值 {value}，请检查公式引用（常因删除行列或除以零）。',
      en: '{cell} ({field}) shows {value}; fix the formula (deleted rows/columns or division by zero).',
    },
    help: {
      zh: '#REF! 表示引用失效，#DIV/0! 表示除数为零。',
      en: '#REF! is a broken reference; #DIV/0! a division by zero.',
    },
  },
} as const satisfies Record<string, IssueTypeDef>;
