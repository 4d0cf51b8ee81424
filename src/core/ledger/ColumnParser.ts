/**
 * Parses the cells of one mapped column on demand. Parsing is lazy (a row's cells are parsed when someone reads
 * them) so that reading a 100,000-row ledger does not build and keep 2,000,000 cell objects nobody looks at.
 * Column-wise readers (the validator) ask first whether a cell is plain, and read plain numbers directly,
 * so clean cells cost no object at all.
 */
import type { CellValue, Grid } from '../grid';
import type { AmountUnit } from '../header/types';
import { wanFromNumber } from '../parse/amount';
import { parseCell, type ParseContext } from '../parse/parseCell';
import { fractionFromNumber } from '../parse/percent';
import { problem } from '../parse/problems';
import { isEmptyText } from '../parse/text';
import type { ParsedCell } from '../parse/types';
import type { FieldDef, FieldId, FieldType } from '../schema/types';

/** Enough for every repeated value of a column; unique values (project names) stop adding past it. */
const MEMO_LIMIT = 4096;

export class ColumnParser {
  readonly type: FieldType;
  private readonly ctx: ParseContext;
  private readonly unit: AmountUnit;
  /** A percent parse depends on the cell's format too: never memoised. */
  private readonly formats: boolean;
  /**
   * Parsed cells by raw value: ledgers repeat the same few values (街道, 新建, 区发展改革委, dates) down a
   * column, and a parse depends only on the value and the column, so equal cells share one ParsedCell.
   */
  private readonly memo = new Map<string | number, ParsedCell>();

  constructor(
    readonly field: FieldId,
    readonly col: number,
    readonly def: FieldDef,
    unit: AmountUnit | undefined,
    splitUnits: ((s: string) => string[]) | undefined,
    private readonly grid: Grid,
  ) {
    this.type = def.type;
    this.unit = unit ?? '万元';
    this.ctx = { unit, splitUnits };
    this.formats = def.type === 'percent';
  }

  /** The raw cell at 0-based grid row r (null when missing). */
  raw(r: number): CellValue {
    const v = this.grid.values[r]?.[this.col];
    return v === undefined ? null : v;
  }

  /**
   * True when parsing `raw` would give a non-empty cell with no problems and nothing more to check:
   * text, numbers in number columns (a negative amount is not plain). Unit and enum cells are never plain.
   */
  isPlain(raw: CellValue): boolean {
    switch (this.type) {
      case 'text':
        return typeof raw === 'number' || (typeof raw === 'string' && !isEmptyText(raw));
      case 'amount':
        return typeof raw === 'number' && raw >= 0;
      case 'percent':
      case 'integer':
        return typeof raw === 'number';
      case 'measure':
        return typeof raw === 'number' && Number.isInteger(raw);
      default:
        return false;
    }
  }

  /** The numeric value of the cell at row r (amounts in 万元, percents as fractions), or null. */
  number(r: number): number | null {
    const raw = this.raw(r);
    if (typeof raw === 'number') {
      if (this.type === 'amount') return wanFromNumber(raw, this.unit);
      if (this.type === 'percent') return fractionFromNumber(raw, this.format(r));
    }
    const v = this.parse(r).value;
    return typeof v === 'number' ? v : null;
  }

  /** The text value of a text cell at row r (trimmed, as parseCell gives it), or null: no object for plain text. */
  text(r: number): string | null {
    const raw = this.raw(r);
    if (this.type === 'text' && typeof raw === 'string' && !isEmptyText(raw)) return raw.trim();
    const c = this.parse(r);
    return !c.empty && typeof c.value === 'string' ? c.value : null;
  }

  /** The cell at 0-based grid row r, parsed for this column's field. */
  parse(r: number): ParsedCell {
    const raw = this.raw(r);
    if (raw === null) {
      // A formula whose result was never saved (files written by scripts and web systems) reads as empty: say so.
      const formula = this.grid.formulas?.[r]?.[this.col];
      if (formula) return { raw, value: null, empty: false, problems: problem('formula-no-value', { formula }) };
    }
    // Equal values share a parse; errors and blanks are cheap or shared already.
    if (this.formats || (typeof raw !== 'string' && typeof raw !== 'number')) return this.parseNew(raw, r);
    let parsed = this.memo.get(raw);
    if (parsed === undefined) {
      parsed = this.parseNew(raw, r);
      if (this.memo.size < MEMO_LIMIT) this.memo.set(raw, parsed);
    }
    return parsed;
  }

  private format(r: number): string | null {
    return this.grid.numberFormats?.[r]?.[this.col] ?? null;
  }

  private parseNew(raw: CellValue, r: number): ParsedCell {
    if (this.formats) this.ctx.format = this.format(r);
    return parseCell(this.def, raw, this.ctx);
  }
}
