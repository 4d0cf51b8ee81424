import { fitSettings } from '../core/compare/snapshotBudget';
import { settingsFromJson } from '../core/port/settingsJson';
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

// The JSON's reading is shared with the .xlsx port (document settings saved in the file): see core/port/settingsJson.
export { settingsFromJson, type LoadedSettings } from '../core/port/settingsJson';

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
