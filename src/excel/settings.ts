import type { StoredSettings } from '../core/port/WorkbookPort';
import { WorkbookError } from '../core/port/WorkbookPort';
import type { OfficeHost } from './host';

/**
 * Settings live in the workbook's document settings (Office common API, saved inside the .xlsx), so a district
 * office can hand out one workbook and every clerk gets the same policy pack and rule switches. Document
 * settings hold up to 2 MB, ample for a policy pack; no ExcelApi set is needed (a custom XML part, ExcelApi 1.5,
 * would be the alternative).
 */
export const SETTINGS_KEY = 'taizhang.settings';

export function loadSettings(host: OfficeHost): StoredSettings | null {
  const raw = host.settings.get(SETTINGS_KEY);
  if (typeof raw !== 'string' || raw === '') return null;
  try {
    const parsed = JSON.parse(raw) as Partial<StoredSettings>;
    return {
      policyPack: typeof parsed.policyPack === 'string' ? parsed.policyPack : null,
      rules: parsed.rules && typeof parsed.rules === 'object' ? parsed.rules : {},
      lang: parsed.lang === 'en' ? 'en' : parsed.lang === 'zh' ? 'zh' : undefined,
      // The user's column mapping per sheet travels with the workbook (checked by the core when applied).
      ...(parsed.mappings && typeof parsed.mappings === 'object' && !Array.isArray(parsed.mappings)
        ? { mappings: parsed.mappings }
        : {}),
    };
  } catch {
    // A damaged entry must not block the pane: fall back to the built-in pack.
    return null;
  }
}

export function saveSettings(host: OfficeHost, settings: StoredSettings): Promise<void> {
  host.settings.set(SETTINGS_KEY, JSON.stringify(settings));
  return new Promise((resolve, reject) => {
    host.settings.saveAsync((result) => {
      if (result.status === 'succeeded' || result.status === 'Succeeded') resolve();
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
