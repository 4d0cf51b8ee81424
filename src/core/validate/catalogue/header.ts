/** Header issues: about the header block as a whole. */
import type { IssueTypeDef } from './shape';

export const HEADER_ISSUES = {
  'missing-field': {
    group: 'header',
    severity: 'warning',
    title: { zh: '缺少关键列', en: 'Key column missing' },
    message: {
      zh: '表头（第{row}行）没有识别出“{field}”列{candidates}，该项无法校验，汇总时不计入；如某列就是它，请改列名或在“列对应”中指定（命令行 --map 列=字段）。',
      en: 'The header (row {row}) has no "{field}" column{candidates}; it is not checked and not counted in summaries. If a column holds it, rename it or assign it (CLI: --map COLUMN=FIELD).',
    },
    help: {
      zh: '项目台账的总投资、年度计划投资、完成投资，储备项目库的总投资、资金渠道是汇总的关键数字。',
      en: 'Total, annual plan and completed investment (projects), total and channel (reserves) are the figures summaries need.',
    },
    // The unrecognised columns that may hold the field (its words in their header, or numbers below it).
    phrases: {
      candidates: {
        none: { zh: '', en: '' },
        some: { zh: '（可能是 {columns} 列）', en: ' (perhaps column {columns})' },
      },
    },
    lists: { columns: { zh: '、', en: ', ' } },
  },
  'duplicate-header': {
    group: 'header',
    severity: 'warning',
    title: { zh: '重复的列', en: 'Duplicate column' },
    message: {
      zh: '{col}列“{header}”与{first}列重复（都是“{field}”），只采用{first}列，请删除或改名。',
      en: 'Column {col} "{header}" repeats column {first} ("{field}"); only {first} is used. Delete or rename it.',
    },
    help: {
      zh: '同一字段出现两列时，以左边第一列为准。',
      en: 'When a field has two columns, the leftmost one is used.',
    },
  },
  'unknown-header': {
    group: 'header',
    severity: 'info',
    title: { zh: '未识别的列', en: 'Unrecognised column' },
    message: {
      zh: '{col}列“{header}”未能识别，不参与校验和汇总；如需使用请改为标准列名。',
      en: 'Column {col} "{header}" is not recognised and is not checked; use a standard column name if it matters.',
    },
    help: {
      zh: '标准列名见台账模板；常见写法（含年份、月份、单位）都能识别。',
      en: 'See the ledger template for standard column names.',
    },
  },
} as const satisfies Record<string, IssueTypeDef>;
