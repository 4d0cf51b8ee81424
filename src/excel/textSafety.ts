/**
 * How Taizhang puts a value into a cell so that it stays what it is. Office.js `values` (and `formulas`) are taken
 * like typed input: in a General cell "2023-05-01" becomes a date and the cell's format m/d/yyyy (office-js #229),
 * "0123" the number 123, "50%" 0.5, "3-1" and "2023年12月" dates, "TRUE" a boolean, "=SUM(1)" a formula.
 *
 * Choice: a string is written into a cell whose number format is "@" (Text) at that moment, and the cell's own
 * format is put back right after, in the same sync. Excel stores what is entered into a Text cell as it is, formulas
 * included, and changing a format later never re-parses what a cell holds ("numbers stored as text" stay text).
 * Works on every host from the ExcelApi 1.7 floor (numberFormat is 1.1); `valuesAsJson` (1.16) would need a second
 * path for older hosts. The quote prefix ("'=x") is no longer used: whether `values` honours it is undocumented,
 * and in a Text cell the apostrophe may become part of the value. See src/excel/README.md.
 */
import type { CellSnapshot } from './snapshots';

export type WriteValue = string | number | boolean | null | undefined;

/**
 * Queues the write of one value into a single-cell range (no sync). `format` is the cell's number format as loaded
 * before; it is what the cell keeps.
 */
export function queueValue(range: Excel.Range, value: WriteValue, format: string): void {
  if (typeof value === 'string' && value !== '') {
    if (format !== '@') range.numberFormat = [['@']];
    range.values = [[value]];
    if (format !== '@') range.numberFormat = [[format]];
    return;
  }
  queueConstant(range, value === null || value === undefined ? '' : value, format);
}

/**
 * A number, boolean or empty: into a Text ("@") cell it is entered under General and the "@" put back, since a
 * Text cell takes what is entered as text; elsewhere the cell's format is set after, as it was.
 */
function queueConstant(range: Excel.Range, value: string | number | boolean, format: string): void {
  const viaGeneral = format === '@' && value !== '';
  if (viaGeneral) range.numberFormat = [['General']];
  range.values = [[value]];
  if (viaGeneral) range.numberFormat = [['@']];
}

/** Whether a loaded cell held a real formula (not text that reads back as "=x", office-js #6687). */
export function hasRealFormula(c: Pick<CellSnapshot, 'value' | 'formula'>): c is { value: unknown; formula: string } {
  return typeof c.formula === 'string' && c.formula.startsWith('=') && c.formula !== c.value;
}

/**
 * Queues putting a cell back as it was: a formula as a formula, text as text (through "@"), numbers, booleans and
 * errors as themselves, then its own number format.
 */
export function queueRestore(range: Excel.Range, c: CellSnapshot): void {
  const format = String(c.numberFormat ?? 'General');
  if (hasRealFormula(c)) {
    // A formula entered into a Text ("@") cell would stay text: enter it under General, then the cell's format.
    if (format === '@') range.numberFormat = [['General']];
    range.formulas = [[c.formula]];
    range.numberFormat = [[format]];
  } else if (c.valueType === 'String' || (c.valueType === undefined && typeof c.value === 'string' && c.value !== '')) {
    queueValue(range, String(c.value), format);
  } else {
    // Numbers, booleans, empty; an error constant (#N/A typed in) is entered again as typed.
    queueConstant(
      range,
      c.value === null || c.value === undefined ? '' : (c.value as string | number | boolean),
      format,
    );
    if (format !== '@') range.numberFormat = [[format]];
  }
}

/**
 * Whether Excel takes this string as typed, with no "@" needed: no digit (no number, date, time or percent can be
 * made of it), no leading = + - @ ' # (formula, quote prefix, error value) and not TRUE / FALSE. Unit names such as
 * "区住建局" are. Used where formats may not change (a protected sheet without "Format cells").
 */
export function enteredAsIs(text: string): boolean {
  return !/\d/.test(text) && !/^[=+\-@'#]/.test(text) && !/^(true|false)$/i.test(text.trim());
}
