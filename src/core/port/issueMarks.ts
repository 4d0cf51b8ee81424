/** Issues → cell marks, for both ports (the CLI's marked copy, the pane's 在表中标记). */
import { parseA1 } from '../grid';
import type { Issue } from '../validate/types';
import type { CellMark } from './WorkbookPort';

/**
 * One mark per issue that names a cell, coloured by its severity, its message as the cell's note. Issues about a
 * whole row or the header have no cell and are not marked (the issues list and sheet still carry them).
 */
export function issueMarks(issues: readonly Issue[]): CellMark[] {
  const marks: CellMark[] = [];
  for (const i of issues) {
    const at = i.cell ? parseA1(i.cell) : null;
    if (at) marks.push({ sheet: i.sheet, row: at.row, col: at.col, severity: i.severity, note: i.message });
  }
  return marks;
}
