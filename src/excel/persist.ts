/**
 * Mark state and the action history saved in the workbook's document settings (Office common API, kept inside the
 * .xlsx when the user saves), so a pane reload, Excel restarting an add-in that blocked for 5 s, or reopening the
 * file does not lose the original fills or the way back. Document settings hold about 2 MB in all, shared with
 * taizhang.settings: budget.ts decides what of the history is saved (oldest entries give way first; they stay
 * undoable in this session only, and the pane is told).
 */
import type { ActionEntry } from '../core/port/WorkbookPort';
import { parseA1, toA1 } from '../core/grid';
import { cellsToAreas } from './addresses';
import { fillKey, type SavedFill } from './fills';
import type { MarkState, MarkedCell } from './marks';
import type { OfficeHost } from './host';
import type { Snapshot } from './snapshots';

export const MARKS_KEY = 'taizhang.marks';
export const HISTORY_KEY = 'taizhang.history';

interface SavedMarks {
  v: 1;
  fills: { sheet: string; original: SavedFill; mark: string; areas: string[] }[];
  notes: { sheet: string; cells: string[] }[];
}

/** Mark state as compact JSON: cells grouped by (original fill, mark) into A1 areas. */
export function marksToJson(state: MarkState): string {
  const fills: SavedMarks['fills'] = [];
  for (const [sheet, cells] of state.fills) {
    const groups = new Map<string, { cell: MarkedCell; at: { row: number; col: number }[] }>();
    for (const [a1, cell] of cells) {
      const key = `${fillKey(cell.original)}\u0000${cell.mark}`;
      const g = groups.get(key) ?? { cell, at: [] };
      g.at.push(parseA1(a1)!);
      groups.set(key, g);
    }
    for (const g of groups.values())
      fills.push({ sheet, original: g.cell.original, mark: g.cell.mark, areas: cellsToAreas(g.at) });
  }
  const notes = [...state.notes].map(([sheet, a1s]) => ({ sheet, cells: [...a1s] }));
  return JSON.stringify({ v: 1, fills, notes } satisfies SavedMarks);
}

/** Every A1 cell of an area "C5:C9" (areas are single columns, as cellsToAreas makes them). */
function cellsOf(area: string): string[] {
  const [a, b] = area.split(':');
  const from = parseA1(a);
  const to = parseA1(b ?? a);
  if (!from || !to) return [];
  const out: string[] = [];
  for (let r = from.row; r <= to.row; r++) for (let c = from.col; c <= to.col; c++) out.push(toA1(r, c));
  return out;
}

/** Saved mark state back into `state` (replacing it); a damaged entry leaves it empty. */
export function marksFromJson(raw: unknown, state: MarkState): void {
  state.fills.clear();
  state.notes.clear();
  if (typeof raw !== 'string' || raw === '') return;
  try {
    const saved = JSON.parse(raw) as SavedMarks;
    if (saved.v !== 1) return;
    for (const f of saved.fills) {
      const bySheet = state.fills.get(f.sheet) ?? new Map<string, MarkedCell>();
      for (const area of f.areas)
        for (const a1 of cellsOf(area)) bySheet.set(a1, { original: f.original, mark: f.mark });
      state.fills.set(f.sheet, bySheet);
    }
    for (const n of saved.notes) state.notes.set(n.sheet, new Set(n.cells));
  } catch {
    state.fills.clear(); // a damaged entry must not block the pane
    state.notes.clear();
  }
}

/** The history as JSON, oldest first; what fits is decided by the one budget of all keys (budget.ts). */
export function historyToJson(items: { entry: ActionEntry; payload: Snapshot }[]): string {
  return JSON.stringify(items);
}

export function historyFromJson(raw: unknown): { entry: ActionEntry; payload: Snapshot }[] {
  if (typeof raw !== 'string' || raw === '') return [];
  try {
    const list = JSON.parse(raw) as { entry: ActionEntry; payload: Snapshot }[];
    return Array.isArray(list) ? list.filter((i) => i && i.entry && i.payload && Array.isArray(i.payload.cells)) : [];
  } catch {
    return [];
  }
}

/**
 * Sets the keys and saves the document settings; resolves { ok: false } (never throws) when the host could not save.
 * A refused save leaves Excel's in-memory settings holding the refused values, so every later save (of any key)
 * would fail again: on failure each key is put back to what it held before.
 */
export async function saveKeys(
  host: OfficeHost,
  values: Record<string, string>,
): Promise<{ ok: boolean; error?: string }> {
  const before = Object.keys(values).map((k) => [k, host.settings.get(k)] as const);
  const result = await new Promise<{ ok: boolean; error?: string }>((resolve) => {
    try {
      for (const [k, v] of Object.entries(values)) host.settings.set(k, v);
      host.settings.saveAsync((r) =>
        resolve({ ok: r.status === 'succeeded' || r.status === 'Succeeded', error: r.error?.message }),
      );
    } catch (e) {
      resolve({ ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  });
  if (!result.ok)
    try {
      for (const [k, v] of before) {
        if (v === null || v === undefined) host.settings.remove?.(k);
        else host.settings.set(k, v);
      }
    } catch {
      // The bag is Excel's: if it refuses even the old values there is nothing more to put back.
    }
  return result;
}
