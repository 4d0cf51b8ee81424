/** Row issues: about a row as a whole. */
import type { IssueTypeDef } from './shape';

/** The text-number part of a subtotal's advice, shared by its phrases. */
const TEXT_GAP = { zh: '文本格式的数字{cells}{more}（共{textSum}），Excel 的 SUM 不计入它们，请把这些单元格改为数值格式', en: 'numbers stored as text in {cells}{more} ({textSum}), which Excel\'s SUM skips; store them as numbers' } as const;
const FORMULA = { zh: '该单元格是公式，请检查公式的引用范围是否漏行、多行，不要直接改写为数字。', en: 'the cell is a formula: check which rows it refers to rather than typing a number over it.' } as const;

export const ROW_ISSUES = {
  'blank-row': {
    group: 'row', severity: 'info',
    title: { zh: '空行', en: 'Blank row' },
    message: { zh: '第{row}行是空行，建议删除，以免筛选、排序和汇总时漏行。', en: 'Row {row} is blank; delete it so filters, sorting and totals do not skip rows.' },
    help: { zh: '数据区中间的空行会打断 Excel 的连续区域。', en: 'Blank rows break Excel\'s contiguous data region.' },
  },
  'duplicate-row': {
    group: 'row', severity: 'warning',
    title: { zh: '重复项目', en: 'Duplicate project' },
    message: { zh: '{cell}的项目“{value}”与第{first}行重复，请核实后删除或合并其中一行。', en: 'Project "{value}" in {cell} repeats row {first}; check and delete or merge one of them.' },
    help: { zh: '同一项目（名称相同，且建设单位相同）只能填报一次，否则会重复统计。', en: 'A project (same name and owner) must appear once, or it is counted twice.' },
  },
  'subtotal-mismatch': {
    group: 'row', severity: 'error',
    title: { zh: '合计数不符', en: 'Subtotal does not add up' },
    message: { zh: '{cell}的{label}“{field}”为{value}，但所含{count}行之和为{sum}。{advice}', en: '{cell} ({label}, {field}) is {value} but its {count} rows add up to {sum}. {advice}' },
    help: { zh: '合计、小计行不计入项目数，但其数值应等于所含项目之和。', en: 'Subtotal rows are not projects, but must equal the sum of the rows they cover.' },
    phrases: {
      // What to fix: the text numbers (when they explain the gap, or are merely among the rows), the formula's
      // range, or — only for a typed subtotal — the figure to type (never a number over a formula).
      advice: {
        'text-explains-formula': { zh: `差额来自${TEXT_GAP.zh}，公式会自动得出正确合计，无需改动合计单元格。`, en: `The gap comes from ${TEXT_GAP.en}; the formula then gives the right total, so leave the total cell as it is.` },
        'text-explains-typed': { zh: `差额来自${TEXT_GAP.zh}；请核对后改为{sum}。`, en: `The gap comes from ${TEXT_GAP.en}; correct it to {sum}.` },
        'text-among-formula': { zh: `所含行中有${TEXT_GAP.zh}；${FORMULA.zh}`, en: `The rows hold ${TEXT_GAP.en}; ${FORMULA.en}` },
        'text-among-typed': { zh: `所含行中有${TEXT_GAP.zh}；请核对后改为{sum}。`, en: `The rows hold ${TEXT_GAP.en}; correct it to {sum}.` },
        formula: { zh: FORMULA.zh, en: 'The cell is a formula: check which rows it refers to rather than typing a number over it.' },
        typed: { zh: '请核对后改为{sum}。', en: 'Correct it to {sum}.' },
      },
      more: { none: { zh: '', en: '' }, some: { zh: '等{cellCount}处', en: ' and others ({cellCount} in all)' } },
    },
    lists: { cells: { zh: '、', en: ', ' } },
  },
} as const satisfies Record<string, IssueTypeDef>;
