/**
 * The workbook port over an in-memory ExcelJS workbook. No Node APIs here: the task pane reuses this class in
 * the browser on a user-chosen .xlsx loaded from an ArrayBuffer; src/xlsx/files.ts does the file I/O for the CLI.
 */
import ExcelJS from 'exceljs';
import { parseA1, type Grid } from '../core/grid';
import type { SheetLayout } from '../core/report/types';
import { ActionHistory, cellKey } from '../core/port/ActionHistory';
import {
  WorkbookError,
  type ActionEntry,
  type ActionKind,
  type CellMark,
  type CellWrite,
  type SheetInfo,
  type StoredSettings,
  type WorkbookPort,
} from '../core/port/WorkbookPort';
import { SEVERITY_FILL, solidFill } from './colours';
import { applyModel } from './copySheet';
import { renderLayout } from './layoutWriter';
import { gridFromWorksheet } from './readWorkbook';
import { readSettingsSheet, SETTINGS_SHEET, writeSettingsSheet } from './settingsSheet';

interface Snapshot {
  label: string;
  restore: () => void;
}

/** "D12 已被修改" when a cell no longer holds what Taizhang read when it planned the write. */
function staleCell(sheet: string, a1: string): WorkbookError {
  return new WorkbookError(
    `工作表“${sheet}”的 ${a1} 已被修改，请重新预览。没有写入任何单元格。`,
    `${a1} on sheet "${sheet}" has changed since it was read; preview again. Nothing was written.`,
    'cell-changed',
  );
}

/** The plain value ExcelJS holds, in the Grid's terms, for comparing with CellWrite.expected. */
function plainValue(v: ExcelJS.CellValue): unknown {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'object' && !(v instanceof Date)) {
    const o = v as { result?: unknown; richText?: { text: string }[]; error?: string; text?: string };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return o.result ?? null;
    if (o.error) return { error: o.error };
    if (typeof o.text === 'string') return o.text;
  }
  return v;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return String(a) === String(b);
  if (typeof a === 'object' && a && typeof b === 'object' && b) return JSON.stringify(a) === JSON.stringify(b);
  return (a ?? null) === (b ?? null);
}

/** What a cell held before Taizhang marked it, so clearMarks() puts it back exactly. */
interface SavedMark {
  sheet: string;
  row: number;
  col: number;
  style: Partial<ExcelJS.Style>;
  note: ExcelJS.Comment | string | undefined;
}

export class XlsxWorkbook implements WorkbookPort {
  private readonly history = new ActionHistory<Snapshot>();
  private readonly saved = new Map<string, SavedMark>();
  /** Told when selectCell makes another sheet the active one (the only way this workbook's active sheet moves). */
  private readonly activeListeners = new Set<(sheet: string) => void>();

  constructor(public readonly workbook: ExcelJS.Workbook) {}

  /** Loads a workbook from bytes (browser: FileReader's ArrayBuffer; Node: a Buffer). */
  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const wb = new ExcelJS.Workbook();
    // ExcelJS's typings ask for its own Buffer interface; an ArrayBuffer or Uint8Array is what it really reads.
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
    return new XlsxWorkbook(wb);
  }

  async toBuffer(): Promise<ArrayBuffer> {
    return (await this.workbook.xlsx.writeBuffer()) as ArrayBuffer;
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new WorkbookError(`找不到工作表“${name}”。`, `Sheet "${name}" not found.`, 'sheet-missing');
    return ws;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.workbook.worksheets
      .filter((ws) => ws.name !== SETTINGS_SHEET)
      .map((ws) => ({ name: ws.name, visible: ws.state === 'visible' || ws.state === undefined }));
  }

  async activeSheet(): Promise<string> {
    const sheets = await this.listSheets();
    const tab = this.workbook.views?.[0]?.activeTab ?? 0;
    const ws = this.workbook.worksheets[tab];
    return ws && ws.name !== SETTINGS_SHEET ? ws.name : (sheets.find((s) => s.visible)?.name ?? sheets[0]?.name ?? '');
  }

  async readSheet(name: string): Promise<Grid> {
    return gridFromWorksheet(this.sheet(name));
  }

  async writeCells(writes: CellWrite[], label: string, kind: ActionKind = 'write'): Promise<ActionEntry | null> {
    if (writes.length === 0) return null;
    // Check every target first, so a bad sheet name or a changed cell fails before anything is written.
    const targets = writes.map((w) => ({ w, ws: this.sheet(w.sheet) }));
    const before = targets.map(({ w, ws }) => {
      const cell = ws.getCell(w.row + 1, w.col + 1);
      if (w.expected !== undefined && !sameValue(plainValue(cell.value), w.expected)) throw staleCell(w.sheet, cell.address);
      return { cell, value: cell.value };
    });
    for (const { w, ws } of targets) {
      // A plain string is stored as a shared string by ExcelJS, never parsed as a formula ("=1+1" stays text).
      ws.getCell(w.row + 1, w.col + 1).value = w.value;
    }
    const snapshot = {
      label,
      restore: () => {
        for (let i = before.length - 1; i >= 0; i--) before[i].cell.value = before[i].value;
      },
    };
    const cells = new Set(writes.map((w) => cellKey(w.sheet, w.row, w.col)));
    return this.history.push(kind, label, writes.length, snapshot, { cells, sheets: new Set() });
  }

  async markCells(marks: CellMark[]): Promise<void> {
    for (const m of marks) {
      const ws = this.sheet(m.sheet);
      const cell = ws.getCell(m.row + 1, m.col + 1);
      const key = `${m.sheet}\u0000${m.row}\u0000${m.col}`;
      if (!this.saved.has(key)) {
        const note = (cell as unknown as { _comment?: { note: ExcelJS.Comment | string } })._comment?.note;
        this.saved.set(key, { sheet: m.sheet, row: m.row, col: m.col, style: { ...cell.style }, note });
      }
      // A new style object: assigning into cell.fill would repaint every cell sharing the loaded style.
      cell.style = { ...cell.style, fill: solidFill(SEVERITY_FILL[m.severity]) };
      if (m.note) cell.note = m.note;
    }
  }

  async clearMarks(): Promise<void> {
    for (const s of this.saved.values()) {
      const ws = this.workbook.getWorksheet(s.sheet);
      if (!ws) continue;
      const cell = ws.getCell(s.row + 1, s.col + 1);
      cell.style = s.style;
      if (s.note === undefined) {
        // ExcelJS has no public "remove note": drop the comment object, then re-set the value so the cell's
        // value model (which keeps a copy of the comment once saved) is rebuilt without it.
        delete (cell as unknown as { _comment?: unknown })._comment;
        const value = cell.value;
        cell.value = value;
      } else {
        cell.note = s.note;
      }
    }
    this.saved.clear();
  }

  async existingSheets(names: string[]): Promise<string[]> {
    return names.filter((n) => this.workbook.getWorksheet(n) !== undefined);
  }

  async writeSheets(
    layouts: SheetLayout[],
    options: { replace: boolean; kind?: ActionKind; label?: string },
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
    const replaced: { name: string; model: ExcelJS.WorksheetModel; orderNo: number }[] = [];
    for (const name of existing) {
      const old = this.sheet(name);
      const orderNo = (old as unknown as { orderNo: number }).orderNo;
      replaced.push({ name, model: old.model, orderNo });
      this.workbook.removeWorksheet(old.id);
    }
    const added: string[] = [];
    for (const layout of layouts) {
      const ws = this.workbook.addWorksheet(layout.name);
      const was = replaced.find((r) => r.name === layout.name);
      // Keep a replaced sheet's tab position.
      if (was) (ws as unknown as { orderNo: number }).orderNo = was.orderNo;
      added.push(layout.name);
      renderLayout(ws, layout);
    }
    const label = options.label ?? `写入工作表：${layouts.map((l) => l.name).join('、')}`;
    const snapshot = {
      label,
      restore: () => {
        for (const name of added) {
          const ws = this.workbook.getWorksheet(name);
          if (ws) this.workbook.removeWorksheet(ws.id);
        }
        for (const r of replaced) {
          const ws = this.workbook.addWorksheet(r.name);
          applyModel(ws, r.model, r.name);
          (ws as unknown as { orderNo: number }).orderNo = r.orderNo;
        }
      },
    };
    const sheets = new Set(layouts.map((l) => l.name));
    return this.history.push(options.kind ?? 'summary', label, layouts.length, snapshot, { cells: new Set(), sheets });
  }

  async selectCell(sheet: string, a1: string): Promise<void> {
    const ws = this.sheet(sheet);
    if (!parseA1(a1)) throw new WorkbookError(`单元格地址无效：${a1}`, `Bad cell address: ${a1}`, 'bad-address');
    const tab = this.workbook.worksheets.indexOf(ws);
    const before = await this.activeSheet();
    this.workbook.views = [{ ...(this.workbook.views?.[0] ?? {}), activeTab: tab } as ExcelJS.WorkbookView];
    const view = ws.views?.[0] ?? {};
    ws.views = [{ ...view, activeCell: a1 } as ExcelJS.WorksheetView];
    if (before !== ws.name) for (const l of this.activeListeners) l(ws.name);
  }

  onActiveSheetChanged(handler: (sheet: string) => void): () => void {
    this.activeListeners.add(handler);
    return () => void this.activeListeners.delete(handler);
  }

  async listActions(): Promise<ActionEntry[]> {
    return this.history.list();
  }

  async undoAction(id: string): Promise<boolean> {
    const s = this.history.payloadToUndo(id);
    if (!s) return false;
    s.restore();
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

  async loadSettings(): Promise<StoredSettings | null> {
    return readSettingsSheet(this.workbook);
  }

  async saveSettings(settings: StoredSettings): Promise<void> {
    writeSettingsSheet(this.workbook, settings);
  }
}
