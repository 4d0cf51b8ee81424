import type { CellValue, Grid } from '../grid';
import type { SnapshotShelf } from '../compare/snapshotStore';
import type { SheetLayout } from '../report/types';
import type { Severity } from '../validate/types';

/**
 * The workbook port: everything the task pane and the CLI ask of a workbook. src/excel (Office.js) and
 * src/xlsx (.xlsx files) implement it; the core never imports either.
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
  /**
   * The value Taizhang read in this cell when it planned the write (null = empty). When given, the adapter compares
   * it with the cell as it is now and refuses the whole write if any cell changed (the user sorted, inserted rows
   * or typed in between): "D12 已被修改，请重新预览".
   */
  expected?: CellValue;
}

/** What kind of action a history entry is, so the pane can offer 撤销 on the tab that did it. */
export type ActionKind = 'fill' | 'summary' | 'issues' | 'compare' | 'write';

/** One write action in Taizhang's own history. */
export interface ActionEntry {
  id: string;
  kind: ActionKind;
  /** Chinese label shown in the pane, e.g. "填充责任单位". */
  label: string;
  /** Cells written, or sheets written for sheet actions. */
  size: number;
  /** ISO time of the action. */
  at: string;
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
  /**
   * Ledger snapshots taken at 生成汇总, per sheet, for next week's 台账周报 (core/compare/snapshotStore). Left out
   * (undefined) in saveSettings, the shelf already stored is kept; `{}` empties it. Ports check it when loading (a
   * damaged snapshot is dropped, said in notes('settings')) and keep the JSON under core SETTINGS_BUDGET_BYTES.
   */
  snapshots?: SnapshotShelf;
}

/** A remark for the user from a port, Chinese first; ports with Chinese only leave `en` out. */
export interface PortNote {
  zh: string;
  en?: string;
}

export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  activeSheet(): Promise<string>;
  readSheet(name: string): Promise<Grid>;
  /**
   * Writes the cells as one action of the history (kind defaults to 'write'); records a snapshot first so the
   * action can be undone. Nothing half-written on failure. Returns the history entry (null when nothing to write).
   */
  writeCells(writes: CellWrite[], label: string, kind?: ActionKind): Promise<ActionEntry | null>;
  /** Fills issue cells by severity; saves original fills so clearMarks() restores them exactly. */
  markCells(marks: CellMark[]): Promise<void>;
  clearMarks(): Promise<void>;
  /** Adds or replaces (only when replace is true) sheets from layouts, as one action of the history. */
  writeSheets(
    layouts: SheetLayout[],
    options: { replace: boolean; kind?: ActionKind; label?: string },
  ): Promise<ActionEntry | null>;
  /** Names of the layouts' sheets that already exist (to ask before replacing). */
  existingSheets(names: string[]): Promise<string[]>;
  selectCell(sheet: string, a1: string): Promise<void>;
  /** The action history, oldest first. */
  listActions(): Promise<ActionEntry[]>;
  /**
   * Undoes one action of the history (not necessarily the last). False for an unknown id; a WorkbookError when a
   * later action touched the same cells (undo that first) or the cells changed since.
   */
  undoAction(id: string): Promise<boolean>;
  /** Undoes the most recent action; false when there is none. */
  undoLast(): Promise<boolean>;
  canUndo(): boolean;
  loadSettings(): Promise<StoredSettings | null>;
  saveSettings(settings: StoredSettings): Promise<void>;
  /**
   * Optional: calls back with the sheet's name when the active sheet changes (Excel: the user picks another tab).
   * Returns a function that stops the calls. Ports without such an event leave it out.
   */
  onActiveSheetChanged?(handler: (sheet: string) => void): () => void;
  /**
   * Optional: what the last readSheet ('read') or the last markCells / clearMarks / writeCells / writeSheets /
   * undoAction ('mark') could not do or keep as asked (Excel: merged areas not read on this host, marked cells a
   * conditional format hides, marks and history not saved in the workbook), for the pane to show beside the result; 'settings': what the last loadSettings / saveSettings left out (damaged snapshots, older ones
   * dropped to fit the size). Empty when there is nothing to say; ports with nothing to say leave it out.
   */
  notes?(after: 'read' | 'mark' | 'settings'): PortNote[];
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
