import type { Grid } from '../grid';
import type { SheetLayout } from '../report/types';
import type { Severity } from '../validate/types';

/**
 * The workbook port: everything the task pane and the CLI ask of a workbook. src/excel (Office.js) and
 * src/xlsx (ExcelJS) implement it; the core never imports either.
 */

export interface SheetInfo {
  name: string;
  visible: boolean;
}

export interface CellWrite {
  sheet: string;
  row: number; // 0-based
  col: number; // 0-based
  /** Strings are written as text: "=1+1" lands as the text "=1+1", never a formula. */
  value: string | number | null;
}

export interface CellMark {
  sheet: string;
  row: number; // 0-based
  col: number; // 0-based
  severity: Severity;
  note?: string;
}

/** Settings carried by the workbook (so a district office can hand one workbook to every clerk). */
export interface StoredSettings {
  /** A policy pack as JSON text, or null for the built-in one. */
  policyPack: string | null;
  rules: Record<string, { enabled?: boolean; severity?: Severity }>;
  lang?: 'zh' | 'en';
  /**
   * The user's column mapping per sheet: sheet name → column letter → field id or 'ignore' (core/header
   * ColumnOverrides), so next week's run and every clerk with the workbook read the sheet the same way.
   */
  mappings?: Record<string /* sheet */, Record<string /* column */, string>>;
}

export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  activeSheet(): Promise<string>;
  readSheet(name: string): Promise<Grid>;
  /** Writes the cells; records a snapshot first so undoLast() can restore them. Nothing half-written on failure. */
  writeCells(writes: CellWrite[], label: string): Promise<void>;
  /** Fills issue cells by severity; saves original fills so clearMarks() restores them exactly. */
  markCells(marks: CellMark[]): Promise<void>;
  clearMarks(): Promise<void>;
  /** Adds or replaces (only when replace is true) sheets from layouts; records a snapshot. */
  writeSheets(layouts: SheetLayout[], options: { replace: boolean }): Promise<void>;
  /** Names of the layouts' sheets that already exist (to ask before replacing). */
  existingSheets(names: string[]): Promise<string[]>;
  selectCell(sheet: string, a1: string): Promise<void>;
  /** Restores the last snapshot; false when there is none. */
  undoLast(): Promise<boolean>;
  canUndo(): boolean;
  loadSettings(): Promise<StoredSettings | null>;
  saveSettings(settings: StoredSettings): Promise<void>;
  /**
   * Optional: calls back with the sheet's name when the active sheet changes (Excel: the user picks another tab).
   * Returns a function that stops the calls. Ports without such an event leave it out.
   */
  onActiveSheetChanged?(handler: (sheet: string) => void): () => void;
}

/** A port failure with a Chinese message for the user (and English), never a stack trace. */
export class WorkbookError extends Error {
  constructor(
    public readonly zh: string,
    public readonly en: string,
    public readonly code: string,
  ) {
    super(zh);
    this.name = 'WorkbookError';
  }
}
