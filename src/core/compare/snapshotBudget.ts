/**
 * Keeping the snapshot shelf inside the workbook settings without breaking them. Excel's document settings hold
 * about 2 MB in all (office-js #621, a Microsoft engineer quoting the Settings reference; src/excel/README.md), and
 * the mark state and the history share them, so the settings JSON is held under SETTINGS_BUDGET_BYTES: older days
 * go first, and a snapshot that alone would pass the budget is refused with a note — the save of the policy pack,
 * rules and column mappings never fails because of a snapshot.
 */
import type { PortNote, StoredSettings } from '../port/WorkbookPort';
import { SNAPSHOT_VERSIONS, type LedgerSnapshot } from './snapshot';
import { shelveSnapshot, type SnapshotShelf } from './snapshotStore';

export const SETTINGS_BUDGET_BYTES = 1_500_000;

/** UTF-8 length of a string (Chinese characters are 3 bytes), without TextEncoder: the core has no DOM or Node. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4; // a surrogate pair: one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
}

const isText = (v: unknown): v is string => typeof v === 'string';
const isFigure = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));

/** A snapshot this version can read: the shape takeSnapshot writes (version 2, or 1), every row complete. */
export function isSnapshot(v: unknown): v is LedgerSnapshot {
  const s = v as { v?: unknown; takenAt?: unknown; asOf?: unknown; source?: { file?: unknown; sheet?: unknown } } & {
    rows?: unknown;
    words?: unknown;
  };
  if (!s || typeof s !== 'object' || !SNAPSHOT_VERSIONS.includes(s.v as number) || !isText(s.takenAt)) return false;
  if (!/^\d{4}-\d{2}-\d{2}/.test(s.takenAt) || (s.asOf !== undefined && !isText(s.asOf))) return false;
  if (!s.source || !isText(s.source.file) || !isText(s.source.sheet) || !Array.isArray(s.rows)) return false;
  const words = s.v === 2 && Array.isArray(s.words) ? (s.words as unknown[]) : null;
  if (s.v === 2 && !(words && words.every(isText))) return false;
  // Version 2 points at `words` for owner … lead; version 1 holds the texts inline.
  const text = words
    ? (x: unknown) => Number.isInteger(x) && (x as number) >= 0 && (x as number) < words.length
    : isText;
  return s.rows.every(
    (r: unknown) =>
      Array.isArray(r) &&
      r.length === 10 &&
      typeof r[0] === 'number' &&
      isText(r[1]) &&
      r.slice(2, 7).every(text) &&
      r.slice(7).every(isFigure),
  );
}

export interface ReadShelf {
  /** Undefined when nothing readable was stored. */
  shelf?: SnapshotShelf;
  /** Snapshots left out because they could not be read (a damaged entry, another format version). */
  dropped: number;
  /** Chinese first; empty when all was readable. */
  notes: PortNote[];
}

/** The shelf as stored in settings, checked: what cannot be read is dropped with a note, never an error. */
export function readShelf(raw: unknown): ReadShelf {
  if (raw === undefined || raw === null) return { dropped: 0, notes: [] };
  const shelf: SnapshotShelf = {};
  let dropped = 0;
  if (typeof raw !== 'object' || Array.isArray(raw)) dropped = 1;
  else
    for (const [sheet, list] of Object.entries(raw as Record<string, unknown>)) {
      if (!Array.isArray(list)) {
        dropped++;
        continue;
      }
      const ok = list.filter(isSnapshot);
      dropped += list.length - ok.length;
      if (ok.length) shelf[sheet] = ok;
    }
  const notes: PortNote[] = dropped
    ? [
        {
          zh: `工作簿中保存的台账快照有 ${dropped} 份无法读取（已损坏或来自其他版本），已忽略；其他设置不受影响。`,
          en: `${dropped} ledger snapshot(s) stored in the workbook could not be read and were left out; other settings are unaffected.`,
        },
      ]
    : [];
  return { ...(Object.keys(shelf).length ? { shelf } : {}), dropped, notes };
}

export interface FittedSettings {
  settings: StoredSettings;
  /** Older snapshots taken off the shelf to stay under the budget. */
  dropped: LedgerSnapshot[];
  /** Snapshots of `keep` that could not be kept even with every older one gone. */
  refused: LedgerSnapshot[];
  /** Bytes of the settings JSON as it will be saved. */
  bytes: number;
}

/**
 * The settings with the shelf cut to fit `budget` bytes of JSON: the oldest snapshots first, those in `keep` (just
 * taken) last. Sizes are counted per snapshot once, so a 50,000-row shelf is not stringified again per removal.
 */
export function fitSettings(
  settings: StoredSettings,
  keep: readonly LedgerSnapshot[] = [],
  budget = SETTINGS_BUDGET_BYTES,
): FittedSettings {
  const { snapshots, ...rest } = settings;
  const base = utf8Bytes(JSON.stringify(rest));
  // Only snapshots this version can read are worth their bytes (a caller may hand back a damaged shelf).
  const entries = Object.entries(readShelf(snapshots).shelf ?? {}).flatMap(([sheet, list]) =>
    list.map((s) => ({ sheet, s, bytes: utf8Bytes(JSON.stringify(s)) + 1 })),
  );
  // Each sheet costs its key, quotes, colon, brackets and a comma; the "snapshots" key itself ~14.
  const sheetBytes = (sheet: string) => utf8Bytes(JSON.stringify(sheet)) + 4;
  const size = (list: typeof entries) =>
    base +
    14 +
    list.reduce((n, e) => n + e.bytes, 0) +
    [...new Set(list.map((e) => e.sheet))].reduce((n, sh) => n + sheetBytes(sh), 0);
  // A new snapshot too big even alone goes first (dropping last weeks' for it would gain nothing), then the oldest
  // days, then the other new ones.
  const isNew = (e: (typeof entries)[number]) => keep.includes(e.s);
  const alone = (e: (typeof entries)[number]) => size([e]) > budget;
  const rank = (e: (typeof entries)[number]) => (isNew(e) ? (alone(e) ? 0 : 2) : 1);
  const order = [...entries].sort((a, b) => rank(a) - rank(b) || (a.s.takenAt < b.s.takenAt ? -1 : 1));
  let kept = entries;
  const out: LedgerSnapshot[] = [];
  for (const e of order) {
    if (size(kept) <= budget) break;
    kept = kept.filter((k) => k !== e);
    out.push(e.s);
  }
  const shelf: SnapshotShelf = {};
  for (const e of kept) (shelf[e.sheet] ??= []).push(e.s);
  const fitted: StoredSettings = Object.keys(shelf).length ? { ...rest, snapshots: shelf } : { ...rest };
  return {
    settings: fitted,
    dropped: out.filter((s) => !keep.includes(s)),
    refused: out.filter((s) => keep.includes(s)),
    bytes: kept.length ? size(kept) : base,
  };
}

export interface KeptSnapshots {
  /** The settings to save: the stored ones with the new snapshots on the shelf, within the budget. */
  settings: StoredSettings;
  kept: LedgerSnapshot[];
  refused: LedgerSnapshot[];
  dropped: LedgerSnapshot[];
  /** What to tell the user, Chinese first ("已保存本期快照，供下周台账周报比较"). */
  notes: PortNote[];
}

const MB = (bytes: number) => (bytes / 1_000_000).toFixed(1);
const dayOf = (s: LedgerSnapshot) => s.takenAt.slice(0, 10);

/** Puts the snapshots taken at 生成汇总 on the stored shelf and fits the settings to the budget. */
export function keepSnapshots(
  stored: StoredSettings | null,
  snapshots: readonly LedgerSnapshot[],
  budget = SETTINGS_BUDGET_BYTES,
): KeptSnapshots {
  const shelved = (list: readonly LedgerSnapshot[]): StoredSettings => {
    let shelf = stored?.snapshots;
    for (const s of list) shelf = shelveSnapshot(shelf, s);
    return { ...(stored ?? { policyPack: null, rules: {} }), ...(shelf ? { snapshots: shelf } : {}) };
  };
  let fit = fitSettings(shelved(snapshots), snapshots, budget);
  const refused = fit.refused;
  const kept = snapshots.filter((s) => !refused.includes(s));
  // A refused snapshot must not have pushed off the one already kept today (same sheet, same day): shelve again
  // without it.
  if (refused.length) fit = { ...fitSettings(shelved(kept), kept, budget), refused };
  const notes: PortNote[] = [];
  if (kept.length)
    notes.push({
      zh: `已保存本期快照，供下周台账周报比较（${kept.map((s) => `“${s.source.sheet}”${s.rows.length} 个项目`).join('、')}）。`,
      en: `This period's snapshot was kept for next week's comparison (${kept.map((s) => `"${s.source.sheet}", ${s.rows.length} projects`).join('; ')}).`,
    });
  if (fit.dropped.length)
    notes.push({
      zh: `工作簿设置的容量有限（约 ${MB(budget)} MB），删去了较早的快照：${fit.dropped.map((s) => `“${s.source.sheet}”${dayOf(s)}`).join('、')}。`,
      en: `Workbook settings are limited (about ${MB(budget)} MB); older snapshots were removed: ${fit.dropped.map((s) => `"${s.source.sheet}" ${dayOf(s)}`).join(', ')}.`,
    });
  for (const s of fit.refused)
    notes.push({
      zh: `“${s.source.sheet}”的快照太大（约 ${MB(utf8Bytes(JSON.stringify(s)))} MB，工作簿设置上限约 ${MB(budget)} MB），未保存；下周请用本周的文件比较（taizhang compare 本周.xlsx 下周.xlsx）。其他设置已照常保存。`,
      en: `The snapshot of "${s.source.sheet}" is too large (about ${MB(utf8Bytes(JSON.stringify(s)))} MB; settings hold about ${MB(budget)} MB) and was not kept; compare next week with this week's file. Other settings were saved.`,
    });
  return { settings: fit.settings, kept, refused: fit.refused, dropped: fit.dropped, notes };
}
