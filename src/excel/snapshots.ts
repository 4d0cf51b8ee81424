/** One cell as it was before a Taizhang write. */
export interface CellSnapshot {
  sheet: string;
  row: number;
  col: number;
  value: unknown;
  formula: unknown;
  numberFormat: unknown;
}

/** A sheet that a write replaced: its used range from A1, to rebuild on undo (values, formulas, formats). */
export interface SheetSnapshot {
  name: string;
  position: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormats: unknown[][];
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

/** Taizhang's own undo stack (add-in writes clear Excel's). Bounded so old snapshots do not pile up. */
export class SnapshotStack {
  private readonly items: Snapshot[] = [];
  constructor(private readonly limit = 20) {}

  push(s: Snapshot): void {
    this.items.push(s);
    if (this.items.length > this.limit) this.items.shift();
  }
  peek(): Snapshot | undefined {
    return this.items[this.items.length - 1];
  }
  pop(): Snapshot | undefined {
    return this.items.pop();
  }
  get size(): number {
    return this.items.length;
  }
}
