/**
 * The workbook port over an .xlsx package: the input's zip entries plus our changes (src/xlsx/write), read
 * through the streaming reader. No Node APIs here: the task pane uses this class in the browser on a
 * user-chosen file; src/xlsx/files.ts does the file I/O for the CLI. `toBuffer()` is the input package with only
 * the cells, styles and sheets we wrote changed; every other part is byte for byte the input's.
 */
import { parseA1, type Grid } from '../core/grid';
import type { SheetLayout } from '../core/report/types';
import { WorkbookError, type CellMark, type CellWrite, type SheetInfo, type StoredSettings, type WorkbookPort } from '../core/port/WorkbookPort';
import { SEVERITY_FILL } from './colours';
import { readPackageGrid } from './packageGrid';
import { settingsFromGrid, settingsLayout, SETTINGS_SHEET } from './settingsSheet';
import { cellPrefix, styleOf, valueCell, withStyle } from './write/cellXml';
import { addNotes, undoNotes, type NotesUndo } from './write/comments';
import { PackageEditor, type SheetUndo } from './write/PackageEditor';
import { cellRef, type CellPatch } from './write/sheetCells';
import { activeTab, setActiveTab } from './write/workbookXml';

interface Action {
  id: string;
  label: string;
  undo: () => void;
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
  private readonly actions: Action[] = [];
  private nextAction = 1;
  private readonly saved = new Map<string, SavedMark>();
  private readonly noteUndos: NotesUndo[] = [];
  private readonly grids = new Map<string, Promise<Grid>>();
  private selected: string | null = null;
  private readonly activeListeners = new Set<(sheet: string) => void>();

  constructor(readonly editor: PackageEditor) {}

  /** Loads a workbook from bytes (browser: FileReader's ArrayBuffer; Node: a Buffer). */
  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const port = new XlsxWorkbook(PackageEditor.fromBytes(bytes));
    if (port.editor.sheets().length === 0) throw new WorkbookError('工作簿中没有工作表。', 'The workbook has no worksheets.', 'no-sheets');
    return port;
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

  async readSheet(name: string): Promise<Grid> {
    return this.gridOf(name);
  }

  /** The sheet as the core's Grid, read once and again after we change the sheet. */
  gridOf(name: string): Promise<Grid> {
    this.requireSheet(name);
    let g = this.grids.get(name);
    if (!g) {
      g = readPackageGrid(this.editor, name);
      this.grids.set(name, g);
    }
    return g;
  }

  private changed(sheet: string): void {
    this.grids.delete(sheet);
  }

  private record(label: string, undo: () => void): void {
    this.actions.push({ id: `a${this.nextAction++}`, label, undo });
  }

  async writeCells(writes: CellWrite[], label: string): Promise<void> {
    // Check every target first, so a bad sheet name fails before anything is written.
    for (const w of writes) this.requireSheet(w.sheet);
    const bySheet = groupBySheet(writes);
    const undo: { sheet: string; before: CellPatch[] }[] = [];
    for (const [sheet, list] of bySheet) {
      const current = this.editor.cellsXml(sheet, list);
      const patches = list.map((w, i) => {
        const old = current[i];
        // The cell keeps its own style (s); only its value changes. Text is an inline string, never a formula.
        return { row: w.row, col: w.col, xml: valueCell(cellRef(w.row, w.col), styleOf(old), w.value, old ? cellPrefix(old) : '') };
      });
      undo.push({ sheet, before: this.editor.patchCells(sheet, patches) });
      this.changed(sheet);
    }
    this.record(label, () => {
      for (const u of undo.reverse()) {
        this.editor.patchCells(u.sheet, u.before);
        this.changed(u.sheet);
      }
    });
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

  async writeSheets(layouts: SheetLayout[], options: { replace: boolean; index?: number }): Promise<void> {
    const existing = await this.existingSheets(layouts.map((l) => l.name));
    if (existing.length > 0 && !options.replace) {
      throw new WorkbookError(`工作表已存在：${existing.join('、')}。请选择替换或改名。`, `Sheets already exist: ${existing.join(', ')}.`, 'sheet-exists');
    }
    const undos: SheetUndo[] = [];
    try {
      layouts.forEach((layout, i) => {
        undos.push(this.editor.writeSheet(layout, { index: options.index === undefined ? undefined : options.index + i }));
        this.changed(layout.name);
      });
    } catch (e) {
      for (const u of undos.reverse()) this.editor.undoSheet(u);
      throw e;
    }
    this.record(`写入工作表：${layouts.map((l) => l.name).join('、')}`, () => {
      for (const u of undos.reverse()) {
        this.editor.undoSheet(u);
        this.changed(u.name);
      }
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

  async undoLast(): Promise<boolean> {
    const a = this.actions.pop();
    if (!a) return false;
    a.undo();
    return true;
  }

  canUndo(): boolean {
    return this.actions.length > 0;
  }

  /** Labels of the actions, oldest first (for an undo menu). */
  snapshotLabels(): string[] {
    return this.actions.map((a) => a.label);
  }

  async loadSettings(): Promise<StoredSettings | null> {
    if (!this.editor.sheets().some((s) => s.name === SETTINGS_SHEET)) return null;
    return settingsFromGrid(await this.gridOf(SETTINGS_SHEET));
  }

  async saveSettings(settings: StoredSettings): Promise<void> {
    this.editor.writeSheet(settingsLayout(settings), { state: 'veryHidden' });
    this.changed(SETTINGS_SHEET);
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
