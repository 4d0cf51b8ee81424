/**
 * What 生成汇总 keeps for next week's 台账周报: a snapshot of each project ledger summed. Both the CLI's
 * `summary --out` and the pane's summary job call this, then their port saves the shelf in the workbook settings.
 */
import type { Ledger } from '../ledger/types';
import type { PolicyPack } from '../policy/types';
import { statedAsOf } from '../totals/computeSummary';
import { takeSnapshot, type LedgerSnapshot } from './snapshot';

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/**
 * A moment as local ISO time with its offset (2026-12-08T07:30:00+08:00). The shelf keeps one snapshot per day and
 * "last week" is an earlier day, both by the first ten characters: in UTC a clerk's 07:30 in 漯河 would fall on
 * the day before. The core has no clock: the caller passes the Date.
 */
export function localIsoTime(d: Date): string {
  const off = -d.getTimezoneOffset();
  const zone = `${off >= 0 ? '+' : '-'}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`;
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${date}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${zone}`;
}

/** The local calendar day of a moment (YYYY-MM-DD), the `today` previousSnapshot compares with. */
export function localDay(d: Date): string {
  return localIsoTime(d).slice(0, 10);
}

/**
 * One snapshot per project ledger of the summary (reserve libraries and task ledgers have no weekly figures to
 * compare). `now` is the caller's clock (a Date, kept as local time; a string is taken as it is); `asOf` is the date
 * the ledger states, if any.
 */
export function snapshotsAtSummary(
  inputs: readonly { source: string; ledger: Ledger }[],
  pack: PolicyPack,
  now: Date | string,
): LedgerSnapshot[] {
  const takenAt = typeof now === 'string' ? now : localIsoTime(now);
  return inputs
    .filter((i) => i.ledger.kind === 'project')
    .map((i) => takeSnapshot(i.ledger, i.source, pack, takenAt, statedAsOf([i.ledger], pack) ?? undefined));
}
