/** Row issues: about a row as a whole. */
import type { IssueTypeDef } from './shape';

/** The text-number part of a subtotal's advice, shared by its phrases. */
const TEXT_GAP = {
  zh: '文本格式的数字{cells}{more}（共{textSum}），Excel 的 SUM 不计入它们，请把这些单元格改为数值格式',
  en: "numbers stored as text in {cells}{more} ({textSum}), which Excel's SUM skips; store them as numbers",
} as const;
const FORMULA = {
  zh: '该单元格是公式，请检查公式的引用范围是否漏行、多行，不要直接改写为数字。',
  en: 'the cell is a formula: check which rows it refers to rather than typing a number over it.',
} as const;

export const ROW_ISSUES = {
  'blank-row': {
    group: 'row',
    severity: 'info',
    title: { zh: '空行', en: 'Blank row' },
    message: {
      zh: '第{row}行是空行，建议删除，以免筛选、排序和汇总时漏行。',
      en: 'Row {row} is blank; delete it so filters, sorting and totals do not skip rows.',
    },
    help: { zh: '数据区中间的空行会打断 Excel 的连续区域。', en: "Blank rows break Excel's contiguous data region." },
  },
  'duplicate-row': {
    group: 'row',
    severity: 'warning',
    title: { zh: '重复项目', en: 'Duplicate project' },
    message: {
      zh: '{cell}的项目“{value}”与第{first}行重名，{relation}',
      en: 'Project "{value}" in {cell} has the same name as row {first}; {relation}',
    },
    help: {
      zh: '同一台账中项目名称不应重复（比较时忽略空格、全角半角和括号写法）。名称相同且建设单位相同、或名称相同且总投资相同的，按同一项目只计一次。',
      en: 'Names should not repeat in a ledger (spaces, full-width forms and brackets ignored). Same name with the same owner or the same total is one project, counted once.',
    },
    // Whether the totals count it once (the same project) or twice (same name only): totals/projectName.ts.
    phrases: {
      relation: {
        owner: {
          zh: '建设单位也相同，汇总时按同一项目只计一次；请核实后删除或合并其中一行。',
          en: 'the owner is the same too, so the totals count it once; delete or merge one of them.',
        },
        total: {
          zh: '总投资也相同，汇总时按同一项目只计一次；请核实后删除或合并其中一行。',
          en: 'the total is the same too, so the totals count it once; delete or merge one of them.',
        },
        different: {
          zh: '但建设单位和总投资都不同，汇总时两行都计入；如是同一项目请合并，如是不同项目请改名以便区分。',
          en: 'owner and total differ, so the totals count both; merge them if they are one project, or rename one.',
        },
      },
    },
  },
  'subtotal-mismatch': {
    group: 'row',
    severity: 'error',
    title: { zh: '合计数不符', en: 'Subtotal does not add up' },
    message: {
      zh: '{cell}的{label}“{field}”为{value}，但所含{count}行之和为{sum}。{advice}',
      en: '{cell} ({label}, {field}) is {value} but its {count} rows add up to {sum}. {advice}',
    },
    help: {
      zh: '合计、小计、分类合计（如“二、新开工项目（4个）”行）和“其中”行不计入项目数，但其数值应等于所含项目之和。',
      en: 'Total, subtotal, section and "of which" rows are not projects, but must equal the sum of the rows they cover.',
    },
    phrases: {
      label: {
        合计: { zh: '合计', en: 'total' },
        总计: { zh: '总计', en: 'grand total' },
        小计: { zh: '小计', en: 'subtotal' },
        其中: { zh: '“其中”行', en: '"of which" row' },
        section: { zh: '分类合计', en: 'section total' },
      },
      // What explains the gap, in this order: a section row inside it that is wrong itself, numbers stored as text
      // (Excel's SUM skips them), rows outside the formula's range; else the formula or the typed figure.
      advice: {
        'section-formula': {
          zh: '差额来自第{sections}行（所含的分类合计或小计本身不符，见该行的问题）；改正后本公式即得出正确合计，无需改动本单元格。',
          en: 'The gap comes from row {sections} (section totals or subtotals that are wrong themselves, see their issues); once corrected, the formula gives the right total.',
        },
        'section-typed': {
          zh: '差额来自第{sections}行（所含的分类合计或小计本身不符，见该行的问题）；改正后，请把本单元格改为{sum}。',
          en: 'The gap comes from row {sections} (section totals or subtotals that are wrong themselves, see their issues); correct them, then enter {sum} here.',
        },
        'text-explains-formula': {
          zh: `差额来自${TEXT_GAP.zh}，公式会自动得出正确合计，无需改动合计单元格。`,
          en: `The gap comes from ${TEXT_GAP.en}; the formula then gives the right total, so leave the total cell as it is.`,
        },
        'text-explains-typed': {
          zh: `差额来自${TEXT_GAP.zh}；请核对后改为{sum}。`,
          en: `The gap comes from ${TEXT_GAP.en}; correct it to {sum}.`,
        },
        range: {
          zh: '该单元格是公式，其求和范围{range}，请改正公式的引用范围，不要直接改写为数字。',
          en: 'The cell is a formula whose range {range}; correct its range rather than typing a number over it.',
        },
        'text-among-formula': {
          zh: `所含行中有${TEXT_GAP.zh}；${FORMULA.zh}`,
          en: `The rows hold ${TEXT_GAP.en}; ${FORMULA.en}`,
        },
        'text-among-typed': {
          zh: `所含行中有${TEXT_GAP.zh}；请核对后改为{sum}。`,
          en: `The rows hold ${TEXT_GAP.en}; correct it to {sum}.`,
        },
        formula: {
          zh: FORMULA.zh,
          en: 'The cell is a formula: check which rows it refers to rather than typing a number over it.',
        },
        typed: { zh: '请核对后改为{sum}。', en: 'Correct it to {sum}.' },
      },
      range: {
        missing: { zh: '漏掉了第{missing}行', en: 'leaves out row {missing}' },
        extra: { zh: '多算了第{extra}行', en: 'also adds row {extra}' },
        both: { zh: '漏掉了第{missing}行、多算了第{extra}行', en: 'leaves out row {missing} and adds row {extra}' },
        none: { zh: '', en: '' },
      },
      more: { none: { zh: '', en: '' }, some: { zh: '等{cellCount}处', en: ' and others ({cellCount} in all)' } },
    },
    lists: {
      cells: { zh: '、', en: ', ' },
      sections: { zh: '、', en: ', ' },
      missing: { zh: '、', en: ', ' },
      extra: { zh: '、', en: ', ' },
    },
  },
} as const satisfies Record<string, IssueTypeDef>;
