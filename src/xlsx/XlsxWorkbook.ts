/**
 * The workbook port over an in-memory ExcelJS workbook. No Node APIs here: the task pane reuses this class in
 * the browser on a user-chosen .xlsx loaded from an ArrayBuffer; src/xlsx/files.ts does the file I/O for the CLI.
 */
import ExcelJS from 'exceljs';
import { parseA1, type Grid } from '../core/grid';
import type { SheetLayout } from '../core/report/types';
import {
  WorkbookError,
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

/** What a cell held before Taizhang marked it, so clearMarks() puts it back exactly. */
interface SavedMark {
  sheet: string;
  row: number;
  col: number;
  style: Partial<ExcelJS.Style>;
  note: ExcelJS.Comment | string | undefined;
}

export class XlsxWorkbook implements WorkbookPort {
  private readonly snapshots: Snapshot[] = [];
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

  async writeCells(writes: CellWrite[], label: string): Promise<void> {
    // Check every target first, so a bad sheet name fails before anything is written.
    const targets = writes.map((w) => ({ w, ws: this.sheet(w.sheet) }));
    const before = targets.map(({ w, ws }) => {
      const cell = ws.getCell(w.row + 1, w.col + 1);
      return { cell, value: cell.value };
    });
    for (const { w, ws } of targets) {
      // A plain string is stored as a shared string by ExcelJS, never parsed as a formula ("=1+1" stays text).
      ws.getCell(w.row + 1, w.col + 1).value = w.value;
    }
    this.snapshots.push({
      label,
      restore: () => {
        for (let i = before.length - 1; i >= 0; i--) before[i].cell.value = before[i].value;
      },
    });
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

  async writeSheets(layouts: SheetLayout[], options: { replace: boolean }): Promise<void> {
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
    this.snapshots.push({
      label: `写入工作表：${layouts.map((l) => l.name).join('、')}`,
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
    });
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

  async undoLast(): Promise<boolean> {
    const s = this.snapshots.pop();
    if (!s) return false;
    s.restore();
    return true;
  }

  canUndo(): boolean {
    return this.snapshots.length > 0;
  }

  /** Labels of the snapshots, oldest first (for an undo menu). */
  snapshotLabels(): string[] {
    return this.snapshots.map((s) => s.label);
  }

  async loadSettings(): Promise<StoredSettings | null> {
    return readSettingsSheet(this.workbook);
  }

  async saveSettings(settings: StoredSettings): Promise<void> {
    writeSettingsSheet(this.workbook, settings);
  }
}
