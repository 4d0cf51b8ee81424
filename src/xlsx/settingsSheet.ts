/**
 * Settings carried inside the workbook: a very hidden sheet holding the JSON in column A, split into chunks
 * because an Excel cell holds at most 32,767 characters and a policy pack is larger than that.
 */
import type { Grid } from '../core/grid';
import type { StoredSettings } from '../core/port/WorkbookPort';
import type { SheetLayout } from '../core/report/types';

export const SETTINGS_SHEET = '_taizhang_settings';
const CHUNK = 30000;

/** The settings from the sheet's column A (chunks read top down until the first non-text cell). */
export function settingsFromGrid(grid: Grid): StoredSettings | null {
  let text = '';
  for (let r = 0; r < grid.rowCount; r++) {
    const v = grid.values[r]?.[0];
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

/** The settings sheet as a layout: the JSON in chunks down column A. */
export function settingsLayout(settings: StoredSettings): SheetLayout {
  const text = JSON.stringify(settings);
  const cells: SheetLayout['cells'] = [];
  for (let i = 0, r = 0; i < text.length || r === 0; i += CHUNK, r++)
    cells.push({ row: r, col: 0, value: text.slice(i, i + CHUNK) });
  return { name: SETTINGS_SHEET, cells, columnWidths: [], merges: [], conditional: [], charts: [] };
}
