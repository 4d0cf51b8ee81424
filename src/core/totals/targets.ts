import { wanPerUnit } from '../parse/amountUnits';
import type { PolicyPack, Target } from '../policy/types';
import { isoDate, paceAt, type AsOfDate } from './asOf';
import type { RowFacts } from './rowFacts';
import type { TargetProgress, TargetStatus } from './types';

/** True when a row passes a target's filter (amounts in 万元; channel by containment, as typed names vary). */
export function passesFilter(f: RowFacts, filter: Target['filter']): boolean {
  if (!filter) return true;
  if (filter.domain && !filter.domain.includes(f.domain)) return false;
  if (filter.minTotal !== undefined && !(f.total >= filter.minTotal)) return false;
  if (filter.channel && !filter.channel.some((c) => f.channel.includes(c))) return false;
  return true;
}

/** The target's actual in its own unit; null when the ledgers cannot say (no such ledger, or a budget line). */
export function targetActual(t: Target, rowsByKind: Partial<Record<'project' | 'reserve', RowFacts[]>>): number | null {
  if (t.ledger === 'none' || t.metric === 'budget') return null;
  const rows = rowsByKind[t.ledger];
  if (!rows) return null;
  const field = t.metric === 'count' ? null : (t.metric as 'completed' | 'planned' | 'total');
  let n = 0;
  for (const f of rows) if (passesFilter(f, t.filter)) n += field ? f[field] : 1;
  return field ? n / wanPerUnit(t.unit) : n;
}

/** Status from the pack's thresholds on (actual / target) / pace; a target reached is done whatever the date. */
export function targetStatus(ratio: number | null, pace: number, th: PolicyPack['status']): TargetStatus {
  if (ratio === null) return 'no-data';
  if (ratio >= 1) return 'done';
  if (pace <= 0) return ratio > 0 ? 'ahead' : 'on-pace';
  const q = ratio / pace;
  return q >= th.ahead ? 'ahead' : q >= th.onPace ? 'on-pace' : 'behind';
}

export function targetProgress(
  pack: PolicyPack,
  asOf: AsOfDate,
  rowsByKind: Partial<Record<'project' | 'reserve', RowFacts[]>>,
): TargetProgress[] {
  return pack.targets.map((t) => {
    const actual = targetActual(t, rowsByKind);
    const pace = actual === null ? null : paceAt(asOf, t.deadline, t.paced);
    const ratio = actual === null || t.value === 0 ? null : actual / t.value;
    // A stock target has no 序时进度: before its deadline an unmet one is still in progress, not behind.
    const open = !t.paced && ratio !== null && ratio < 1 && isoDate(asOf) < t.deadline;
    return {
      id: t.id,
      label: t.label,
      target: t.value,
      actual,
      unit: t.unit,
      ratio,
      pace,
      gap: actual === null || pace === null ? null : actual - t.value * pace,
      status: open ? 'open' : targetStatus(ratio, pace ?? 0, pack.status), // no pace only with no ratio: 无数据
    };
  });
}
