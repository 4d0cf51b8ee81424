/** Words the reports use, Chinese first. */
import type { Severity } from '../core/validate/types';
import type { Lang } from './io';

export const KIND_LABEL: Record<string, { zh: string; en: string }> = {
  project: { zh: '项目台账', en: 'project ledger' },
  reserve: { zh: '储备项目库', en: 'reserve library' },
  measure: { zh: '措施任务台账', en: 'measure task ledger' },
  unknown: { zh: '非台账', en: 'not a ledger' },
};

export const SEVERITY_LABEL: Record<Severity, { zh: string; en: string }> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};

export { TARGET_STATUS_LABEL as STATUS_LABEL } from '../core/totals/statusLabels';

export function label(map: Record<string, { zh: string; en: string }>, key: string, lang: Lang): string {
  return map[key]?.[lang] ?? key;
}
