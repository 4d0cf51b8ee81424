/**
 * The snapshots Taizhang keeps inside a workbook (StoredSettings.snapshots), so next week's 台账周报 can compare
 * with last week's ledger when the clerk has no copy of last week's file.
 *
 * Kept small on purpose — document settings are small in Excel — one snapshot per sheet per calendar day (a second
 * 生成汇总 on the same day replaces that day's, so "last week" is never pushed out by an hour ago) and at most
 * SNAPSHOTS_KEPT days per sheet, oldest dropped first.
 */
import { SNAPSHOT_VERSIONS, type LedgerSnapshot } from './snapshot';

export const SNAPSHOTS_KEPT = 4;

/** Sheet name → its snapshots, oldest first. */
export type SnapshotShelf = Record<string, LedgerSnapshot[]>;

const day = (iso: string) => iso.slice(0, 10);

/** The shelf with `snapshot` put on it (a new object; the old shelf is not changed). */
export function shelveSnapshot(shelf: SnapshotShelf | undefined, snapshot: LedgerSnapshot): SnapshotShelf {
  const sheet = snapshot.source.sheet;
  const kept = (shelf?.[sheet] ?? []).filter((s) => day(s.takenAt) !== day(snapshot.takenAt));
  kept.push(snapshot);
  kept.sort((a, b) => (a.takenAt < b.takenAt ? -1 : a.takenAt > b.takenAt ? 1 : 0));
  return { ...(shelf ?? {}), [sheet]: kept.slice(Math.max(0, kept.length - SNAPSHOTS_KEPT)) };
}

/** The sheet's readable snapshots, newest first (a snapshot of another format version is left out). */
export function snapshotsOf(shelf: SnapshotShelf | undefined, sheet: string): LedgerSnapshot[] {
  const list = shelf?.[sheet];
  if (!Array.isArray(list)) return [];
  return list.filter((s) => s && SNAPSHOT_VERSIONS.includes(s.v) && typeof s.takenAt === 'string').reverse();
}

/**
 * The snapshot to compare with by default: the newest one taken on an earlier day than `today` (ISO date), so a
 * 生成汇总 just made does not become "last week". Null when there is none.
 */
export function previousSnapshot(
  shelf: SnapshotShelf | undefined,
  sheet: string,
  today: string,
): LedgerSnapshot | null {
  return snapshotsOf(shelf, sheet).find((s) => day(s.takenAt) < day(today)) ?? null;
}
