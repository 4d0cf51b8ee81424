/**
 * Taizhang's own history of write actions (add-in writes clear Excel's undo stack, so we keep ours). Each entry is
 * one user action — 填充 122 cells, 写入汇总表 — so 撤销 can name what it undoes and undo exactly that action, not
 * "the last write of any tab". Both adapters keep their snapshots in one of these; the payload is theirs.
 *
 * An older action can be undone on its own only when no later action touched the same cells or sheets: putting
 * its old values back would overwrite the later action's work. `touches` tells the history what an entry covers.
 */
import type { ActionEntry, ActionKind } from './WorkbookPort';
import { WorkbookError } from './WorkbookPort';

export interface ActionFootprint {
  /** `sheet\u0000row\u0000col` keys of the cells written. */
  cells: ReadonlySet<string>;
  /** Sheets created or replaced as a whole. */
  sheets: ReadonlySet<string>;
}

interface Item<T> {
  entry: ActionEntry;
  payload: T;
  footprint: ActionFootprint;
}

export function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${row}\u0000${col}`;
}

function overlaps(a: ActionFootprint, b: ActionFootprint): boolean {
  for (const s of a.sheets) if (b.sheets.has(s)) return true;
  const [small, large] = a.cells.size < b.cells.size ? [a.cells, b.cells] : [b.cells, a.cells];
  for (const k of small) if (large.has(k)) return true;
  // A whole sheet replaced covers every cell of it.
  const sheetOf = (k: string): string => k.slice(0, k.indexOf('\u0000'));
  for (const k of a.cells) if (b.sheets.has(sheetOf(k))) return true;
  for (const k of b.cells) if (a.sheets.has(sheetOf(k))) return true;
  return false;
}

export class ActionHistory<T> {
  private readonly items: Item<T>[] = [];
  private counter = 0;

  constructor(private readonly limit = 20) {}

  /** Records an action; the oldest entries fall off past the limit. Returns the new entry. */
  push(
    kind: ActionKind,
    label: string,
    size: number,
    payload: T,
    footprint: ActionFootprint,
    at = new Date(),
  ): ActionEntry {
    this.counter += 1;
    const entry: ActionEntry = {
      id: `${at.getTime().toString(36)}-${this.counter}`,
      kind,
      label,
      size,
      at: at.toISOString(),
    };
    this.items.push({ entry, payload, footprint });
    if (this.items.length > this.limit) this.items.shift();
    return entry;
  }

  list(): ActionEntry[] {
    return this.items.map((i) => i.entry);
  }

  /** Entries with their payloads, oldest first: for an adapter that saves its history in the workbook. */
  entries(): { entry: ActionEntry; payload: T }[] {
    return this.items.map((i) => ({ entry: i.entry, payload: i.payload }));
  }

  get size(): number {
    return this.items.length;
  }

  last(): ActionEntry | undefined {
    return this.items[this.items.length - 1]?.entry;
  }

  /**
   * The payload to restore for `id`, after checking that no later action overlaps it. Throws a WorkbookError
   * naming the later action otherwise; returns undefined for an unknown id. Does not remove: call `remove` once
   * the restore succeeded, so a failed undo can be retried.
   */
  payloadToUndo(id: string): T | undefined {
    const at = this.items.findIndex((i) => i.entry.id === id);
    if (at < 0) return undefined;
    const item = this.items[at];
    for (const later of this.items.slice(at + 1)) {
      if (overlaps(item.footprint, later.footprint)) {
        throw new WorkbookError(
          `请先撤销后来的“${later.entry.label}”：它改动了“${item.entry.label}”写过的单元格或工作表。`,
          `Undo the later "${later.entry.label}" first: it changed cells or sheets that "${item.entry.label}" wrote.`,
          'undo-blocked',
        );
      }
    }
    return item.payload;
  }

  remove(id: string): void {
    const at = this.items.findIndex((i) => i.entry.id === id);
    if (at >= 0) this.items.splice(at, 1);
  }
}
