import { fitSettings } from '../core/compare/snapshotBudget';
import { settingsFromJson } from '../core/port/settingsJson';
import type { PortNote, StoredSettings } from '../core/port/WorkbookPort';
import { WorkbookError } from '../core/port/WorkbookPort';
import type { OfficeHost } from './host';

/**
 * Settings live in the workbook's document settings (Office common API, saved inside the .xlsx), so a district
 * office can hand out one workbook and every clerk gets the same policy pack and rule switches. Document settings
 * hold about 2 MB in all (office-js #621: a Microsoft engineer, quoting the Settings reference, "we only support 2MB
 * maximum for settings"; #3957: saves fail with "The argument is invalid or missing or has an incorrect format"
 * once they pass that), shared with the mark state and the history (persist.ts). So the JSON here is held under
 * core SETTINGS_BUDGET_BYTES (1.5 MB) by dropping old ledger snapshots, never by failing the save. No ExcelApi set
 * is needed (a custom XML part, ExcelApi 1.5, would be the alternative).
 */
export const SETTINGS_KEY = 'taizhang.settings';

// The JSON's reading is shared with the .xlsx port (document settings saved in the file): see core/port/settingsJson.
export { settingsFromJson, type LoadedSettings } from '../core/port/settingsJson';

export function loadSettings(host: OfficeHost): StoredSettings | null {
  return settingsFromJson(host.settings.get(SETTINGS_KEY)).settings;
}

/**
 * The JSON to store: settings without a `snapshots` field keep the shelf already stored (the pane's 设置 and column
 * mappings save without knowing it), and the whole is cut to the budget, oldest snapshots first.
 */
export function settingsToStore(
  settings: StoredSettings,
  stored: StoredSettings | null,
): { json: string; notes: PortNote[] } {
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
  return { json: JSON.stringify(fit.settings), notes };
}

export function saveSettings(host: OfficeHost, settings: StoredSettings): Promise<PortNote[]> {
  const { json, notes } = settingsToStore(settings, loadSettings(host));
  host.settings.set(SETTINGS_KEY, json);
  return new Promise((resolve, reject) => {
    host.settings.saveAsync((result) => {
      if (result.status === 'succeeded' || result.status === 'Succeeded') resolve(notes);
      else
        reject(
          new WorkbookError(
            `设置未能保存到工作簿：${result.error?.message ?? '未知原因'}`,
            `Settings could not be saved in the workbook: ${result.error?.message ?? 'unknown reason'}`,
            'SettingsSaveFailed',
          ),
        );
    });
  });
}
