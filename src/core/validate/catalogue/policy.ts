/** Policy issues: a row against the policy pack. */
import type { IssueTypeDef } from './shape';

export const POLICY_ISSUES = {
  'measure-unknown': {
    group: 'policy',
    severity: 'error',
    title: { zh: '措施编号不存在', en: 'Unknown measure' },
    message: {
      zh: '{cell}的对应措施“{value}”在政策文件中不存在（共{count}条），请改为 1–{count} 之间的编号。',
      en: '{cell}: measure "{value}" is not in the policy ({count} measures); use a number from 1 to {count}.',
    },
    help: { zh: '对应措施填写政策文件中的条目序号。', en: 'Measure numbers follow the policy document.' },
  },
  'lead-unit-mismatch': {
    group: 'policy',
    severity: 'warning',
    title: { zh: '牵头单位与政策不一致', en: 'Lead unit disagrees with the policy' },
    message: {
      zh: '{cell}的“{field}”“{value}”与第{measure}条措施规定的“{suggestion}”不一致，请核实。',
      en: '{cell} ({field}) "{value}" differs from measure {measure}\'s "{suggestion}"; check it.',
    },
    help: {
      zh: '政策文件为每条措施规定了牵头责任单位；项目的牵头单位应是其中之一，任务的牵头单位应与之相同。',
      en: "The policy names each measure's lead units: a project's lead is one of them, a task's lead is all of them.",
    },
  },
  // Its own code (it was once reported as lead-unit-mismatch): switching one off must not hide the other.
  'coop-unit-mismatch': {
    group: 'policy',
    severity: 'warning',
    title: { zh: '配合单位与政策不一致', en: 'Cooperating units disagree with the policy' },
    message: {
      zh: '{cell}的“{field}”“{value}”与第{measure}条措施规定的“{suggestion}”不一致，请核实。',
      en: '{cell} ({field}) "{value}" differs from measure {measure}\'s "{suggestion}"; check it.',
    },
    help: {
      zh: '政策文件为每条措施规定了配合责任单位；措施任务台账中任务的配合单位应与之相同。',
      en: "The policy names each measure's cooperating units: a task of a measure task ledger carries the same ones.",
    },
  },
  'lead-missing': {
    group: 'policy',
    severity: 'warning',
    title: { zh: '牵头单位为空', en: 'Lead unit missing' },
    message: { zh: '{cell}的“{field}”为空，{proposal}', en: '{cell} ({field}) is empty; {proposal}' },
    help: {
      zh: '每个项目、每项任务都应有牵头责任单位，否则按单位汇总时会漏计；可用“填写责任单位”按政策文件补上。',
      en: 'Every project and task needs a lead unit, or it drops out of the per-unit totals; "Fill units" fills it from the policy.',
    },
    phrases: {
      // What the fill would write here, from the pack (assign/), or that the pack names no unit for this row.
      proposal: {
        pack: {
          zh: '按政策文件应由“{units}”牵头，请填写（可用“填写责任单位”一键补上）。',
          en: 'by the policy it is "{units}"; fill it in ("Fill units" can do it).',
        },
        none: {
          zh: '政策文件中找不到该行对应的牵头单位，请填写实际负责的单位。',
          en: 'the policy names no unit for this row; enter the unit accountable for it.',
        },
      },
    },
  },
} as const satisfies Record<string, IssueTypeDef>;
