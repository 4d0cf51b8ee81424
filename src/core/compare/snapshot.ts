/**
 * A ledger's projects kept small — identity and figures only — so Taizhang can store last week's version inside
 * the workbook at 生成汇总 and compare with it next week, when the clerk has no copy of last week's file.
 * Plain JSON (no Dates, no Maps): it goes into the workbook's settings as text.
 */
import type { Ledger } from '../ledger/types';
import type { PolicyPack } from '../policy/types';
import { projectVersions } from './projects';
import type { ProjectVersion, VersionSource } from './types';

export const SNAPSHOT_VERSION = 1;

/** One project: [row, name, owner, location, domain, stage, lead, total, planned, completed]. */
type Row = [number, string, string, string, string, string, string, number | null, number | null, number | null];

export interface LedgerSnapshot {
  v: typeof SNAPSHOT_VERSION;
  source: VersionSource;
  /** When it was taken (ISO date) and the ledger's as-of date if it states one, for the 周报 title. */
  takenAt: string;
  asOf?: string;
  rows: Row[];
}

export function takeSnapshot(
  ledger: Ledger,
  file: string,
  pack: PolicyPack,
  takenAt: string,
  asOf?: string,
): LedgerSnapshot {
  const rows = projectVersions(ledger, file, pack).map((p): Row => [
    p.row,
    p.name,
    p.owner,
    p.location,
    p.domain,
    p.stage,
    p.lead,
    p.total,
    p.planned,
    p.completed,
  ]);
  return { v: SNAPSHOT_VERSION, source: { file, sheet: ledger.sheet }, takenAt, ...(asOf ? { asOf } : {}), rows };
}

/** The snapshot's projects; null when the JSON is not a snapshot this version of Taizhang can read. */
export function snapshotProjects(
  json: unknown,
): { source: VersionSource; projects: ProjectVersion[]; takenAt: string; asOf?: string } | null {
  const s = json as Partial<LedgerSnapshot> | null;
  if (!s || s.v !== SNAPSHOT_VERSION || !Array.isArray(s.rows) || !s.source || typeof s.takenAt !== 'string')
    return null;
  const source = { file: String(s.source.file), sheet: String(s.source.sheet) };
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const projects = s.rows
    .filter((r) => Array.isArray(r) && r.length === 10 && typeof r[0] === 'number')
    .map((r): ProjectVersion => ({
      source,
      row: r[0],
      name: String(r[1]),
      owner: String(r[2]),
      location: String(r[3]),
      domain: String(r[4]),
      stage: String(r[5]),
      lead: String(r[6]),
      total: num(r[7]),
      planned: num(r[8]),
      completed: num(r[9]),
      columns: {},
      completedRef: null, // last week's cells are gone: its figures are constants
    }));
  return { source, projects, takenAt: s.takenAt, asOf: s.asOf };
}
