import type { TargetStatus } from './types';

/** The words for a target's status, one set for the summary sheets, the CLI and the pane. */
export const TARGET_STATUS_LABEL: Record<TargetStatus, { zh: string; en: string }> = {
  ahead: { zh: '超序时', en: 'ahead' },
  'on-pace': { zh: '达序时', en: 'on pace' },
  behind: { zh: '滞后', en: 'behind' },
  done: { zh: '已完成', en: 'done' },
  open: { zh: '进行中', en: 'in progress' },
  'no-data': { zh: '无数据', en: 'no data' },
};
