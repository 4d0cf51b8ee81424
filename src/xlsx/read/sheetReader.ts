/**
 * One worksheet part → the core's Grid, in one pass of the byte scanner: no DOM, nothing kept but the cells.
 * The sheet's own <dimension> lets an oversized sheet be refused before any of it is built; a dimension that
 * lies (or none) is caught by the cell count kept while reading, so memory never passes the limits either way.
 */
import type { CellValue, Grid, MergeArea } from '../../core/grid';
import { parseRangeRef } from './cellRef';
import { tooBig } from './limits';
import { shiftFormula } from './sharedFormula';
import { isDateFormat } from './styles';
import type { ReadLimits } from './types';
import { cellText as textOfCell } from './xmlText';
import { XmlScanner } from './XmlScanner';

// Local copies: under tsx's CommonJS output every use of an imported binding is a getter call (hot loop).
const OPEN = 1;
const CLOSE = 2;
const END = 0;
const cellText = textOfCell;

export interface SheetContext {
  name: string;
  part: string;
  sharedStrings: readonly string[];
  styles: readonly string[];
  limits: ReadLimits;
  /** Cells read from earlier sheets (the workbook-wide limit). */
  cellsSoFar: number;
  /**
   * Days added to date-formatted numbers: 1462 in a 1904-based workbook, so every Grid counts dates the same
   * (1900-based) way, as the old reader did; 0 (or absent) otherwise.
   */
  dateShift?: number;
}

/** Rows without formats or formulas share this one frozen row: a write to it would throw, never go astray. */
const NO_ROW: (string | null)[] = Object.freeze([]) as unknown as (string | null)[];

interface Cell {
  row: number;
  col: number;
  type: string;
  style: number;
  /** The <v> read as a number straight from the bytes, NaN when it was read as text into `value`. */
  num: number;
  value: string | null;
  formula: string | null;
  inline: string | null;
}

interface Master {
  row: number;
  col: number;
  text: string;
}

export function readSheet(bytes: Uint8Array, ctx: SheetContext): Grid {
  const builder = new SheetBuilder(ctx);
  builder.consume(new XmlScanner(bytes, ctx.part));
  return builder.finish();
}

/**
 * The same from a stream of chunks: each piece is scanned up to its last complete `</row>`, the rest carried to
 * the next, so only one chunk and one row's bytes are held at a time. Every tag the builder reads lies inside
 * a row or outside sheetData, so no tag is ever cut.
 */
export function readSheetChunks(feed: (onChunk: (chunk: Uint8Array) => void) => void, ctx: SheetContext): Grid {
  const builder = new SheetBuilder(ctx);
  // Chunks since the last cut; joined only once a row ends in the newest one, so a long row costs no rescans.
  let pending: Uint8Array[] = [];
  feed((chunk) => {
    const cutInChunk = lastRowEnd(chunk);
    // A "</row>" split across the previous chunk and this one is found in the seam. (One missed, with a long
    // prefix, only moves the cut to a later row: a cut is never made where no row ends.)
    const tail = pending.length ? pending[pending.length - 1].subarray(-8) : new Uint8Array(0);
    const seam = tail.length && cutInChunk < 0 ? lastRowEnd(concat(tail, chunk.subarray(0, 8))) : -1;
    if (cutInChunk < 0 && seam < 0) {
      pending.push(chunk);
      return;
    }
    const joined = pending.length ? concatAll([...pending, chunk]) : chunk;
    const before = joined.length - chunk.length;
    const cut = cutInChunk >= 0 ? before + cutInChunk : before - tail.length + seam;
    builder.consume(new XmlScanner(joined.subarray(0, cut), ctx.part));
    pending = cut < joined.length ? [joined.slice(cut)] : [];
  });
  builder.consume(new XmlScanner(concatAll(pending), ctx.part));
  return builder.finish();
}

function concatAll(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** The index just after the last `</row>` (or `</x:row>`), or -1. */
export function lastRowEnd(b: Uint8Array): number {
  for (let i = b.length - 4; i >= 2; i--) {
    if (b[i] !== 0x72 || b[i + 1] !== 0x6f || b[i + 2] !== 0x77 || b[i + 3] !== 0x3e) continue; // "row>"
    let j = i - 1;
    if (b[j] === 0x3a) {
      j--;
      while (j > 0 && b[j] !== 0x2f && b[j] !== 0x3c && b[j] > 0x20) j--; // a prefix "x:"
    }
    if (b[j] === 0x2f && b[j - 1] === 0x3c) return i + 4;
  }
  return -1;
}

class SheetBuilder {
  private readonly values: CellValue[][] = [];
  private readonly formats: (string | null)[][] = [];
  private readonly formulas: (string | null)[][] = [];
  private readonly merges: MergeArea[] = [];
  private readonly hiddenRows: number[] = [];
  private readonly hiddenColRanges: [number, number][] = [];
  private readonly masters = new Map<string, Master>();
  private rowCount = 0;
  private colCount = 0;
  private row = -1;
  private nextCol = 0;
  /** Cells seen so far (values or not): the count the limits are checked against. */
  private cells = 0;
  /** One cell object reused for every cell: a million cells make no garbage here. */
  private readonly cell: Cell = {
    row: 0,
    col: 0,
    type: 'n',
    style: 0,
    num: NaN,
    value: null,
    formula: null,
    inline: null,
  };

  constructor(private readonly ctx: SheetContext) {}

  /** `<dimension ref="A1:T1048576">`: what the sheet says it holds, checked before its rows are read. */
  private checkDimension(ref: string | undefined): void {
    const d = ref ? parseRangeRef(ref) : null;
    if (!d) return;
    const rows = d.bottom + 1;
    if (rows > this.ctx.limits.maxRows) throw this.tooManyRows(rows);
    this.checkCells((d.bottom - d.top + 1) * (d.right - d.left + 1));
  }

  private checkCells(n: number): void {
    const { limits, name, cellsSoFar } = this.ctx;
    if (n > limits.maxCellsPerSheet)
      throw tooBig(
        { zh: `工作表“${name}”的单元格数`, en: `Sheet "${name}" cell count` },
        n,
        limits.maxCellsPerSheet,
        'count',
      );
    if (cellsSoFar + n > limits.maxTotalCells)
      throw tooBig(
        { zh: '工作簿的单元格总数', en: 'The workbook cell count' },
        cellsSoFar + n,
        limits.maxTotalCells,
        'count',
      );
  }

  consume(x: XmlScanner): void {
    for (let k = x.next(); k !== END; k = x.next()) {
      if (k !== OPEN) continue;
      switch (x.name) {
        case 'row':
          this.openRow(x.attr('r'), x.attr('hidden'));
          break;
        case 'dimension':
          this.checkDimension(x.attr('ref'));
          break;
        case 'c':
          this.readCell(x);
          break;
        case 'col':
          this.openCol(x.attrs());
          break;
        case 'mergeCell':
          this.addMerge(x.attr('ref'));
          break;
      }
    }
  }

  private openRow(ref: string | undefined, hidden: string | undefined): void {
    const r = ref ? Number(ref) - 1 : this.row + 1;
    if (!(r >= 0) || r >= this.ctx.limits.maxRows) throw this.tooManyRows(r + 1);
    this.row = r;
    this.nextCol = 0;
    if (hidden === '1' || hidden === 'true') this.hiddenRows.push(r);
    this.checkCells(this.cells);
  }

  private tooManyRows(n: number) {
    return tooBig(
      { zh: `工作表“${this.ctx.name}”的行号`, en: `Sheet "${this.ctx.name}" row number` },
      n,
      this.ctx.limits.maxRows,
      'count',
    );
  }

  private openCol(a: Record<string, string>): void {
    if (a.hidden !== '1' && a.hidden !== 'true') return;
    const min = Number(a.min) - 1;
    const max = Math.min(Number(a.max) - 1, 16383);
    if (min >= 0 && max >= min) this.hiddenColRanges.push([min, max]);
  }

  private addMerge(ref: string | undefined): void {
    const m = ref ? parseRangeRef(ref) : null;
    if (m) this.merges.push(m);
  }

  /** Reads `<c …>…</c>`: its value, inline string and formula, up to its close tag. */
  private readCell(x: XmlScanner): void {
    const cell = this.cell;
    x.cellAttrs(cell);
    if (cell.row >= this.ctx.limits.maxRows) throw this.tooManyRows(cell.row + 1);
    if (cell.row < 0) {
      // No r: the cell follows the one before it in its row (some generators write no references).
      cell.row = Math.max(this.row, 0);
      cell.col = this.nextCol;
    }
    cell.value = cell.formula = cell.inline = null;
    cell.num = NaN;
    this.cells++;
    this.nextCol = cell.col + 1;
    if (!x.selfClosing) this.readCellBody(x, cell);
    this.commit(cell);
  }

  private readCellBody(x: XmlScanner, cell: Cell): void {
    let phonetic = 0;
    for (let k = x.next(); k !== END; k = x.next()) {
      const name = x.name;
      if (k === CLOSE) {
        if (name === 'c') return;
        if (name === 'rPh') phonetic--;
        continue;
      }
      if (name === 'v' && !x.selfClosing) {
        // Numbers and shared-string indexes (most cells) are read without making a string.
        if (cell.type === 'n' || cell.type === 's') cell.num = x.plainNumber();
        if (Number.isNaN(cell.num)) cell.value = x.text();
        // The usual `</v></c>` stepped over directly; anything else goes through the loop.
        if (x.skipClose(0x76) && cell.formula === null && cell.inline === null && phonetic === 0 && x.skipClose(0x63))
          return;
      } else if (name === 'f') cell.formula = this.formulaText(x, cell);
      else if (name === 'is') cell.inline = '';
      else if (name === 'rPh' && !x.selfClosing) phonetic++;
      else if (name === 't' && cell.inline !== null && phonetic === 0 && !x.selfClosing) cell.inline += x.text();
    }
    throw x.broken();
  }

  private formulaText(x: XmlScanner, cell: Cell): string {
    const t = x.attr('t');
    const si = x.attr('si');
    const text = x.selfClosing ? '' : x.text();
    if (t === 'shared' && si !== undefined) {
      if (text) {
        this.masters.set(si, { row: cell.row, col: cell.col, text });
        return text;
      }
      const m = this.masters.get(si);
      // A dependent whose master is missing is still a formula: say so rather than call it a constant.
      return m ? shiftFormula(m.text, cell.row - m.row, cell.col - m.col) : '';
    }
    return text;
  }

  /** A styled empty cell holds nothing the core reads (the old reader skipped them too). */
  private commit(cell: Cell): void {
    const value = this.valueOf(cell);
    const hasFormula = cell.formula !== null;
    if (value === null && !hasFormula) return;
    const { row: r, col: c } = cell;
    const format = this.ctx.styles[cell.style];
    const shift = this.ctx.dateShift;
    this.put(
      r,
      c,
      shift && typeof value === 'number' && format !== undefined && isDateFormat(format) ? value + shift : value,
    );
    if (format !== undefined && format !== 'General') this.rowOf(this.formats, r)[c] = format;
    if (hasFormula) this.rowOf(this.formulas, r)[c] = `=${cell.formula}`;
    if (r + 1 > this.rowCount) this.rowCount = r + 1;
    if (c + 1 > this.colCount) this.colCount = c + 1;
  }

  // The current row's values gather in one scratch array and are copied out at its exact length: an array grown
  // cell by cell keeps spare capacity, which for a million short rows is most of the memory.
  private bufRow = -1;
  private readonly buf: CellValue[] = [];
  private bufLen = 0;
  /** Cells in the grid, gaps included (one cell at XFD fills a row of 16,384): limited like cells. */
  private slots = 0;

  private put(r: number, c: number, v: CellValue): void {
    if (r !== this.bufRow) {
      this.flush();
      this.bufRow = r;
    }
    if (c >= this.bufLen) {
      this.checkCells(this.slots + c + 1);
      while (this.bufLen < c) this.buf[this.bufLen++] = null;
      this.buf[this.bufLen++] = v;
    } else this.buf[c] = v;
  }

  private flush(): void {
    if (this.bufRow < 0) return;
    const row = this.buf.slice(0, this.bufLen);
    const old = this.values[this.bufRow];
    if (old) {
      // The row came back (rows out of order): merge, the later cell winning as in Excel's last-write.
      for (let c = 0; c < row.length; c++) if (row[c] !== null || old[c] === undefined) old[c] = row[c];
      this.slots += Math.max(0, row.length - old.length);
    } else {
      this.values[this.bufRow] = row;
      this.slots += row.length;
    }
    this.bufLen = 0;
    this.bufRow = -1;
  }

  private rowOf(rows: (string | null)[][], r: number): (string | null)[] {
    const row = rows[r];
    if (row && row !== NO_ROW) return row;
    return (rows[r] = []);
  }

  private valueOf(cell: Cell): CellValue {
    const v = cell.value;
    const limit = this.ctx.limits.maxStringLength;
    switch (cell.type) {
      case 's': {
        const i = Number.isNaN(cell.num) ? (v === null ? NaN : Number(v)) : cell.num;
        const s = this.ctx.sharedStrings[i];
        return s === undefined ? null : s;
      }
      case 'inlineStr':
      case 'str': {
        const s = cell.type === 'str' ? v : (cell.inline ?? v);
        if (s === null) return null;
        if (s.length > limit)
          throw tooBig(
            { zh: `工作表“${this.ctx.name}”中一个单元格的文本长度`, en: `A cell's text length in "${this.ctx.name}"` },
            s.length,
            limit,
            'count',
          );
        return cellText(s);
      }
      case 'b':
        return v === null ? null : v.trim() === '1' || v.trim() === 'true';
      case 'e':
        return v === null ? null : { error: v.trim() };
      case 'd':
        return v === null ? null : isoToSerial(v);
      default: {
        if (!Number.isNaN(cell.num)) return cell.num;
        if (v === null || v.trim() === '') return null;
        const n = Number(v);
        return Number.isFinite(n) ? n : cellText(v);
      }
    }
  }

  finish(): Grid {
    this.flush();
    for (const m of this.merges) {
      this.rowCount = Math.max(this.rowCount, m.bottom + 1);
      this.colCount = Math.max(this.colCount, m.right + 1);
    }
    const { rowCount, colCount } = this;
    for (let r = 0; r < rowCount; r++) {
      this.values[r] ??= [];
      this.formats[r] ??= NO_ROW;
      this.formulas[r] ??= NO_ROW;
    }
    this.values.length = rowCount;
    this.formats.length = rowCount;
    this.formulas.length = rowCount;
    for (const row of this.values) for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
    const hiddenCols: number[] = [];
    const seen = new Set<number>();
    for (const [min, max] of this.hiddenColRanges) {
      for (let c = min; c <= Math.min(max, colCount - 1); c++) {
        if (seen.has(c)) continue;
        seen.add(c);
        hiddenCols.push(c);
      }
    }
    hiddenCols.sort((p, q) => p - q);
    const hiddenRows = this.hiddenRows.filter((r) => r < rowCount);
    return {
      name: this.ctx.name,
      values: this.values,
      numberFormats: this.formats,
      formulas: this.formulas,
      merges: this.merges,
      hiddenRows,
      hiddenCols,
      rowCount,
      colCount,
    };
  }
}

/** `t="d"` cells (ISO 8601, written by some tools) → an Excel serial, like every other date. */
function isoToSerial(iso: string): CellValue {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}Z`);
  return Number.isFinite(ms) ? ms / 86_400_000 + 25569 : cellText(iso);
}
