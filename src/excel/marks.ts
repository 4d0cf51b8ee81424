import { parseA1, toA1 } from '../core/grid';
import type { CellMark } from '../core/port/WorkbookPort';
import { cellsToAreas, chunkAreas } from './addresses';
import { SEVERITY_FILL } from '../core/validate/severityFill';
import type { Capabilities } from './requirements';
import { protectedSheetError } from './errors';
import { guardSheets } from './sheetGuard';
import { DEFAULT_PACING, forEachPaced, type Pacing } from './bulk';

/** A cell's fill before Taizhang marked it: a colour, or null for "no fill" (restored with fill.clear()). */
export type SavedFill = string | null;

/** What clearMarks needs: original fills per sheet and cell, and the notes Taizhang added. */
export interface MarkState {
  fills: Map<string, Map<string, SavedFill>>; // sheet → A1 → original fill
  notes: Map<string, Set<string>>; // sheet → A1 of notes we added
}

export function emptyMarkState(): MarkState {
  return { fills: new Map(), notes: new Map() };
}

/** Whether there is anything for clearMarks to restore. */
export function hasMarks(state: MarkState): boolean {
  return state.fills.size > 0 || state.notes.size > 0;
}

/**
 * Fills issue cells by severity. Three syncs whatever the number of cells: (1) check the sheets exist and are
 * not protected, (2) load the original fills of the cells not yet marked, (3) one format call per colour per
 * address chunk, plus notes.
 */
export async function markCells(
  context: Excel.RequestContext,
  marks: CellMark[],
  state: MarkState,
  caps: Capabilities,
  withNotes: boolean,
  pacing: Pacing = DEFAULT_PACING,
): Promise<void> {
  if (marks.length === 0) return;
  const guard = guardSheets(context, marks.map((m) => m.sheet));
  await context.sync();
  guard.check(true); // nothing written yet: a protected or missing sheet leaves the workbook as it was
  const useNotes = withNotes && caps.notes;

  const pendingFills: { sheet: string; a1: string; fill: Excel.RangeFill }[] = [];
  const pendingNotes: { sheet: string; a1: string; text: string; existing: Excel.Note }[] = [];
  // A cell with several findings gets one note listing them all.
  const noteText = new Map<string, string[]>();
  for (const m of marks) {
    if (!m.note) continue;
    const key = `${m.sheet}!${toA1(m.row, m.col)}`;
    noteText.set(key, [...(noteText.get(key) ?? []), m.note]);
  }
  const seen = new Set<string>();
  // One fill proxy per cell: queued in chunks with a pause between them (no extra sync).
  await forEachPaced(marks, pacing, (m) => {
    const a1 = toA1(m.row, m.col);
    const key = `${m.sheet}!${a1}`;
    if (seen.has(key)) return;
    seen.add(key);
    const ws = guard.sheets.get(m.sheet)!.sheet;
    if (!state.fills.get(m.sheet)?.has(a1)) {
      const fill = ws.getRange(a1).format.fill;
      fill.load('color,pattern');
      pendingFills.push({ sheet: m.sheet, a1, fill });
    }
    const text = noteText.get(key);
    if (useNotes && text && !state.notes.get(m.sheet)?.has(a1)) {
      // A cell that already carries the user's note keeps it: we never overwrite or later delete it.
      const existing = ws.notes.getItemOrNullObject(a1);
      existing.load('isNullObject');
      pendingNotes.push({ sheet: m.sheet, a1, text: text.join('\n'), existing });
    }
  });
  await context.sync();

  for (const p of pendingFills) {
    const saved = p.fill.pattern === 'None' || p.fill.color == null ? null : p.fill.color;
    const bySheet = state.fills.get(p.sheet) ?? new Map<string, SavedFill>();
    bySheet.set(p.a1, saved);
    state.fills.set(p.sheet, bySheet);
  }

  context.application.suspendScreenUpdatingUntilNextSync();
  // Group by sheet and colour → RangeAreas, so calls grow with colours and address chunks, not with cells.
  const groups = new Map<string, { sheet: string; colour: string; cells: { row: number; col: number }[] }>();
  for (const m of marks) {
    const colour = SEVERITY_FILL[m.severity];
    const key = `${m.sheet}\u0000${colour}`;
    const g = groups.get(key) ?? { sheet: m.sheet, colour, cells: [] };
    g.cells.push({ row: m.row, col: m.col });
    groups.set(key, g);
  }
  // A cell flagged twice takes its most severe colour: apply lighter colours first so stronger ones win.
  const order = [SEVERITY_FILL.info, SEVERITY_FILL.warning, SEVERITY_FILL.error];
  const sorted = [...groups.values()].sort((a, b) => order.indexOf(a.colour) - order.indexOf(b.colour));
  for (const g of sorted) {
    const ws = guard.sheets.get(g.sheet)!.sheet;
    for (const chunk of chunkAreas(cellsToAreas(g.cells))) {
      ws.getRanges(chunk).format.fill.color = g.colour;
    }
  }
  for (const n of pendingNotes) {
    if (!n.existing.isNullObject) continue;
    guard.sheets.get(n.sheet)!.sheet.notes.add(n.a1, n.text);
    const set = state.notes.get(n.sheet) ?? new Set<string>();
    set.add(n.a1);
    state.notes.set(n.sheet, set);
  }
  await context.sync();
}

/**
 * Restores every marked cell's original fill (one call per original colour per chunk) and removes our notes.
 * Syncs: 2 (3 when notes were added), whatever the number of cells.
 */
export async function clearMarks(context: Excel.RequestContext, state: MarkState, pacing: Pacing = DEFAULT_PACING): Promise<void> {
  const sheetNames = [...new Set([...state.fills.keys(), ...state.notes.keys()])];
  if (sheetNames.length === 0) return;
  const guard = guardSheets(context, sheetNames);
  await context.sync();
  // A sheet deleted since marking has nothing left to restore; protection still stops us before any write.
  for (const g of guard.sheets.values()) {
    if (!g.sheet.isNullObject && g.sheet.protection.protected) throw protectedSheetError(g.name);
  }
  // Our notes, if the user has not deleted them meanwhile (deleting a missing note would fail the whole batch).
  const notes: Excel.Note[] = [];
  for (const [sheet, a1s] of state.notes) {
    const ws = guard.sheets.get(sheet)!.sheet;
    if (ws.isNullObject) continue;
    await forEachPaced([...a1s], pacing, (a1) => {
      const note = ws.notes.getItemOrNullObject(a1);
      note.load('isNullObject');
      notes.push(note);
    });
  }
  if (notes.length > 0) await context.sync();
  context.application.suspendScreenUpdatingUntilNextSync();
  for (const [sheet, cells] of state.fills) {
    const ws = guard.sheets.get(sheet)!.sheet;
    if (ws.isNullObject) continue;
    const byColour = new Map<SavedFill, { row: number; col: number }[]>();
    for (const [a1, fill] of cells) {
      const list = byColour.get(fill) ?? [];
      list.push(parseCell(a1));
      byColour.set(fill, list);
    }
    for (const [fill, list] of byColour) {
      for (const chunk of chunkAreas(cellsToAreas(list))) {
        const f = ws.getRanges(chunk).format.fill;
        if (fill === null) f.clear();
        else f.color = fill;
      }
    }
  }
  for (const note of notes) if (!note.isNullObject) note.delete();
  await context.sync();
  state.fills.clear();
  state.notes.clear();
}

function parseCell(a1: string): { row: number; col: number } {
  return parseA1(a1)!; // keys were made by toA1, so they always parse
}
