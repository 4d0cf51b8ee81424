/**
 * A ledger's projects kept small — identity and figures only — so Taizhang can store last week's version inside
 * the workbook at 生成汇总 and compare with it next week, when the clerk has no copy of last week's file.
 * Plain JSON (no Dates, no Maps): it goes into the workbook's settings as text, which Excel caps at about 2 MB in
 * all (snapshotBudget.ts). So version 2 writes each owner, township, domain, stage and lead unit once, in `words`,
 * and the rows point at them: those repeat down a ledger and were half of a row's bytes (a 5,000-row ledger went
 * from 0.95 MB to about half). Version 1 (every text inline) is still read.
 */
import type { Ledger } from '../ledger/types';
import type { PolicyPack } from '../policy/types';
import { projectVersions } from './projects';
import type { ProjectVersion, VersionSource } from './types';

export const SNAPSHOT_VERSION = 2;
/** The versions this Taizhang reads. */
export const SNAPSHOT_VERSIONS: readonly number[] = [1, 2];

type Figures = [number | null, number | null, number | null];
/** Version 1 row: [row, name, owner, location, domain, stage, lead, total, planned, completed]. */
type RowV1 = [number, string, string, string, string, string, string, ...Figures];
/** Version 2 row: the same, owner … lead as indexes into `words`. */
type RowV2 = [number, string, number, number, number, number, number, ...Figures];

interface SnapshotHead {
  source: VersionSource;
  /** When it was taken (ISO date) and the ledger's as-of date if it states one, for the 周报 title. */
  takenAt: string;
  asOf?: string;
}
export interface LedgerSnapshotV1 extends SnapshotHead {
  v: 1;
  rows: RowV1[];
}
export interface LedgerSnapshotV2 extends SnapshotHead {
  v: 2;
  words: string[];
  rows: RowV2[];
}
export type LedgerSnapshot = LedgerSnapshotV1 | LedgerSnapshotV2;

/** The texts a snapshot row holds by index (owner, location, domain, stage, lead): the same order in both versions. */
const TEXT_AT = [2, 3, 4, 5, 6] as const;

export function takeSnapshot(
  ledger: Ledger,
  file: string,
  pack: PolicyPack,
  takenAt: string,
  asOf?: string,
): LedgerSnapshotV2 {
  const words: string[] = [];
  const index = new Map<string, number>();
  const word = (text: string): number => {
    let i = index.get(text);
    if (i === undefined) index.set(text, (i = words.push(text) - 1));
    return i;
  };
  const rows = projectVersions(ledger, file, pack).map((p): RowV2 => {
    const texts = [p.owner, p.location, p.domain, p.stage, p.lead].map(word);
    return [p.row, p.name, texts[0], texts[1], texts[2], texts[3], texts[4], p.total, p.planned, p.completed];
  });
  const head = { source: { file, sheet: ledger.sheet }, takenAt, ...(asOf ? { asOf } : {}) };
  return { v: SNAPSHOT_VERSION, ...head, words, rows };
}

/** The row's texts (owner, location, domain, stage, lead) whatever the version. */
function textsOf(s: LedgerSnapshot, r: unknown[]): string[] {
  return TEXT_AT.map((i) => (s.v === 2 ? String(s.words[r[i] as number] ?? '') : String(r[i])));
}

/** The snapshot's projects; null when the JSON is not a snapshot this version of Taizhang can read. */
export function snapshotProjects(
  json: unknown,
): { source: VersionSource; projects: ProjectVersion[]; takenAt: string; asOf?: string } | null {
  const s = json as LedgerSnapshot | null;
  if (!s || !SNAPSHOT_VERSIONS.includes(s.v) || !Array.isArray(s.rows) || !s.source || typeof s.takenAt !== 'string')
    return null;
  if (s.v === 2 && !Array.isArray(s.words)) return null;
  const source = { file: String(s.source.file), sheet: String(s.source.sheet) };
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const projects = (s.rows as unknown[][])
    .filter((r) => Array.isArray(r) && r.length === 10 && typeof r[0] === 'number')
    .map((r): ProjectVersion => {
      const [owner, location, domain, stage, lead] = textsOf(s, r);
      return {
        source,
        row: r[0] as number,
        name: String(r[1]),
        owner,
        location,
        domain,
        stage,
        lead,
        total: num(r[7]),
        planned: num(r[8]),
        completed: num(r[9]),
        columns: {},
        completedRef: null, // last week's cells are gone: its figures are constants
      };
    });
  return { source, projects, takenAt: s.takenAt, asOf: s.asOf };
}
