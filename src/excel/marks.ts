import { parseA1, toA1 } from '../core/grid';
import type { CellMark } from '../core/port/WorkbookPort';
import type { Severity } from '../core/validate/types';
import { cellsToAreas, chunkAreas, splitAddressList } from './addresses';
import { parseArea } from './readGrid';
import { SEVERITY_FILL } from '../core/validate/severityFill';
import type { Capabilities } from './requirements';
import { guardSheets } from './sheetGuard';
import { protectedSheetError } from './errors';
import { BYTES, runSliced, writeSliced, type QueuedOp } from './payload';
import { applyFill, fillKey, isGradient, savedFill, stillOurMark, type SavedFill } from './fills';
import { loadFills, type LoadedFill } from './fillLoader';
import { DEFAULT_PACING, forEachPaced, type Pacing } from './bulk';

/** A marked cell: the fill it had before, and the colour Taizhang put on it. */
export interface MarkedCell {
  original: SavedFill;
  mark: string;
}

/** What clearMarks needs: original fills per sheet and cell, and the notes Taizhang added. */
export interface MarkState {
  fills: Map<string, Map<string, MarkedCell>>; // sheet → A1 → original fill and our mark
  notes: Map<string, Set<string>>; // sheet → A1 of notes we added
}

export function emptyMarkState(): MarkState {
  return { fills: new Map(), notes: new Map() };
}

/** Whether there is anything for clearMarks to restore. */
export function hasMarks(state: MarkState): boolean {
  return state.fills.size > 0 || state.notes.size > 0;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Per cell, the most severe mark of this call (a cell flagged as warning and error ends red). */
function finalColours(
  marks: CellMark[],
): Map<string, { sheet: string; row: number; col: number; a1: string; severity: Severity }> {
  const out = new Map<string, { sheet: string; row: number; col: number; a1: string; severity: Severity }>();
  for (const m of marks) {
    const a1 = toA1(m.row, m.col);
    const key = `${m.sheet}!${a1}`;
    const had = out.get(key);
    if (!had || RANK[m.severity] > RANK[had.severity])
      out.set(key, { sheet: m.sheet, row: m.row, col: m.col, a1, severity: m.severity });
  }
  return out;
}

/**
 * One fill change for many cells, as calls to queue: one RangeAreas call per ≤2,000-character address chunk
 * (ExcelApi 1.9), or without RangeAreas one call per rectangle of consecutive rows (ExcelApi 1.1 ranges).
 */
export function paintCells(
  ws: Excel.Worksheet,
  cells: { row: number; col: number }[],
  caps: Capabilities,
  paint: (fill: Excel.RangeFill) => void,
): QueuedOp[] {
  const areas = cellsToAreas(cells);
  const cost = (address: string): number => BYTES.proxy + 3 * BYTES.action + address.length;
  if (caps.rangeAreas)
    return chunkAreas(areas).map((chunk) => ({
      bytes: cost(chunk),
      run: () => paint(ws.getRanges(chunk).format.fill),
    }));
  return areas.map((area) => ({ bytes: cost(area), run: () => paint(ws.getRange(area).format.fill) }));
}

/** Runs queued calls in syncs of ≤ 1.5 MB; a failure is reported as possibly partial (never "nothing changed"). */
async function runOps(
  context: Excel.RequestContext,
  ops: QueuedOp[],
  caps: Capabilities,
  place: { sheet?: string; action: string },
): Promise<void> {
  await writeSliced(
    ops,
    (o) => o.bytes,
    async (slice) => {
      if (caps.screenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
      slice.forEach((o) => o.run());
      await context.sync();
    },
    place,
  );
}

type Guard = ReturnType<typeof guardSheets>;
type FinalCell = { sheet: string; row: number; col: number; a1: string; severity: Severity };
type PendingNote = { sheet: string; a1: string; text: string; existing: Excel.Note };

/**
 * Fills issue cells by severity. Syncs: (1) check the sheets exist and may be formatted, (2) look up existing notes
 * (only with notes), (3) load the original fills of the cells not yet marked, (4) one format call per colour per
 * address chunk, plus notes — each step in ≤ 1.5 MB slices, and one more sync when the sheets have conditional
 * formats. A cell with a gradient fill is left unmarked (Office.js cannot put a gradient back), and a marked cell
 * under a conditional format is named (the format shows above a direct fill): both are returned for the pane.
 */
export async function markCells(
  context: Excel.RequestContext,
  marks: CellMark[],
  state: MarkState,
  caps: Capabilities,
  withNotes: boolean,
  pacing: Pacing = DEFAULT_PACING,
): Promise<MarkOutcome> {
  if (marks.length === 0) return { gradient: [], underConditional: [] };
  const guard = guardSheets(
    context,
    marks.map((m) => m.sheet),
  );
  await context.sync();
  guard.check('format'); // nothing written yet: a sheet that forbids formatting leaves the workbook as it was
  const cells = finalColours(marks);
  const conditional = [...new Set(marks.map((m) => m.sheet))].map((sheet) => {
    const cfs = guard.sheets.get(sheet)!.sheet.getRange().conditionalFormats; // rides with the next sync
    cfs.load('items');
    return { sheet, cfs };
  });
  const notes = withNotes && caps.notes ? await lookUpNotes(context, marks, cells, state, guard, pacing) : [];
  const toLoad = [...cells.values()].filter((c) => !state.fills.get(c.sheet)?.has(c.a1));
  const sheets = new Map([...guard.sheets].map(([n, g]) => [n, g.sheet]));
  const loaded = await loadFills(context, sheets, toLoad, caps, pacing);
  if (toLoad.length === 0 && notes.length === 0) await context.sync(); // the conditional formats' load

  const underConditional = await cellsUnderConditional(context, conditional, cells);
  const gradient = recordOriginals(toLoad, loaded, state, caps);
  const ops = [...paintOps(cells, gradient, state, guard, caps), ...noteOps(notes, state, guard)];
  await runOps(context, ops, caps, { sheet: marks[0].sheet, action: '标注' });
  return { gradient: [...gradient], underConditional: underConditional.filter((k) => !gradient.has(k)) };
}

/**
 * Which of the cells to note already carry a note (a user's own note is never overwritten or deleted). Notes on a
 * protected sheet are objects the protection may forbid: fills only there.
 */
async function lookUpNotes(
  context: Excel.RequestContext,
  marks: CellMark[],
  cells: Map<string, FinalCell>,
  state: MarkState,
  guard: Guard,
  pacing: Pacing,
): Promise<PendingNote[]> {
  const noteText = new Map<string, string[]>();
  for (const m of marks) {
    if (!m.note) continue;
    const key = `${m.sheet}!${toA1(m.row, m.col)}`;
    noteText.set(key, [...(noteText.get(key) ?? []), m.note]);
  }
  const wanted = [...cells].filter(
    ([key, c]) => noteText.has(key) && !guard.access(c.sheet).protected && !state.notes.get(c.sheet)?.has(c.a1),
  );
  const pending: PendingNote[] = [];
  await runSliced(
    wanted,
    () => BYTES.proxy + BYTES.action,
    async (slice) => {
      await forEachPaced(slice, pacing, ([key, c]) => {
        const existing = guard.sheets.get(c.sheet)!.sheet.notes.getItemOrNullObject(c.a1);
        existing.load('isNullObject');
        pending.push({ sheet: c.sheet, a1: c.a1, text: noteText.get(key)!.join('\n'), existing });
      });
      await context.sync();
    },
  );
  return pending;
}

/** Saves the original fill of each newly marked cell; returns the gradient cells, which are left unmarked. */
function recordOriginals(
  toLoad: FinalCell[],
  loaded: Map<string, LoadedFill>,
  state: MarkState,
  caps: Capabilities,
): Set<string> {
  const gradient = new Set<string>();
  for (const c of toLoad) {
    const original = savedFill(loaded.get(`${c.sheet}!${c.a1}`) ?? { color: null }, caps.fillDetails);
    if (isGradient(original)) {
      gradient.add(`${c.sheet}!${c.a1}`);
      continue;
    }
    const bySheet = state.fills.get(c.sheet) ?? new Map<string, MarkedCell>();
    bySheet.set(c.a1, { original, mark: '' });
    state.fills.set(c.sheet, bySheet);
  }
  return gradient;
}

/** One fill call per sheet, colour and address chunk; records the colour each cell gets. */
function paintOps(
  cells: Map<string, FinalCell>,
  gradient: Set<string>,
  state: MarkState,
  guard: Guard,
  caps: Capabilities,
): QueuedOp[] {
  const groups = new Map<string, { sheet: string; colour: string; cells: { row: number; col: number }[] }>();
  for (const [key, c] of cells) {
    if (gradient.has(key)) continue;
    const colour = SEVERITY_FILL[c.severity];
    state.fills.get(c.sheet)!.get(c.a1)!.mark = colour;
    const g = groups.get(`${c.sheet}\u0000${colour}`) ?? { sheet: c.sheet, colour, cells: [] };
    g.cells.push({ row: c.row, col: c.col });
    groups.set(`${c.sheet}\u0000${colour}`, g);
  }
  return [...groups.values()].flatMap((g) =>
    paintCells(guard.sheets.get(g.sheet)!.sheet, g.cells, caps, (fill) => (fill.color = g.colour)),
  );
}

/** Adds our notes where the cell had none, and remembers them for clearMarks. */
function noteOps(notes: PendingNote[], state: MarkState, guard: Guard): QueuedOp[] {
  const ops: QueuedOp[] = [];
  for (const n of notes) {
    if (!n.existing.isNullObject) continue;
    ops.push({
      bytes: BYTES.proxy + BYTES.action + 3 * n.text.length,
      run: () => guard.sheets.get(n.sheet)!.sheet.notes.add(n.a1, n.text),
    });
    const set = state.notes.get(n.sheet) ?? new Set<string>();
    set.add(n.a1);
    state.notes.set(n.sheet, set);
  }
  return ops;
}

/** What a mark call tells the pane: `Sheet!A1` of cells left unmarked (gradient) and of marks hidden by a format. */
export interface MarkOutcome {
  gradient: string[];
  underConditional: string[];
}

/** The marked cells (keys `Sheet!A1`) that lie in a conditional format's range. One sync, only if there are any. */
async function cellsUnderConditional(
  context: Excel.RequestContext,
  conditional: { sheet: string; cfs: Excel.ConditionalFormatCollection }[],
  cells: Map<string, { sheet: string; row: number; col: number }>,
): Promise<string[]> {
  const ranges = conditional.flatMap(({ sheet, cfs }) =>
    cfs.items.map((cf) => ({ sheet, range: cf.getRangeOrNullObject().load('address') })),
  );
  if (ranges.length === 0) return [];
  await context.sync();
  const areas = ranges.flatMap(({ sheet, range }) =>
    range.isNullObject
      ? []
      : splitAddressList(range.address).flatMap((a) => (parseArea(a) ? [{ sheet, ...parseArea(a)! }] : [])),
  );
  const out: string[] = [];
  for (const [key, c] of cells) {
    if (
      areas.some(
        (a) => a.sheet === c.sheet && c.row >= a.top && c.row <= a.bottom && c.col >= a.left && c.col <= a.right,
      )
    )
      out.push(key);
  }
  return out;
}

/**
 * Restores the original fill of every marked cell that still carries our mark (a cell the user recoloured since,
 * or whose row a sort moved away, keeps what it has now) and removes our notes. Syncs: 3 whatever the number of
 * cells — (1) check the sheets, (2) load the current fills and notes, (3) restore, one call per original fill per
 * address chunk.
 */
export async function clearMarks(
  context: Excel.RequestContext,
  state: MarkState,
  caps: Capabilities,
  pacing: Pacing = DEFAULT_PACING,
): Promise<void> {
  const sheetNames = [...new Set([...state.fills.keys(), ...state.notes.keys()])];
  if (sheetNames.length === 0) return;
  const guard = guardSheets(context, sheetNames);
  await context.sync();
  // A sheet deleted since marking has nothing left to restore; protection still stops us before any write.
  const live = (sheet: string): Excel.Worksheet | null => {
    const ws = guard.sheets.get(sheet)!.sheet;
    return ws.isNullObject ? null : ws;
  };
  for (const name of sheetNames) if (live(name) && !guard.access(name).canFormat) throw protectedSheetError(name);

  const notes: Excel.Note[] = [];
  const ours: { sheet: string; a1: string }[] = [];
  for (const [sheet, a1s] of state.notes) if (live(sheet)) for (const a1 of a1s) ours.push({ sheet, a1 });
  await runSliced(
    ours,
    () => BYTES.proxy + BYTES.action,
    async (slice) => {
      await forEachPaced(slice, pacing, (it) => {
        const note = live(it.sheet)!.notes.getItemOrNullObject(it.a1); // the user may have deleted it meanwhile
        note.load('isNullObject');
        notes.push(note);
      });
      await context.sync();
    },
  );
  const marked: { sheet: string; a1: string; row: number; col: number; cell: MarkedCell }[] = [];
  for (const [sheet, cells] of state.fills)
    if (live(sheet)) for (const [a1, cell] of cells) marked.push({ sheet, a1, ...parseA1(a1)!, cell });
  const sheets = new Map([...guard.sheets].map(([n, g]) => [n, g.sheet]));
  const loaded = await loadFills(context, sheets, marked, caps, pacing);
  const current = marked.map((m) => ({ ...m, fill: loaded.get(`${m.sheet}!${m.a1}`) ?? { color: null } }));

  const groups = new Map<string, { sheet: string; fill: SavedFill; cells: { row: number; col: number }[] }>();
  for (const c of current) {
    if (!stillOurMark(c.fill, c.cell.mark, caps.fillDetails)) continue;
    const key = `${c.sheet}\u0000${fillKey(c.cell.original)}`;
    const g = groups.get(key) ?? { sheet: c.sheet, fill: c.cell.original, cells: [] };
    g.cells.push({ row: c.row, col: c.col });
    groups.set(key, g);
  }
  const ops = [...groups.values()].flatMap((g) =>
    paintCells(live(g.sheet)!, g.cells, caps, (fill) => applyFill(fill, g.fill)),
  );
  for (const note of notes) if (!note.isNullObject) ops.push({ bytes: BYTES.action, run: () => note.delete() });
  await runOps(context, ops, caps, { action: '清除标注' });
  state.fills.clear();
  state.notes.clear();
}
