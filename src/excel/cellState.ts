/**
 * Comparing a cell as it is now with what Taizhang expects there (CellWrite.expected, or what an action wrote), so a
 * write or an undo on rows the user sorted, inserted or typed over is refused instead of landing on the wrong project.
 */
import type { CellValue } from '../core/grid';
import { toA1 } from '../core/grid';
import { WorkbookError } from '../core/port/WorkbookPort';
import { toCellValue } from './readGrid';

/** Two cell values in the Grid's terms: null = empty, errors compared by code. */
export function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (typeof x === 'object' && x !== null && typeof y === 'object' && y !== null) return x.error === y.error;
  return x === y;
}

/** A loaded single-cell range's value in the Grid's terms (as readSheet gave it to the planner). */
export function loadedValue(range: Excel.Range): CellValue {
  return toCellValue(range.values[0][0], range.valueTypes?.[0]?.[0]);
}

/** "D12 已被修改，请重新预览" — the code matches the .xlsx adapter's, so the pane handles both alike. */
export function staleCellError(sheet: string, row: number, col: number): WorkbookError {
  const a1 = toA1(row, col);
  return new WorkbookError(
    `工作表“${sheet}”的 ${a1} 已被修改，请重新预览。没有写入任何单元格。`,
    `${a1} on sheet "${sheet}" has changed since it was read; preview again. Nothing was written.`,
    'cell-changed',
  );
}

/** Undo refused: a cell no longer holds what the action wrote (the user changed it afterwards). */
export function changedSinceError(sheet: string, row: number, col: number, label: string): WorkbookError {
  const a1 = toA1(row, col);
  return new WorkbookError(
    `工作表“${sheet}”的 ${a1} 已被修改（不再是“${label}”写入的内容），无法撤销，未做任何修改。请先核对该单元格。`,
    `${a1} on sheet "${sheet}" has changed since "${label}" wrote it; nothing was undone. Check that cell first.`,
    'cell-changed',
  );
}
