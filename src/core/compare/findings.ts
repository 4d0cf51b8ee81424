/** The comparison's findings as data: code, severity and the message in both languages (slots in braces). */
import type { Localised, Severity } from '../validate/types';
import type { CompareCode } from './types';

export const COMPARE_FINDINGS: Record<CompareCode, { severity: Severity; title: Localised; message: Localised }> = {
  'cumulative-decreased': {
    severity: 'error',
    title: { zh: '累计完成投资减少', en: 'Cumulative figure fell' },
    message: {
      zh: '{cell}“{name}”的累计完成投资由 {old} 万元降为 {new} 万元：累计数不应减少，请核对本期或上期的填报。',
      en: '{cell} "{name}": cumulative completed investment fell from {old} to {new} 万元; a cumulative figure cannot fall.',
    },
  },
  'plan-changed': {
    severity: 'warning',
    title: { zh: '计划投资调整', en: 'Plan changed' },
    message: {
      zh: '{cell}“{name}”的{field}由 {old} 万元改为 {new} 万元，请确认是否经过调整审批。',
      en: '{cell} "{name}": {field} changed from {old} to {new} 万元; confirm the change was approved.',
    },
  },
  'project-removed': {
    severity: 'warning',
    title: { zh: '项目不见了', en: 'Project missing' },
    message: {
      zh: '上期第 {row} 行的“{name}”在本期台账中没有找到：是删除了，还是改了名称？',
      en: 'Row {row} of the previous ledger, "{name}", is not in this version: dropped or renamed?',
    },
  },
  'project-renamed': {
    severity: 'info',
    title: { zh: '项目改名', en: 'Project renamed' },
    message: {
      zh: '第 {row} 行“{name}”按建设单位、总投资和建设地点认定为上期的“{old}”（改名），请确认。',
      en: 'Row {row} "{name}" was matched to last period\'s "{old}" by owner, total and location (renamed); confirm.',
    },
  },
  'period-over-plan-left': {
    severity: 'warning',
    title: { zh: '本期完成超过年度计划剩余', en: 'More than the plan left' },
    message: {
      zh: '{cell}“{name}”本期新增完成 {delta} 万元，超过年度计划剩余的 {left} 万元，请核对。',
      en: '{cell} "{name}": {delta} 万元 completed this period, more than the {left} 万元 left of the annual plan.',
    },
  },
  stalled: {
    severity: 'warning',
    title: { zh: '连续无进展', en: 'No progress' },
    message: {
      zh: '{cell}“{name}”已连续 {periods} 期累计完成投资没有变化（{value} 万元）。',
      en: '{cell} "{name}": no change in cumulative completed investment for {periods} periods ({value} 万元).',
    },
  },
  'figure-missing': {
    severity: 'warning',
    title: { zh: '无法计算本期完成', en: 'Period figure missing' },
    message: {
      zh: '{cell}“{name}”的累计完成投资在{side}为空或无法识别，本期新增完成没有计入。',
      en: '{cell} "{name}": cumulative completed investment is blank or unreadable in the {side} version; not counted.',
    },
  },
};

export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
