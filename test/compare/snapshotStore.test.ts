import { previousSnapshot, shelveSnapshot, snapshotsOf, SNAPSHOTS_KEPT } from '../../src/core/compare';
import type { LedgerSnapshot } from '../../src/core/compare';

const snap = (sheet: string, takenAt: string, rows = 1): LedgerSnapshot => ({
  v: 1,
  source: { file: 'a.xlsx', sheet },
  takenAt,
  rows: Array.from({ length: rows }, (_, i) => [i + 4, `项目${i}`, '', '', '', '', '', 100, 50, 10]),
});

describe('snapshot shelf in the workbook settings', () => {
  it('keeps one snapshot per sheet per day: a second 生成汇总 that day replaces the first', () => {
    let shelf = shelveSnapshot(undefined, snap('台账', '2026-11-24T09:00:00Z'));
    shelf = shelveSnapshot(shelf, snap('台账', '2026-12-01T09:00:00Z', 1));
    shelf = shelveSnapshot(shelf, snap('台账', '2026-12-01T15:00:00Z', 2));
    expect(snapshotsOf(shelf, '台账').map((s) => s.takenAt)).toEqual(['2026-12-01T15:00:00Z', '2026-11-24T09:00:00Z']);
    expect(snapshotsOf(shelf, '台账')[0].rows).toHaveLength(2);
  });

  it('drops the oldest past SNAPSHOTS_KEPT days, per sheet, without touching other sheets', () => {
    let shelf = shelveSnapshot(undefined, snap('其他', '2026-01-01T00:00:00Z'));
    for (let d = 1; d <= SNAPSHOTS_KEPT + 2; d++)
      shelf = shelveSnapshot(shelf, snap('台账', `2026-11-0${d}T08:00:00Z`));
    const kept = snapshotsOf(shelf, '台账').map((s) => s.takenAt.slice(0, 10));
    expect(kept).toHaveLength(SNAPSHOTS_KEPT);
    expect(kept[0]).toBe(`2026-11-0${SNAPSHOTS_KEPT + 2}`);
    expect(kept).not.toContain('2026-11-01');
    expect(snapshotsOf(shelf, '其他')).toHaveLength(1);
  });

  it('defaults to the newest snapshot of an earlier day, never the one just taken', () => {
    let shelf = shelveSnapshot(undefined, snap('台账', '2026-11-24T09:00:00Z'));
    shelf = shelveSnapshot(shelf, snap('台账', '2026-12-01T09:00:00Z'));
    expect(previousSnapshot(shelf, '台账', '2026-12-01')?.takenAt).toBe('2026-11-24T09:00:00Z');
    expect(previousSnapshot(shelf, '台账', '2026-12-08')?.takenAt).toBe('2026-12-01T09:00:00Z');
    expect(previousSnapshot(shelf, '台账', '2026-11-24')).toBeNull();
    expect(previousSnapshot(shelf, '别的表', '2026-12-08')).toBeNull();
  });

  it('leaves out what it cannot read (another format version, a damaged entry)', () => {
    const shelf = {
      台账: [
        snap('台账', '2026-11-24T09:00:00Z'),
        { v: 99 } as unknown as LedgerSnapshot,
        null as unknown as LedgerSnapshot,
      ],
    };
    expect(snapshotsOf(shelf, '台账')).toHaveLength(1);
    expect(snapshotsOf({ 台账: 'x' as unknown as LedgerSnapshot[] }, '台账')).toEqual([]);
  });
});
