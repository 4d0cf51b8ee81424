/** Header issues: about the header block as a whole. */
import type { IssueTypeDef } from './shape';

export const HEADER_ISSUES = {
  'missing-field': {
    group: 'header', severity: 'error',
    title: { zh: '缺少必填列', en: 'Missing required column' },
    message: { zh: '表头（第{row}行）缺少“{field}”列，请补上该列后再校验。', en: 'The header (row {row}) has no "{field}" column; add it and check again.' },
    help: { zh: '每类台账都有必填列（如项目台账的项目名称、总投资），缺少时无法汇总。', en: 'Each ledger kind has required columns (e.g. project name and total investment).' },
  },
  'duplicate-header': {
    group: 'header', severity: 'warning',
    title: { zh: '重复的列', en: 'Duplicate column' },
    message: { zh: '{col}列“{header}”与{first}列重复（都是“{field}”），只采用{first}列，请删除或改名。', en: 'Column {col} "{header}" repeats column {first} ("{field}"); only {first} is used. Delete or rename it.' },
    help: { zh: '同一字段出现两列时，以左边第一列为准。', en: 'When a field has two columns, the leftmost one is used.' },
  },
  'unknown-header': {
    group: 'header', severity: 'info',
    title: { zh: '未识别的列', en: 'Unrecognised column' },
    message: { zh: '{col}列“{header}”未能识别，不参与校验和汇总；如需使用请改为标准列名。', en: 'Column {col} "{header}" is not recognised and is not checked; use a standard column name if it matters.' },
    help: { zh: '标准列名见台账模板；常见写法（含年份、月份、单位）都能识别。', en: 'See the ledger template for standard column names.' },
  },
} as const satisfies Record<string, IssueTypeDef>;
