/**
 * Builds the RowView of each data row for the row rules, reusing one view and one CheckedCell per column: a
 * 100,000-row ledger allocates nothing per row here. Plain cells (clean numbers and texts) are left out.
 */
import type { LedgerRow, SubtotalRow } from '../../ledger/types';
import type { CellReader } from '../CellReader';
import type { CellColumn, CheckedCell, RowView } from './types';

export class RowViews {
  private readonly slots: CheckedCell[];
  private readonly cells: CheckedCell[] = [];
  private readonly view: RowView;
  private readonly amounts: boolean;

  constructor(
    private readonly columns: readonly CellColumn[],
    private readonly reader: CellReader,
  ) {
    this.slots = columns.map((column) => ({ column, cell: undefined as never }));
    this.view = { row: undefined as never, cells: this.cells, count: 0, total: null, planned: null, completed: null };
    this.amounts = columns.some((c) => c.field === 'total' || c.field === 'planned' || c.field === 'completed');
  }

  /** The view of a data row; valid until the next call. */
  of(row: LedgerRow): RowView {
    const cells = this.cells;
    let n = 0;
    for (let i = 0; i < this.columns.length; i++) {
      const cell = this.reader.toCheck(row, this.columns[i].field);
      if (!cell) continue;
      const slot = this.slots[i];
      slot.cell = cell;
      cells[n++] = slot;
    }
    const v = this.view;
    v.count = n;
    v.row = row;
    if (this.amounts) {
      v.total = this.reader.number(row, 'total');
      v.planned = this.reader.number(row, 'planned');
      v.completed = this.reader.number(row, 'completed');
    }
    return v;
  }

  /** The view of a subtotal row: only its cells with parse problems (#REF!); it is not a project. */
  ofSubtotal(sub: SubtotalRow): RowView {
    const cells = this.cells;
    let n = 0;
    for (let i = 0; i < this.columns.length; i++) {
      const cell = sub.cells[this.columns[i].field];
      if (!cell?.problems.length) continue;
      const slot = this.slots[i];
      slot.cell = cell;
      cells[n++] = slot;
    }
    const v = this.view;
    v.count = n;
    v.row = { row: sub.row, index: sub.index, cells: sub.cells, hidden: false };
    v.total = v.planned = v.completed = null;
    return v;
  }
}
