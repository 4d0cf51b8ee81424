/**
 * One size budget for everything Taizhang keeps in Excel's document settings: `taizhang.settings` (pack, rules,
 * mappings, the 台账周报 snapshot shelf), `taizhang.history` (undo snapshots) and `taizhang.marks` (original fills).
 *
 * Why a single total: Excel holds about 2 MB of settings in all (office-js #621, a Microsoft engineer: "We only
 * support 2MB maximum for settings"), and a save past it fails for every key at once (#3957: "The argument is
 * invalid or missing or has an incorrect format"). SETTINGS_TOTAL_BYTES = 1.9 MB leaves 0.1 MB for the settings
 * part's own framing and for other add-ins' keys. Sizes are counted as the settings part stores them: each value
 * JSON-encoded once more (quotes and backslashes escaped: +11–20 % on undo snapshots, +8 % on ledger snapshots), in UTF-8 (a Chinese character
 * is 3 bytes) — the larger of the readings, since whether Excel counts UTF-16 units or bytes is not documented.
 *
 * What gives way, first to last (every save plans all three keys from the whole, so no key can starve another):
 * 1. older days of the snapshot shelf, oldest first — last weeks' files can still be compared by the CLI or the
 *    pane's two-file 台账周报;
 * 2. older undo entries, oldest first — they stay undoable until the pane is closed, only the saved copy goes;
 * 3. the newest snapshot of each sheet — next week's 台账周报 needs it, but a lost one can be taken again;
 * 4. the newest undo entry — the user's way back from what they just did (after a 生成汇总 the snapshot it just took
 *    goes after it: see keepNewSnapshots).
 * Never: the user's settings (pack, rules, mappings) and the mark state (without it a reloaded pane cannot give the
 * user's own fills back: the user's file). Everything dropped is said in Chinese in the port's notes.
 */
import type { ActionEntry, PortNote, StoredSettings } from '../core/port/WorkbookPort';
import { utf8Bytes, type LedgerSnapshot } from '../core/compare';
import type { Snapshot } from './snapshots';

export const SETTINGS_TOTAL_BYTES = 1_900_000;

export type HistoryItem = { entry: ActionEntry; payload: Snapshot };

/** Bytes of a JSON text once stored as a settings value (encoded again), without the two outer quotes. */
export function encodedBytes(json: string): number {
  return utf8Bytes(JSON.stringify(json)) - 2;
}

/** Bytes one key takes in the settings part: its name and its encoded value (0 when not set). */
export function keyBytes(name: string, value: unknown): number {
  if (value === null || value === undefined) return 0;
  return utf8Bytes(JSON.stringify(name)) + utf8Bytes(JSON.stringify(value)) + 2;
}

export interface BudgetParts {
  /** The user's settings with their shelf (null: none stored). */
  settings: StoredSettings | null;
  /** The mark state's JSON (persist.ts marksToJson). */
  marks: string;
  /** The action history, oldest first. */
  history: HistoryItem[];
  /** Bytes of keys this plan leaves as they are (a stored settings entry that could not be read). */
  otherBytes?: number;
  /**
   * The save brings its own shelf (生成汇总 just took a snapshot): its newest snapshots then go after the newest
   * undo — that undo is the summary sheets just written, which the user can delete by hand, while today's ledger
   * cannot be snapshotted again next week; and the pane's "已保存本期快照" stays true.
   */
  keepNewSnapshots?: boolean;
}

export interface BudgetPlan {
  settings: StoredSettings | null;
  history: HistoryItem[];
  droppedSnapshots: LedgerSnapshot[];
  droppedHistory: ActionEntry[];
  /** Bytes of the three keys as planned. */
  bytes: number;
  /** Bytes still over the total with everything that may give way gone (the user's settings and marks alone). */
  over: number;
}

interface Piece {
  bytes: number;
  rank: number;
  at: string;
  snapshot?: LedgerSnapshot;
  item?: HistoryItem;
}

/** The shelf's snapshots and the history's entries as pieces that may give way, in the order they give way. */
function pieces(parts: BudgetParts): Piece[] {
  const out: Piece[] = [];
  const newRank = parts.keepNewSnapshots ? 4 : 2;
  for (const list of Object.values(parts.settings?.snapshots ?? {})) {
    const newest = list.reduce<LedgerSnapshot | null>((n, s) => (!n || s.takenAt > n.takenAt ? s : n), null);
    for (const s of list)
      out.push({
        bytes: encodedBytes(JSON.stringify(s)) + 1,
        rank: s !== newest ? 0 : newRank,
        at: s.takenAt,
        snapshot: s,
      });
  }
  parts.history.forEach((item, i) =>
    out.push({
      bytes: encodedBytes(JSON.stringify(item)) + 1,
      rank: i === parts.history.length - 1 ? 3 : 1,
      at: item.entry.at,
      item,
    }),
  );
  return out.sort((a, b) => a.rank - b.rank || (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** What never gives way: the settings without their shelf (plus each shelf sheet's framing), the marks, the keys. */
function fixedBytes(parts: BudgetParts, keys: { settings: string; marks: string; history: string }): number {
  const { snapshots, ...rest } = parts.settings ?? { policyPack: null, rules: {} };
  const shelfFrame = Object.keys(snapshots ?? {}).reduce((n, sheet) => n + encodedBytes(JSON.stringify(sheet)) + 4, 16);
  return (
    (parts.settings ? keyBytes(keys.settings, JSON.stringify(rest)) + shelfFrame : 0) +
    keyBytes(keys.marks, parts.marks) +
    keyBytes(keys.history, '[]') +
    (parts.otherBytes ?? 0)
  );
}

/** The three keys cut to `total` bytes, giving way in the order above. */
export function planBudget(
  parts: BudgetParts,
  keys: { settings: string; marks: string; history: string },
  total = SETTINGS_TOTAL_BYTES,
): BudgetPlan {
  const fixed = fixedBytes(parts, keys);
  const all = pieces(parts);
  let bytes = fixed + all.reduce((n, p) => n + p.bytes, 0);
  const gone = new Set<Piece>();
  for (const p of all) {
    if (bytes <= total) break;
    gone.add(p);
    bytes -= p.bytes;
  }
  const droppedSnapshots = all.filter((p) => gone.has(p) && p.snapshot).map((p) => p.snapshot!);
  const droppedHistory = all.filter((p) => gone.has(p) && p.item).map((p) => p.item!.entry);
  return {
    settings: droppedSnapshots.length ? withoutSnapshots(parts.settings!, droppedSnapshots) : parts.settings,
    history: parts.history.filter((i) => !droppedHistory.includes(i.entry)),
    droppedSnapshots,
    droppedHistory,
    bytes,
    over: Math.max(0, bytes - total),
  };
}

function withoutSnapshots(settings: StoredSettings, dropped: LedgerSnapshot[]): StoredSettings {
  const { snapshots, ...rest } = settings;
  const shelf: NonNullable<StoredSettings['snapshots']> = {};
  for (const [sheet, list] of Object.entries(snapshots ?? {})) {
    const kept = list.filter((s) => !dropped.includes(s));
    if (kept.length) shelf[sheet] = kept;
  }
  return { ...rest, snapshots: shelf };
}

/** 1.9, 0.95: one decimal unless the figure needs two. */
export const MB = (bytes: number) => (bytes / 1_000_000).toFixed(bytes % 100_000 ? 2 : 1);

/** What the plan left out, for the pane, Chinese first. */
export function budgetNotes(plan: BudgetPlan, total = SETTINGS_TOTAL_BYTES): PortNote[] {
  const notes: PortNote[] = [];
  const limit = `工作簿设置的容量有限（设置、撤销记录和标注共用约 ${MB(total)} MB）`;
  const limitEn = `Workbook settings are limited (about ${MB(total)} MB for settings, undo and marks together)`;
  if (plan.droppedSnapshots.length) {
    const list = plan.droppedSnapshots.map((s) => `“${s.source.sheet}”${s.takenAt.slice(0, 10)}`).join('、');
    const listEn = plan.droppedSnapshots.map((s) => `"${s.source.sheet}" ${s.takenAt.slice(0, 10)}`).join(', ');
    notes.push({
      zh: `${limit}，删去了台账快照：${list}；需要与那天比较时请用那天的文件。`,
      en: `${limitEn}; ledger snapshots removed: ${listEn}. Compare with that day's file instead.`,
    });
  }
  if (plan.droppedHistory.length) {
    const list = plan.droppedHistory.map((e) => `“${e.label}”`).join('、');
    notes.push({
      zh: `${limit}，${plan.droppedHistory.length} 条撤销记录（${list}）未保存到工作簿：关闭任务窗格前仍可撤销，重新打开后不再列出。`,
      en: `${limitEn}; ${plan.droppedHistory.length} undo entr(ies) were not saved in the workbook: undoable until the pane is closed.`,
    });
  }
  if (plan.over > 0)
    notes.push({
      zh: `设置和标注本身已超过工作簿设置的容量（约 ${MB(plan.bytes)} MB，上限约 ${MB(total)} MB），可能无法保存：请先清除标注或删去政策包中不用的内容。`,
      en: `Settings and marks alone exceed the workbook settings' size (about ${MB(plan.bytes)} MB of ${MB(total)} MB) and may not be saved: clear the marks first.`,
    });
  return notes;
}
