/**
 * Settings carried inside the workbook: a very hidden sheet holding the JSON in column A, split into chunks
 * because an Excel cell holds at most 32,767 characters and a policy pack is larger than that.
 */
import type ExcelJS from 'exceljs';
import type { StoredSettings } from '../core/port/WorkbookPort';

export const SETTINGS_SHEET = '_taizhang_settings';
const CHUNK = 30000;

export function readSettingsSheet(wb: ExcelJS.Workbook): StoredSettings | null {
  const ws = wb.getWorksheet(SETTINGS_SHEET);
  if (!ws) return null;
  let text = '';
  for (let r = 1; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, 1).value;
    if (typeof v !== 'string') break;
    text += v;
  }
  try {
    const parsed = JSON.parse(text) as StoredSettings;
    return typeof parsed === 'object' && parsed !== null ? parsed : null;
  } catch {
    return null; // a damaged settings sheet falls back to the built-in pack rather than blocking the user
  }
}

export function writeSettingsSheet(wb: ExcelJS.Workbook, settings: StoredSettings): void {
  const old = wb.getWorksheet(SETTINGS_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
  const text = JSON.stringify(settings);
  for (let i = 0, r = 1; i < text.length || r === 1; i += CHUNK, r++) {
    ws.getCell(r, 1).value = text.slice(i, i + CHUNK);
  }
}
