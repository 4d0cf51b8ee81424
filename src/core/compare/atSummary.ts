/**
 * What 生成汇总 keeps for next week's 台账周报: a snapshot of each project ledger summed. Both the CLI's
 * `summary --out` and the pane's summary job call this, then their port saves the shelf in the workbook settings.
 */
import type { Ledger } from '../ledger/types';
import type { PolicyPack } from '../policy/types';
import { statedAsOf } from '../totals/computeSummary';
import { takeSnapshot, type LedgerSnapshot } from './snapshot';

/**
 * One snapshot per project ledger of the summary (reserve libraries and task ledgers have no weekly figures to
 * compare). `takenAt` is the caller's clock (the core has none); `asOf` is the date the ledger states, if any.
 */
export function snapshotsAtSummary(
  inputs: readonly { source: string; ledger: Ledger }[],
  pack: PolicyPack,
  takenAt: string,
): LedgerSnapshot[] {
  return inputs
    .filter((i) => i.ledger.kind === 'project')
    .map((i) => takeSnapshot(i.ledger, i.source, pack, takenAt, statedAsOf([i.ledger], pack) ?? undefined));
}
