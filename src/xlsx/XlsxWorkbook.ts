/**
 * The workbook port over an .xlsx package: the input's zip entries plus our changes (src/xlsx/write), read
 * through the streaming reader. No Node APIs here: the task pane uses this class in the browser on a
 * user-chosen file; src/xlsx/files.ts does the file I/O for the CLI. `toBuffer()` is the input package with only
 * the cells, styles and sheets we wrote changed; every other part is byte for byte the input's.
 */
import { parseA1, type Grid } from '../core/grid';
import type { SheetLayout } from '../core/report/types';
import { ActionHistory, cellKey } from '../core/port/ActionHistory';
import {
  WorkbookError,
  type ActionEntry,
  type ActionKind,
  type CellMark,
  type CellWrite,
  type PortNote,
  type SheetInfo,
  type StoredSettings,
  type WorkbookPort,
} from '../core/port/WorkbookPort';
import { SEVERITY_FILL } from './colours';
import { readPackageGrid } from './packageGrid';
import { openXlsx, type XlsxPackage } from './read';
import { fitSettings } from '../core/compare/snapshotBudget';
import { settingsAndNotesFromGrid, settingsLayout, SETTINGS_SHEET } from './settingsSheet';
import { chooseSettings } from './storedSettings';
import { readDocumentSettings, writeDocumentSettings } from './webExtension';
import { cellPrefix, styleOf, valueCell, withStyle } from './write/cellXml';
import { addNotes, undoNotes, type NotesUndo } from './write/comments';
import { PackageEditor, type SheetUndo } from './write/PackageEditor';
import { cellRef, type CellPatch } from './write/sheetCells';
import { activeTab, setActiveTab } from './write/workbookXml';
import { rememberOriginal } from './write/zipEntries';

/** "D12 已被修改" when a cell no longer holds what Taizhang read when it planned the write. */
function staleCell(sheet: string, a1: string): WorkbookError {
  return new WorkbookError(
    `工作表“${sheet}”的 ${a1} 已被修改，请重新预览。没有写入任何单元格。`,
    `${a1} on sheet "${sheet}" has changed since it was read; preview again. Nothing was written.`,
    'cell-changed',
  );
}

/**
 * A cell that heads a shared or array formula carries the formula text other cells use: writing a value over it
 * would leave them without one (Excel then "repairs" the file). Such a write is refused, naming the cell.
 */
function formulaHead(sheet: string, ref: string, cellXml: string | null): WorkbookError | null {
  if (!cellXml || !/<(?:\w+:)?f\b[^>]*\bt="(shared|array)"[^>]*\bref="/.test(cellXml)) return null;
  return new WorkbookError(
    `工作表“${sheet}”的 ${ref} 是一组公式的首格，改写它会破坏同组其他单元格的公式；没有写入任何单元格。请在 Excel 中处理该单元格。`,
    `${ref} on sheet "${sheet}" heads a shared or array formula; writing it would break the others. Nothing was written.`,
    'formula-head',
  );
}

function sameValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v === undefined || v === '' ? null : v);
  const x = norm(a);
  const y = norm(b);
  if (typeof x === 'object' && x && typeof y === 'object' && y) return JSON.stringify(x) === JSON.stringify(y);
  return x === y;
}

/** A marked cell's own style before the mark, to put back on clearMarks(). */
interface SavedMark {
  sheet: string;
  row: number;
  col: number;
  style: number;
  /** The cell did not exist: the mark made an empty styled cell, removed again on clear. */
  created: boolean;
}

function sheetMissing(name: string): WorkbookError {
  return new WorkbookError(`找不到工作表“${name}”。`, `Sheet "${name}" not found.`, 'sheet-missing');
}

export class XlsxWorkbook implements WorkbookPort {
  /** Each write action's undo, in Taizhang's own history (undo one action by id, never over later work). */
  private readonly history = new ActionHistory<() => void>();
  private readonly saved = new Map<string, SavedMark>();
  private readonly noteUndos: NotesUndo[] = [];
  private readonly grids = new Map<string, Grid>();
  /** Sheets we wrote since the package was read: the reader's cached grid of them is out of date. */
  private readonly dirty = new Set<string>();
  private selected: string | null = null;
  private readonly activeListeners = new Set<(sheet: string) => void>();
  private settingsNotes: PortNote[] = [];

  readonly editor: PackageEditor;

  /** The port over a package the streaming reader opened; `bytes` are the file's, for copying parts unchanged. */
  constructor(
    private readonly pkg: XlsxPackage,
    bytes?: Uint8Array,
  ) {
    // One map of entries: the reader's, untouched bytes; the writer replaces entries in it, never edits them.
    this.editor = new PackageEditor(pkg.entries);
    if (bytes) rememberOriginal(pkg.entries, bytes);
  }

  /** Loads a workbook from bytes (browser: FileReader's ArrayBuffer; Node: a Buffer). Throws XlsxReadError. */
  static async fromBuffer(data: ArrayBuffer | Uint8Array, fileName?: string): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    return new XlsxWorkbook(openXlsx(bytes, undefined, { fileName }), bytes);
  }

  /** The input package plus our changes. */
  async toBuffer(): Promise<ArrayBuffer> {
    const bytes = this.toBytes();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  toBytes(): Uint8Array {
    return this.editor.toBytes();
  }

  private requireSheet(name: string): void {
    if (!this.editor.sheets().some((s) => s.name === name)) throw sheetMissing(name);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.editor
      .sheets()
      .filter((s) => s.name !== SETTINGS_SHEET)
      .map((s) => ({ name: s.name, visible: s.state === 'visible' }));
  }

  async activeSheet(): Promise<string> {
    if (this.selected) return this.selected;
    const all = this.editor.sheets();
    const tab = all[activeTab(this.editor.entries)];
    if (tab && tab.name !== SETTINGS_SHEET && tab.state === 'visible') return tab.name;
    const sheets = await this.listSheets();
    return sheets.find((s) => s.visible)?.name ?? sheets[0]?.name ?? '';
  }

  /** Every sheet in tab order with its visibility state (the CLI reads hidden ones by name). */
  sheetStates(): { name: string; state: 'visible' | 'hidden' | 'veryHidden' }[] {
    return this.editor.sheets().map((s) => ({ name: s.name, state: s.state }));
  }

  /** The package as the reader opened it (its sheet list and grids are those of the input). */
  get inputPackage(): XlsxPackage {
    return this.pkg;
  }

  async readSheet(name: string): Promise<Grid> {
    return this.gridOf(name);
  }

  /** The sheet as the core's Grid, read once and again after we change the sheet. */
  async gridOf(name: string): Promise<Grid> {
    return this.gridNow(name);
  }

  gridNow(name: string): Grid {
    this.requireSheet(name);
    let g = this.grids.get(name);
    if (!g) {
      g = readPackageGrid(this.pkg, this.editor, name, this.dirty.has(name));
      this.grids.set(name, g);
    }
    return g;
  }

  private changed(sheet: string): void {
    this.grids.delete(sheet);
    this.dirty.add(sheet);
  }

  /** Refuses the whole write when a cell no longer holds the value it was planned against. */
  private async checkExpected(writes: CellWrite[]): Promise<void> {
    for (const w of writes) {
      if (w.expected === undefined) continue;
      const grid = await this.gridOf(w.sheet);
      if (!sameValue(grid.values[w.row]?.[w.col] ?? null, w.expected)) throw staleCell(w.sheet, cellRef(w.row, w.col));
    }
  }

  async writeCells(writes: CellWrite[], label: string, kind: ActionKind = 'write'): Promise<ActionEntry | null> {
    if (writes.length === 0) return null;
    // Check every target first, so a bad sheet name or a changed cell fails before anything is written.
    for (const w of writes) this.requireSheet(w.sheet);
    await this.checkExpected(writes);
    const bySheet = groupBySheet(writes);
    const current = new Map([...bySheet].map(([sheet, list]) => [sheet, this.editor.cellsXml(sheet, list)]));
    for (const [sheet, list] of bySheet) {
      list.forEach((w, i) => {
        const refused = formulaHead(sheet, cellRef(w.row, w.col), current.get(sheet)![i]);
        if (refused) throw refused;
      });
    }
    const undo: { sheet: string; before: CellPatch[] }[] = [];
    for (const [sheet, list] of bySheet) {
      const patches = list.map((w, i) => {
        const old = current.get(sheet)![i];
        // The cell keeps its own style (s); only its value changes. Text is an inline string, never a formula.
        return {
          row: w.row,
          col: w.col,
          xml: valueCell(cellRef(w.row, w.col), styleOf(old), w.value, old ? cellPrefix(old) : ''),
        };
      });
      undo.push({ sheet, before: this.editor.patchCells(sheet, patches) });
      this.changed(sheet);
    }
    const restore = () => {
      for (const u of [...undo].reverse()) {
        this.editor.patchCells(u.sheet, u.before);
        this.changed(u.sheet);
      }
    };
    const cells = new Set(writes.map((w) => cellKey(w.sheet, w.row, w.col)));
    return this.history.push(kind, label, writes.length, restore, { cells, sheets: new Set() });
  }

  async markCells(marks: CellMark[]): Promise<void> {
    for (const m of marks) this.requireSheet(m.sheet);
    const book = this.editor.styles();
    for (const [sheet, list] of groupBySheet(marks)) {
      const current = this.editor.cellsXml(sheet, list);
      const patches = list.map((m, i) => {
        const old = current[i];
        const key = `${sheet}\u0000${m.row}\u0000${m.col}`;
        const savedMark = this.saved.get(key);
        const own = savedMark ? savedMark.style : styleOf(old);
        if (!savedMark) this.saved.set(key, { sheet, row: m.row, col: m.col, style: own, created: old === null });
        // A copy of the cell's own format with the severity fill: number format, font and borders stay.
        const s = book.markXf(own, SEVERITY_FILL[m.severity]);
        return { row: m.row, col: m.col, xml: old ? withStyle(old, s) : `<c r="${cellRef(m.row, m.col)}" s="${s}"/>` };
      });
      this.editor.patchCells(sheet, patches);
      const notes = list.filter((m) => m.note).map((m) => ({ row: m.row, col: m.col, text: m.note! }));
      if (notes.length) this.noteUndos.push(addNotes(this.editor.entries, this.editor.sheet(sheet).path, notes));
      this.changed(sheet);
    }
  }

  async clearMarks(): Promise<void> {
    const bySheet = groupBySheet([...this.saved.values()]);
    for (const [sheet, list] of bySheet) {
      if (!this.editor.sheets().some((s) => s.name === sheet)) continue;
      const current = this.editor.cellsXml(sheet, list);
      const patches = list.map((m, i) => {
        const now = current[i];
        const emptyMade = m.created && now !== null && /^<[^>]*\/>$/.test(now);
        return { row: m.row, col: m.col, xml: emptyMade || now === null ? null : withStyle(now, m.style) };
      });
      this.editor.patchCells(sheet, patches);
      this.changed(sheet);
    }
    for (const u of this.noteUndos.reverse()) undoNotes(this.editor.entries, u);
    this.noteUndos.length = 0;
    this.saved.clear();
  }

  async existingSheets(names: string[]): Promise<string[]> {
    const have = new Set(this.editor.sheets().map((s) => s.name));
    return names.filter((n) => have.has(n));
  }

  async writeSheets(
    layouts: SheetLayout[],
    options: { replace: boolean; index?: number; kind?: ActionKind; label?: string },
  ): Promise<ActionEntry | null> {
    if (layouts.length === 0) return null;
    const existing = await this.existingSheets(layouts.map((l) => l.name));
    if (existing.length > 0 && !options.replace) {
      throw new WorkbookError(
        `工作表已存在：${existing.join('、')}。请选择替换或改名。`,
        `Sheets already exist: ${existing.join(', ')}.`,
        'sheet-exists',
      );
    }
    const undos: SheetUndo[] = [];
    try {
      layouts.forEach((layout, i) => {
        undos.push(
          this.editor.writeSheet(layout, { index: options.index === undefined ? undefined : options.index + i }),
        );
        this.changed(layout.name);
      });
    } catch (e) {
      for (const u of undos.reverse()) this.editor.undoSheet(u);
      throw e;
    }
    const label = options.label ?? `写入工作表：${layouts.map((l) => l.name).join('、')}`;
    const restore = () => {
      for (const u of [...undos].reverse()) {
        this.editor.undoSheet(u);
        this.changed(u.name);
      }
    };
    return this.history.push(options.kind ?? 'summary', label, layouts.length, restore, {
      cells: new Set(),
      sheets: new Set(layouts.map((l) => l.name)),
    });
  }

  /** Opens the workbook on this sheet (the tab Excel shows first); the CLI's summary starts on its first sheet. */
  setActiveSheet(name: string): void {
    const i = this.editor.sheets().findIndex((s) => s.name === name);
    if (i < 0) throw sheetMissing(name);
    setActiveTab(this.editor.entries, i);
    this.selected = null;
  }

  async selectCell(sheet: string, a1: string): Promise<void> {
    this.requireSheet(sheet);
    if (!parseA1(a1)) throw new WorkbookError(`单元格地址无效：${a1}`, `Bad cell address: ${a1}`, 'bad-address');
    // Selection is the pane's view state, kept in memory: the user's file is not changed by looking at it.
    const before = await this.activeSheet();
    this.selected = sheet;
    if (before !== sheet) for (const l of this.activeListeners) l(sheet);
  }

  onActiveSheetChanged(handler: (sheet: string) => void): () => void {
    this.activeListeners.add(handler);
    return () => void this.activeListeners.delete(handler);
  }

  async listActions(): Promise<ActionEntry[]> {
    return this.history.list();
  }

  async undoAction(id: string): Promise<boolean> {
    const restore = this.history.payloadToUndo(id);
    if (!restore) return false;
    restore();
    this.history.remove(id);
    return true;
  }

  async undoLast(): Promise<boolean> {
    const last = this.history.last();
    return last ? this.undoAction(last.id) : false;
  }

  canUndo(): boolean {
    return this.history.size > 0;
  }

  /** Excel's document settings in the web-extension part win over the settings sheet (src/xlsx/storedSettings). */
  async loadSettings(): Promise<StoredSettings | null> {
    const hasSheet = this.editor.sheets().some((s) => s.name === SETTINGS_SHEET);
    const sheet = hasSheet ? settingsAndNotesFromGrid(await this.gridOf(SETTINGS_SHEET)) : null;
    const { settings, notes } = chooseSettings(readDocumentSettings(this.editor.entries), sheet);
    this.settingsNotes = notes;
    return settings;
  }

  /**
   * Settings without `snapshots` keep the shelf already stored (the pane's 设置 saves without it); the JSON is held
   * under the same budget as Excel's document settings, so a file behaves the same in the CLI and in Excel.
   */
  async saveSettings(settings: StoredSettings): Promise<void> {
    const stored = settings.snapshots === undefined ? await this.loadSettings() : null;
    const fit = fitSettings(stored?.snapshots ? { ...settings, snapshots: stored.snapshots } : settings);
    this.settingsNotes = fit.dropped.length
      ? [
          {
            zh: `工作簿设置的容量有限，删去了 ${fit.dropped.length} 份较早的台账快照。`,
            en: `Workbook settings are limited; ${fit.dropped.length} older ledger snapshot(s) were removed.`,
          },
        ]
      : [];
    this.editor.writeSheet(settingsLayout(fit.settings), { state: 'veryHidden' });
    this.changed(SETTINGS_SHEET);
    // Where the pane keeps its own (a file set up in Excel), the same JSON goes there too, so the pane sees it.
    writeDocumentSettings(this.editor.entries, JSON.stringify(fit.settings));
  }

  /** Only 'settings' has anything to say here: snapshots damaged, or dropped to fit the size. */
  notes(after: 'read' | 'mark' | 'settings'): PortNote[] {
    return after === 'settings' ? this.settingsNotes : [];
  }
}

function groupBySheet<T extends { sheet: string }>(items: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const list = m.get(it.sheet) ?? [];
    list.push(it);
    m.set(it.sheet, list);
  }
  return m;
}
