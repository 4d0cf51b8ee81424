/** Row issues: about a row as a whole. */
import type { IssueType } from '../types';

export const ROW_ISSUES: IssueType[] = [
  {
    code: 'blank-row', group: 'row', severity: 'info',
    title: { zh: '空行', en: 'Blank row' },
    message: { zh: '第{row}行是空行，建议删除，以免筛选、排序和汇总时漏行。', en: 'Row {row} is blank; delete it so filters, sorting and totals do not skip rows.' },
    help: { zh: '数据区中间的空行会打断 Excel 的连续区域。', en: 'Blank rows break Excel\'s contiguous data region.' },
  },
  {
    code: 'duplicate-row', group: 'row', severity: 'warning',
    title: { zh: '重复项目', en: 'Duplicate project' },
    message: { zh: '{cell}的项目“{value}”与第{first}行重复，请核实后删除或合并其中一行。', en: 'Project "{value}" in {cell} repeats row {first}; check and delete or merge one of them.' },
    help: { zh: '同一项目（名称相同，且建设单位相同）只能填报一次，否则会重复统计。', en: 'A project (same name and owner) must appear once, or it is counted twice.' },
  },
  {
    code: 'subtotal-mismatch', group: 'row', severity: 'error',
    title: { zh: '合计数不符', en: 'Subtotal does not add up' },
    message: { zh: '{cell}的{label}“{field}”为{value}，但所含{count}行之和为{sum}。{advice}', en: '{cell} ({label}, {field}) is {value} but its {count} rows add up to {sum}. {adviceEn}' },
    help: { zh: '合计、小计行不计入项目数，但其数值应等于所含项目之和。', en: 'Subtotal rows are not projects, but must equal the sum of the rows they cover.' },
  },
];
