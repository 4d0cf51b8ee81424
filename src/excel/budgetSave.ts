/**
 * Every save of Taizhang's document settings goes through here: the three keys are planned together under one
 * total (budget.ts), so the history cannot crowd out the user's settings or the other way round. If Excel still
 * refuses (some hosts fail from about 1 MB, office-js #3957), the save is tried again at half the total, and last
 * with only the key this save is for (the user's settings, or the marks that give the user's fills back).
 */
import type { PortNote, StoredSettings } from '../core/port/WorkbookPort';
import {
  budgetNotes,
  keyBytes,
  MB,
  planBudget,
  SETTINGS_TOTAL_BYTES,
  type BudgetPlan,
  type HistoryItem,
} from './budget';
import type { OfficeHost } from './host';
import { HISTORY_KEY, MARKS_KEY, historyToJson, saveKeys } from './persist';
import { SETTINGS_KEY, settingsFromJson } from './settings';

export const KEYS = { settings: SETTINGS_KEY, marks: MARKS_KEY, history: HISTORY_KEY };

export interface BudgetSave {
  /** The user's new settings (a settings save); left out, the stored ones stay unless their shelf must give way. */
  settings?: StoredSettings;
  marks: string;
  history: HistoryItem[];
  /** The caller gave the shelf itself (生成汇总's save): its newest snapshots outrank the newest undo. */
  bringsShelf?: boolean;
}

export interface BudgetSaveResult {
  ok: boolean;
  /** Only the key this save is for was saved (the others keep what the document had). */
  onlyOwnKey?: boolean;
  error?: string;
  /** What gave way or how the save went, Chinese first. */
  notes: PortNote[];
}

/**
 * The stored settings when this save does not bring its own. `otherBytes`: what the stored entry holds beyond its
 * readable fields (all of it when it cannot be read; fields of another version), which stays unless rewritten.
 */
function storedSettings(host: OfficeHost): { settings: StoredSettings | null; otherBytes: number } {
  const raw = host.settings.get(SETTINGS_KEY);
  const settings = settingsFromJson(raw).settings;
  const readable = settings ? keyBytes(SETTINGS_KEY, JSON.stringify(settings)) : 0;
  return { settings, otherBytes: Math.max(0, keyBytes(SETTINGS_KEY, raw) - readable) };
}

function valuesOf(plan: BudgetPlan, save: BudgetSave): Record<string, string> {
  const values: Record<string, string> = { [MARKS_KEY]: save.marks, [HISTORY_KEY]: historyToJson(plan.history) };
  // The stored settings are rewritten only when they are this save's or their shelf gave way.
  if (plan.settings && (save.settings || plan.droppedSnapshots.length))
    values[SETTINGS_KEY] = JSON.stringify(plan.settings);
  return values;
}

/** Saves within the total; never throws. */
export async function saveWithinBudget(host: OfficeHost, save: BudgetSave): Promise<BudgetSaveResult> {
  const stored = save.settings ? { settings: save.settings, otherBytes: 0 } : storedSettings(host);
  const parts = {
    ...stored,
    marks: save.marks,
    history: save.history,
    keepNewSnapshots: save.settings?.snapshots !== undefined && save.bringsShelf === true,
  };
  let error: string | undefined;
  let plan: BudgetPlan | null = null;
  for (const total of [SETTINGS_TOTAL_BYTES, SETTINGS_TOTAL_BYTES / 2]) {
    plan = planBudget(parts, KEYS, total);
    const r = await saveKeys(host, valuesOf(plan, save));
    if (r.ok) return { ok: true, notes: [...(error ? [retried(error, total)] : []), ...budgetNotes(plan, total)] };
    error = r.error ?? '未知原因';
  }
  // Last: only what this save is for, the other keys as the document has them.
  const own: Record<string, string> = save.settings
    ? { [SETTINGS_KEY]: JSON.stringify(plan?.settings ?? save.settings) }
    : { [MARKS_KEY]: save.marks };
  const r = await saveKeys(host, own);
  if (!r.ok) return { ok: false, error: r.error ?? error, notes: [] };
  return { ok: true, onlyOwnKey: true, notes: [ownOnly(Boolean(save.settings), error ?? '')] };
}

function retried(error: string, total: number): PortNote {
  return {
    zh: `Excel 未能保存工作簿设置（${error}），已按约 ${MB(total)} MB 的容量重试并保存。`,
    en: `Excel could not save the workbook settings (${error}); saved again within about ${MB(total)} MB.`,
  };
}

function ownOnly(settings: boolean, error: string): PortNote {
  return settings
    ? {
        zh: `Excel 未能保存全部工作簿设置（${error}）：设置已保存，撤销记录和标注仍是上次保存的样子。`,
        en: `Excel could not save all workbook settings (${error}): the settings were saved, undo and marks as last saved.`,
      }
    : {
        zh: `Excel 未能保存全部工作簿设置（${error}）：标注已保存，撤销记录未能保存到工作簿，关闭任务窗格前仍可撤销。`,
        en: `Excel could not save all workbook settings (${error}): marks were saved, the undo history was not (undoable until the pane is closed).`,
      };
}
