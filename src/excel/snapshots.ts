import { cellKey, type ActionFootprint } from '../core/port/ActionHistory';

/** One cell as it was before a Taizhang write. */
export interface CellSnapshot {
  sheet: string;
  row: number;
  col: number;
  value: unknown;
  formula: unknown;
  numberFormat: unknown;
  /** Range.valueTypes of the cell ("String", "Double", "Error"...): text is put back as text. */
  valueType?: string;
  /** What the action wrote there, so undo can check the cell still holds it. */
  written?: string | number | null;
}

/** A sheet that a write replaced: its used range from A1, to rebuild on undo (values, formulas, formats). */
export interface SheetSnapshot {
  name: string;
  position: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormats: unknown[][];
  valueTypes?: unknown[][];
}

/** Everything one Taizhang action changed, enough to put it back. */
export interface Snapshot {
  label: string;
  cells: CellSnapshot[];
  /** Sheets the action created: deleted on undo. */
  addedSheets: string[];
  /** Sheets the action replaced: rebuilt on undo. */
  replacedSheets: SheetSnapshot[];
}

/** The cells and sheets a snapshot covers, for the action history's overlap check. */
export function footprintOf(s: Snapshot): ActionFootprint {
  return {
    cells: new Set(s.cells.map((c) => cellKey(c.sheet, c.row, c.col))),
    sheets: new Set([...s.addedSheets, ...s.replacedSheets.map((r) => r.name)]),
  };
}
