/**
 * `taizhang compare NEW.xlsx` with one file: last week's version is the snapshot Taizhang kept in that workbook
 * at 生成汇总 (core/compare/snapshotStore) — the newest one from an earlier day than today, so a summary made an
 * hour ago is not "last week".
 */
import { basename } from 'node:path';
import {
  compareVersions,
  localDay,
  previousSnapshot,
  projectVersions,
  snapshotProjects,
  type Comparison,
  type LedgerSnapshot,
  type LedgerVersion,
} from '../core/compare';
import type { PolicyPack } from '../core/policy/types';
import type { PortNote, StoredSettings } from '../core/port/WorkbookPort';
import { UsageError } from './errors';
import type { OpenedFile } from './workbooks';

/** The snapshot a comparison was made against, for the text and JSON outputs. */
export interface SnapshotUsed {
  sheet: string;
  file: string;
  takenAt: string;
  asOf?: string;
}

/** The stored settings' shelf of an opened file, with what could not be read of it. */
function shelfOf(file: OpenedFile): { shelf: StoredSettings | null; notes: PortNote[] } {
  // Excel's document settings first (what the clerk's pane kept), else the CLI's settings sheet.
  const { settings, notes } = file.pkg.readSettingsAndNotes();
  return { shelf: settings, notes };
}

/** Today as the clerk's calendar has it (local date, as the snapshots' takenAt). */
export function localToday(now = new Date()): string {
  return localDay(now);
}

export function compareWithSnapshot(
  file: OpenedFile,
  current: LedgerVersion,
  pack: PolicyPack,
  today: string,
  warn: (note: PortNote) => void,
): { comparison: Comparison; snapshot: SnapshotUsed } {
  const { shelf, notes } = shelfOf(file);
  notes.forEach(warn);
  const sheet = current.ledger.sheet;
  const snap: LedgerSnapshot | null = previousSnapshot(shelf?.snapshots, sheet, today);
  const read = snap ? snapshotProjects(snap) : null;
  if (!snap || !read) {
    throw new UsageError(
      `“${basename(file.path)}”中没有更早日期保存的“${sheet}”快照（快照在生成汇总时保存）；请给出上期文件：taizhang compare 上期.xlsx 本期.xlsx`,
      `"${basename(file.path)}" holds no snapshot of "${sheet}" from an earlier day (kept at summary); give last week's file: taizhang compare OLD.xlsx NEW.xlsx`,
    );
  }
  const comparison = compareVersions(
    { source: read.source, projects: read.projects },
    { source: { file: current.file, sheet }, projects: projectVersions(current.ledger, current.file, pack) },
  );
  return {
    comparison,
    snapshot: {
      sheet: snap.source.sheet,
      file: snap.source.file,
      takenAt: snap.takenAt,
      ...(snap.asOf ? { asOf: snap.asOf } : {}),
    },
  };
}
