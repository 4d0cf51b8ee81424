/** Policy issues: a row against the policy pack. */
import type { IssueTypeDef } from './shape';

export const POLICY_ISSUES = {
  'measure-unknown': {
    group: 'policy', severity: 'error',
    title: { zh: '措施编号不存在', en: 'Unknown measure' },
    message: { zh: '{cell}的对应措施“{value}”在政策文件中不存在（共{count}条），请改为 1–{count} 之间的编号。', en: '{cell}: measure "{value}" is not in the policy ({count} measures); use a number from 1 to {count}.' },
    help: { zh: '对应措施填写政策文件中的条目序号。', en: 'Measure numbers follow the policy document.' },
  },
  'lead-unit-mismatch': {
    group: 'policy', severity: 'warning',
    title: { zh: '责任单位与政策不一致', en: 'Responsible units disagree with the policy' },
    message: { zh: '{cell}的“{field}”“{value}”与第{measure}条措施规定的“{suggestion}”不一致，请核实。', en: '{cell} ({field}) "{value}" differs from measure {measure}\'s "{suggestion}"; check it.' },
    help: { zh: '政策文件为每条措施规定了牵头责任单位和配合责任单位。', en: 'The policy names the lead and cooperating units of each measure.' },
  },
} as const satisfies Record<string, IssueTypeDef>;
