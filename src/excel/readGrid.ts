import type { CellValue, Grid, MergeArea } from '../core/grid';
import { columnIndex, toA1 } from '../core/grid';
import { splitAddressList } from './addresses';
import type { Capabilities } from './requirements';
import { yieldToEventLoop, type Pause } from './bulk';
import { BYTES, SYNC_BYTES, runSliced } from './payload';

export interface ReadOptions {
  /** Rows per range request at most (≤ 5,000 keeps each range well under the 5,000,000-cell get cap). */
  blockRows: number;
  /**
   * Estimated message bytes per sync (payload.ts): blocks are queued together up to this and fetched in one sync,
   * so the count of syncs follows the bytes of the sheet, and a sync that Excel refuses for its size is halved.
   */
  syncBytes: number;
  /**
   * Rows at most: a used range stretched by one stray far value (D1000000) is cut here, with a note naming that
   * far corner, instead of fetching a million empty rows.
   */
  maxRows: number;
  /**
   * Rows from the top whose merged areas are asked (the header band: the header finder scans 30 rows plus a
   * 4-row header). Excel refuses getMergedAreasOrNullObject above 512 areas in the queried range, and ledgers often
   * merge hundreds of data cells below; the core only uses merges of the header.
   */
  mergeRows: number;
}

export const DEFAULT_READ: ReadOptions = { blockRows: 5000, syncBytes: SYNC_BYTES, maxRows: 200_000, mergeRows: 40 };

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

/** Rows [top, top + n) of the used columns. */
interface Block {
  top: number;
  n: number;
}

/** The grid being filled by row index, whatever order (and halving) the slices come back in. */
interface Rows {
  values: CellValue[][];
  formats: (string | null)[][];
  formulas: (string | null)[][];
  hidden: boolean[];
}

/** Queues one block — its cells, and its rows' rowHidden — and returns how to collect it after the sync. */
function queueBlock(ws: Excel.Worksheet, b: Block, colCount: number, caps: Capabilities): (out: Rows) => void {
  const range = ws.getRangeByIndexes(b.top, 0, b.n, colCount);
  range.load('values,valueTypes,numberFormat,formulas');
  let hidden: () => boolean[];
  if (caps.rowProperties) {
    const props = range.getRowProperties({ rowHidden: true }); // ExcelApi 1.9: one call, ~60 bytes a row back
    hidden = () => props.value.map((p) => p.rowHidden === true);
  } else {
    // rowHidden of a multi-row range is null when mixed, so each row is asked on its own.
    const rows = Array.from({ length: b.n }, (_, i) => range.getRow(i).load('rowHidden'));
    hidden = () => rows.map((r) => r.rowHidden === true);
  }
  return (out) => {
    const { values: vals, valueTypes: types, numberFormat: nf, formulas: fx } = range;
    const h = hidden();
    for (let i = 0; i < vals.length; i++) {
      const r = b.top + i;
      out.values[r] = vals[i].map((v, j) => toCellValue(v, types[i]?.[j]));
      out.formats[r] = nf[i].map((f) => (f == null || f === 'General' ? null : String(f)));
      out.formulas[r] = fx[i].map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null));
      out.hidden[r] = h[i];
    }
  };
}

function halveBlock(b: Block): [Block, Block] | null {
  if (b.n < 2) return null;
  const half = b.n >> 1;
  return [
    { top: b.top, n: half },
    { top: b.top + half, n: b.n - half },
  ];
}

/**
 * Reads a worksheet into a Grid anchored at A1. Syncs: 1 (extent) + about bytes / syncBytes (blocks with their
 * hidden rows; column visibility rides with the first) + 1 (merged areas, only when ExcelApi 1.13 is there; kept
 * apart so a failure there — Excel refuses above 512 merged areas — costs the merges, not the read). A block that
 * Excel refuses for its size (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded) is halved and
 * read again. Between blocks it pauses (yields to the event loop), so a long read does not hold the pane's thread.
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
  const extent = await readExtent(context, ws, options, notes);
  if (!extent) {
    return { grid: { name, values: [], merges: [], hiddenRows: [], hiddenCols: [], rowCount: 0, colCount: 0 }, notes };
  }
  const { rowCount, colCount } = extent;
  // Column visibility: one proxy per column, queued with the first slice.
  const whole = ws.getRangeByIndexes(0, 0, rowCount, colCount);
  const cols = Array.from({ length: colCount }, (_, c) => whole.getColumn(c).load('columnHidden'));
  const out = await readBlocks(context, ws, extent, caps, options, pause);
  const hiddenCols = cols.flatMap((c, j) => (c.columnHidden ? [j] : []));
  const hiddenRows = out.hidden.flatMap((h, r) => (h ? [r] : []));

  const bandRows = Math.min(rowCount, options.mergeRows);
  const merges = caps.mergedAreas
    ? await readMerges(context, ws.getRangeByIndexes(0, 0, bandRows, colCount), bandRows, notes)
    : [];
  if (!caps.mergedAreas) notes.push('此 Excel 不支持读取合并单元格（需要 ExcelApi 1.13），按未合并处理。');
  const grid: Grid = {
    name,
    values: out.values,
    numberFormats: out.formats,
    formulas: out.formulas,
    merges,
    hiddenRows,
    hiddenCols,
    rowCount,
    colCount,
  };
  return { grid, notes };
}

/** The rows and columns to read from A1 (null: an empty sheet), cut at maxRows with a note naming the far corner. */
async function readExtent(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  options: ReadOptions,
  notes: string[],
): Promise<{ rowCount: number; colCount: number } | null> {
  // valuesOnly: a column formatted to the bottom of the sheet must not make the used range a million rows.
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  if (used.isNullObject) return null;
  const usedRows = used.rowIndex + used.rowCount;
  const colCount = used.columnIndex + used.columnCount;
  const rowCount = Math.min(usedRows, options.maxRows);
  if (usedRows > rowCount) {
    notes.push(
      `工作表的已用区域一直延伸到 ${toA1(usedRows - 1, colCount - 1)}（可能是远处的零散内容），只读取了前 ${rowCount} 行；请检查并删除远处的内容后重新校验。`,
    );
  }
  return { rowCount, colCount };
}

/** The cells, formats, formulas and hidden rows, in blocks queued together up to syncBytes per sync. */
async function readBlocks(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  { rowCount, colCount }: { rowCount: number; colCount: number },
  caps: Capabilities,
  options: ReadOptions,
  pause: Pause,
): Promise<Rows> {
  const rowBytes = colCount * BYTES.readCell + (caps.rowProperties ? BYTES.rowProps : BYTES.proxy + BYTES.action);
  const blockRows = Math.max(1, Math.min(options.blockRows, Math.floor(options.syncBytes / rowBytes)));
  const blocks: Block[] = [];
  for (let top = 0; top < rowCount; top += blockRows) blocks.push({ top, n: Math.min(blockRows, rowCount - top) });
  const out: Rows = {
    values: new Array(rowCount),
    formats: new Array(rowCount),
    formulas: new Array(rowCount),
    hidden: new Array(rowCount),
  };
  let first = true;
  await runSliced(
    blocks,
    (b) => b.n * rowBytes,
    async (slice) => {
      const collect: ((o: Rows) => void)[] = [];
      for (const [k, b] of slice.entries()) {
        if (!first || k > 0) await pause();
        collect.push(queueBlock(ws, b, colCount, caps));
      }
      first = false;
      await context.sync();
      for (const [k, c] of collect.entries()) {
        if (k > 0) await pause();
        c(out);
      }
    },
    { budget: options.syncBytes, split: halveBlock },
  );
  return out;
}

/** Merged areas of the header band (ExcelApi 1.13), in their own sync; a refusal costs the merges, with a note. */
async function readMerges(
  context: Excel.RequestContext,
  range: Excel.Range,
  rows: number,
  notes: string[],
): Promise<MergeArea[]> {
  try {
    const areas = range.getMergedAreasOrNullObject();
    areas.load('address');
    await context.sync();
    if (areas.isNullObject) return [];
    return splitAddressList(areas.address)
      .map(parseArea)
      .filter((m): m is MergeArea => m !== null);
  } catch {
    notes.push(`表头区域（前 ${rows} 行）合并单元格过多（Excel 上限 512 个），未读取合并区域。`);
    return [];
  }
}
