import type { CellValue, Grid, MergeArea } from '../core/grid';
import { columnIndex } from '../core/grid';
import { splitAddressList } from './addresses';
import type { Capabilities } from './requirements';
import { yieldToEventLoop, type Pause } from './bulk';

export interface ReadOptions {
  /** Rows per range request (≤ 5,000 keeps each range well under the 5,000,000-cell get cap). */
  blockRows: number;
  /**
   * Cells per sync. Each cell costs roughly 40-60 bytes of response (value, formula, number format, value type),
   * so 80,000 cells stay under Excel on the web's 5 MB payload cap. Blocks are queued together up to this budget
   * and fetched in ONE sync, so a 10-row and a 10,000-row ledger cost the same number of round trips.
   */
  syncCellBudget: number;
  /**
   * Rows per sync: each row adds a small rowHidden request, so a narrow sheet must not queue 80,000 of them
   * (the 5 MB cap applies to the request too).
   */
  syncRowBudget: number;
}

export const DEFAULT_READ: ReadOptions = { blockRows: 5000, syncCellBudget: 80_000, syncRowBudget: 20_000 };

/** "C5:D7" / "C5" → 0-based inclusive area. */
export function parseArea(a1: string): MergeArea | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a1);
  if (!m) return null;
  const top = parseInt(m[2], 10) - 1;
  const left = columnIndex(m[1]);
  return {
    top,
    left,
    bottom: m[4] ? parseInt(m[4], 10) - 1 : top,
    right: m[3] ? columnIndex(m[3]) : left,
  };
}

export function toCellValue(v: unknown, type: string | undefined): CellValue {
  if (type === 'Error') return { error: String(v) };
  if (type === 'Empty' || v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

interface Block {
  top: number;
  range: Excel.Range;
  rows: Excel.Range[];
}

/**
 * Reads a worksheet into a Grid anchored at A1. Syncs: 1 (extent) + about max(cells / syncCellBudget, rows /
 * syncRowBudget) (blocks, hidden rows and columns) + 1 (merged areas, only when ExcelApi 1.13 is there; kept apart so a failure there — Excel
 * refuses above 512 merged areas — costs the merges, not the read).
 * Between two row blocks — while queueing them and while converting their results — it pauses (yields to the
 * event loop), so a long read does not hold the pane's thread; pauses add no sync.
 */
export async function readGrid(
  context: Excel.RequestContext,
  name: string,
  caps: Capabilities,
  options: ReadOptions = DEFAULT_READ,
  pause: Pause = yieldToEventLoop,
): Promise<{ grid: Grid; notes: string[] }> {
  const notes: string[] = [];
  const ws = context.workbook.worksheets.getItem(name);
  // valuesOnly: a column formatted to the bottom of the sheet must not make the used range a million rows.
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  if (used.isNullObject) {
    return { grid: { name, values: [], merges: [], hiddenRows: [], hiddenCols: [], rowCount: 0, colCount: 0 }, notes };
  }
  const rowCount = used.rowIndex + used.rowCount;
  const colCount = used.columnIndex + used.columnCount;
  const blockRows = Math.max(1, Math.min(options.blockRows, Math.floor(options.syncCellBudget / colCount) || 1));

  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  const hiddenCols: number[] = [];

  // Column visibility: one proxy per column, queued with the first batch.
  const cols: Excel.Range[] = [];
  const whole = ws.getRangeByIndexes(0, 0, rowCount, colCount);
  for (let c = 0; c < colCount; c++) {
    const col = whole.getColumn(c);
    col.load('columnHidden');
    cols.push(col);
  }

  let queuedCells = 0;
  let queuedRows = 0;
  let pending: Block[] = [];
  const flush = async (): Promise<void> => {
    await context.sync();
    for (const [k, b] of pending.entries()) {
      if (k > 0) await pause();
      const vals = b.range.values;
      const types = b.range.valueTypes;
      const nf = b.range.numberFormat;
      const fx = b.range.formulas;
      for (let i = 0; i < vals.length; i++) {
        values.push(vals[i].map((v, j) => toCellValue(v, types[i]?.[j])));
        formats.push(nf[i].map((f) => (f == null || f === 'General' ? null : String(f))));
        formulas.push(fx[i].map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null)));
        if (b.rows[i].rowHidden) hiddenRows.push(b.top + i);
      }
    }
    pending = [];
    queuedCells = 0;
    queuedRows = 0;
  };

  for (let top = 0; top < rowCount; top += blockRows) {
    const n = Math.min(blockRows, rowCount - top);
    const over = queuedCells + n * colCount > options.syncCellBudget || queuedRows + n > options.syncRowBudget;
    if (queuedCells > 0 && over) await flush();
    if (top > 0) await pause();
    const range = ws.getRangeByIndexes(top, 0, n, colCount);
    range.load('values,valueTypes,numberFormat,formulas');
    // rowHidden of a multi-row range is null when mixed, so each row is asked on its own — all in this one sync.
    const rows: Excel.Range[] = [];
    for (let i = 0; i < n; i++) {
      const row = range.getRow(i);
      row.load('rowHidden');
      rows.push(row);
    }
    pending.push({ top, range, rows });
    queuedCells += n * colCount;
    queuedRows += n;
  }
  await flush();
  cols.forEach((c, j) => {
    if (c.columnHidden) hiddenCols.push(j);
  });

  let merges: MergeArea[] = [];
  if (caps.mergedAreas) {
    try {
      const areas = whole.getMergedAreasOrNullObject();
      areas.load('address');
      await context.sync();
      if (!areas.isNullObject) {
        merges = splitAddressList(areas.address)
          .map(parseArea)
          .filter((m): m is MergeArea => m !== null);
      }
    } catch {
      notes.push('合并单元格过多（Excel 上限 512 个），未读取合并区域。');
    }
  } else {
    notes.push('此 Excel 不支持读取合并单元格（需要 ExcelApi 1.13），按未合并处理。');
  }

  const grid: Grid = {
    name,
    values,
    numberFormats: formats,
    formulas,
    merges,
    hiddenRows,
    hiddenCols,
    rowCount,
    colCount,
  };
  return { grid, notes };
}
