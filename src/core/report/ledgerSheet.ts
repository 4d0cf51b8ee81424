import { columnLetters, isCellError, quoteSheetName, type CellValue } from '../grid';
import { fieldColumn, type Ledger } from '../ledger/types';
import { TO_WAN } from '../parse/amountUnits';
import type { FieldId } from '../schema/types';
import type { Alt } from './criteria';

/**
 * A ledger sheet as the report's formulas see it: the data block's rows (1-based, first..last data row), the
 * column of each field, and an index of each column's cells so that predicting a SUMIFS does not rescan rows.
 */
export class LedgerSheet {
  readonly ref: string;
  readonly first: number;
  readonly last: number;
  /** Runs of consecutive data rows (1-based, inclusive): ranges that leave out subtotal, section and blank rows. */
  readonly segments: [number, number][];
  private readonly index = new Map<number, Map<string, number[]>>();
  private readonly altCache = {
    eq: new Map<number, Map<string, Alt[]>>(),
    contains: new Map<number, Map<string, Alt[]>>(),
    blank: new Map<number, Map<string, Alt[]>>(),
  };
  private readonly columns = new Map<FieldId, number | undefined>();

  constructor(readonly ledger: Ledger) {
    this.ref = quoteSheetName(ledger.sheet);
    const rows = ledger.rows.map((r) => r.row);
    this.first = rows.length ? rows[0] : ledger.header.lastRow + 1;
    this.last = rows.length ? rows[rows.length - 1] : this.first;
    const segments: [number, number][] = [];
    for (const r of rows) {
      const s = segments[segments.length - 1];
      if (s && r === s[1] + 1) s[1] = r;
      else segments.push([r, r]);
    }
    this.segments = segments;
  }

  /** The segments cut at rows with an error cell in any of `cols`. */
  readableSegments(cols: number[]): [number, number][] {
    const skip = new Set(cols.flatMap((c) => this.errorRows(c)));
    if (!skip.size) return this.segments;
    const out: [number, number][] = [];
    for (const [top, bottom] of this.segments) {
      let start = top;
      for (let r = top; r <= bottom + 1; r++) {
        if (r > bottom || skip.has(r)) {
          if (r > start) out.push([start, r - 1]);
          start = r + 1;
        }
      }
    }
    return out;
  }

  column(field: FieldId): number | undefined {
    if (!this.columns.has(field)) this.columns.set(field, fieldColumn(this.ledger, field));
    return this.columns.get(field);
  }

  /** Criteria objects shared per (kind, column, text), so that a 100,000-row sheet builds one per distinct text. */
  alts(col: number, kind: 'eq' | 'contains' | 'blank', text: string, make: () => Alt[]): Alt[] {
    const byCol = this.altCache[kind];
    let m = byCol.get(col);
    if (!m) byCol.set(col, (m = new Map()));
    let a = m.get(text);
    if (!a) m.set(text, (a = make()));
    return a;
  }

  /** 万元 per unit of an amount column: formulas scale a 亿元 column by 10000 to report in 万元. */
  scale(field: FieldId): number {
    const unit = this.ledger.header.columns.find((c) => c.field === field)?.unit;
    return unit ? TO_WAN[unit] : 1;
  }

  /** "'项目台账'!$K$6:$K$131" */
  range(col: number, top: number, bottom: number): string {
    const L = columnLetters(col);
    return `${this.ref}!$${L}$${top}:$${L}$${bottom}`;
  }

  raw(row: number, col: number): CellValue {
    const v = this.ledger.grid.values[row - 1]?.[col]; // direct: this runs for every candidate row of every term
    return v === undefined ? null : v;
  }

  /** Candidate rows per criterion key and range, kept because every figure column asks for the same rows. */
  readonly candidateCache = new Map<string, number[]>();
  private readonly errors = new Map<number, number[]>();

  /** The rows (1-based, first..last) whose cell in `col` is an error (#REF!...), ascending. */
  errorRows(col: number): number[] {
    const indexed = this.index.get(col);
    let rows = this.errors.get(col) ?? (indexed ? (indexed.get('#e') ?? []) : undefined);
    if (rows) return rows;
    rows = [];
    const values = this.ledger.grid.values;
    for (let r = this.first; r <= this.last; r++) if (isCellError(values[r - 1]?.[col])) rows.push(r);
    this.errors.set(col, rows);
    return rows;
  }

  /** Rows meeting all of a term's criteria, per criteria and range (see formulaPlan). */
  readonly matchCache = new Map<string, number[]>();
  private readonly numberCols = new Map<number, Float64Array>();

  /**
   * A column's numbers by sheet row (1-based, up to the last data row): the cell's value when it is a number,
   * NaN for text, blanks and errors (which SUMIFS skips and no ">=N" meets).
   */
  numbers(col: number): Float64Array {
    let a = this.numberCols.get(col);
    if (a) return a;
    a = new Float64Array(this.last + 1).fill(NaN);
    const values = this.ledger.grid.values;
    const errors: number[] = []; // found on the way: errorRows need not scan the column again
    for (let r = 1; r <= this.last; r++) {
      const v = values[r - 1]?.[col];
      if (typeof v === 'number') a[r] = v;
      else if (r >= this.first && isCellError(v)) errors.push(r);
    }
    if (!this.errors.has(col)) this.errors.set(col, errors);
    this.numberCols.set(col, a);
    return a;
  }

  /**
   * The sheet rows of a column's cells grouped by their text, lower-cased ("" for empty, "#e" for errors, which
   * no text criterion matches; numbers are left out), over first..last.
   */
  cellsByText(col: number): Map<string, number[]> {
    let m = this.index.get(col);
    if (m) return m;
    m = new Map();
    const byRaw = new Map<string, number[]>(); // texts repeat: one lookup per row, lower-casing once per text
    const values = this.ledger.grid.values;
    for (let r = this.first; r <= this.last; r++) {
      const v = values[r - 1]?.[col];
      let list: number[] | undefined;
      if (v === undefined || v === null || v === '') list = listFor(m, '');
      else if (typeof v === 'string') {
        list = byRaw.get(v);
        if (!list) byRaw.set(v, (list = listFor(m, v.toLowerCase())));
      } else if (isCellError(v)) list = listFor(m, '#e');
      else continue; // numbers meet only numeric criteria, which scan the range itself
      list.push(r);
    }
    this.index.set(col, m);
    return m;
  }
}

function listFor(m: Map<string, number[]>, key: string): number[] {
  let list = m.get(key);
  if (!list) m.set(key, (list = []));
  return list;
}
