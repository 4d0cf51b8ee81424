import { fitSettings, readShelf } from '../core/compare/snapshotBudget';
import type { PortNote, StoredSettings } from '../core/port/WorkbookPort';
import type { OfficeHost } from './host';

/**
 * Settings live in the workbook's document settings (Office common API, saved inside the .xlsx), so a district
 * office can hand out one workbook and every clerk gets the same policy pack and rule switches. Document settings
 * hold about 2 MB in all (office-js #621: a Microsoft engineer, quoting the Settings reference, "we only support 2MB
 * maximum for settings"; #3957: saves fail with "The argument is invalid or missing or has an incorrect format"
 * once they pass that), shared with the mark state and the history (persist.ts). So the JSON here is held under
 * core SETTINGS_BUDGET_BYTES (1.5 MB) by dropping old ledger snapshots, and all three keys under one total
 * (budget.ts), never by failing the save. No ExcelApi set is needed (a custom XML part, ExcelApi 1.5, would be the alternative).
 */
export const SETTINGS_KEY = 'taizhang.settings';

export interface LoadedSettings {
  settings: StoredSettings | null;
  /** What could not be read and was left out (a damaged snapshot shelf), Chinese first. */
  notes: PortNote[];
}

/** Only the fields we know, each checked: anything damaged is left out rather than blocking the pane. */
export function settingsFromJson(raw: unknown): LoadedSettings {
  if (typeof raw !== 'string' || raw === '') return { settings: null, notes: [] };
  let parsed: Partial<StoredSettings>;
  try {
    parsed = JSON.parse(raw) as Partial<StoredSettings>;
    if (!parsed || typeof parsed !== 'object') return { settings: null, notes: [] };
  } catch {
    // A damaged entry must not block the pane: fall back to the built-in pack.
    return { settings: null, notes: [] };
  }
  const shelf = readShelf(parsed.snapshots);
  const settings: StoredSettings = {
    policyPack: typeof parsed.policyPack === 'string' ? parsed.policyPack : null,
    rules: parsed.rules && typeof parsed.rules === 'object' ? parsed.rules : {},
    lang: parsed.lang === 'en' ? 'en' : parsed.lang === 'zh' ? 'zh' : undefined,
    // The user's column mapping per sheet travels with the workbook (checked by the core when applied).
    ...(parsed.mappings && typeof parsed.mappings === 'object' && !Array.isArray(parsed.mappings)
      ? { mappings: parsed.mappings }
      : {}),
    // Last weeks' ledger snapshots for the 台账周报 (core/compare/snapshotStore), checked snapshot by snapshot.
    ...(shelf.shelf ? { snapshots: shelf.shelf } : {}),
  };
  return { settings, notes: shelf.notes };
}

export function loadSettings(host: OfficeHost): StoredSettings | null {
  return settingsFromJson(host.settings.get(SETTINGS_KEY)).settings;
}

/**
 * The settings to store: settings without a `snapshots` field keep the shelf already stored (the pane's 设置 and
 * column mappings save without knowing it), and the whole is cut to core's settings budget, oldest snapshots first.
 * The total of all Taizhang keys is then kept by budget.ts (budgetSave.ts saves).
 */
export function settingsToStore(
  settings: StoredSettings,
  stored: StoredSettings | null,
): { settings: StoredSettings; notes: PortNote[] } {
  const withShelf =
    settings.snapshots === undefined && stored?.snapshots ? { ...settings, snapshots: stored.snapshots } : settings;
  const fit = fitSettings(withShelf);
  const notes: PortNote[] = fit.dropped.length
    ? [
        {
          zh: `工作簿设置的容量有限，删去了 ${fit.dropped.length} 份较早的台账快照。`,
          en: `Workbook settings are limited; ${fit.dropped.length} older ledger snapshot(s) were removed.`,
        },
      ]
    : [];
  return { settings: fit.settings, notes };
}
