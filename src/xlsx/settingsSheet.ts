/**
 * Settings carried inside the workbook: a very hidden sheet holding the JSON in column A, split into chunks
 * because an Excel cell holds at most 32,767 characters and a policy pack is larger than that.
 */
import { readShelf } from '../core/compare/snapshotBudget';
import type { Grid } from '../core/grid';
import type { PortNote, StoredSettings } from '../core/port/WorkbookPort';
import type { SheetLayout } from '../core/report/types';

export const SETTINGS_SHEET = '_taizhang_settings';
const CHUNK = 30000;

/** The settings and what was left out of them (a damaged snapshot shelf), Chinese first. */
export function settingsAndNotesFromGrid(grid: Grid): { settings: StoredSettings | null; notes: PortNote[] } {
  let text = '';
  for (let r = 0; r < grid.rowCount; r++) {
    const v = grid.values[r]?.[0];
    if (typeof v !== 'string') break;
    text += v;
  }
  let parsed: StoredSettings;
  try {
    parsed = JSON.parse(text) as StoredSettings;
  } catch {
    // A damaged settings sheet falls back to the built-in pack rather than blocking the user.
    return { settings: null, notes: [] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { settings: null, notes: [] };
  // The snapshot shelf is checked snapshot by snapshot: a damaged one is dropped, the rest of the settings stand.
  const { snapshots, ...rest } = parsed;
  const shelf = readShelf(snapshots);
  return { settings: shelf.shelf ? { ...rest, snapshots: shelf.shelf } : rest, notes: shelf.notes };
}

/** The settings from the sheet's column A (chunks read top down until the first non-text cell). */
export function settingsFromGrid(grid: Grid): StoredSettings | null {
  return settingsAndNotesFromGrid(grid).settings;
}

/** The settings sheet as a layout: the JSON in chunks down column A. */
export function settingsLayout(settings: StoredSettings): SheetLayout {
  const text = JSON.stringify(settings);
  const cells: SheetLayout['cells'] = [];
  for (let i = 0, r = 0; i < text.length || r === 0; i += CHUNK, r++)
    cells.push({ row: r, col: 0, value: text.slice(i, i + CHUNK) });
  return { name: SETTINGS_SHEET, cells, columnWidths: [], merges: [], conditional: [], charts: [] };
}
