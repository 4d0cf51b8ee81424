/**
 * Strings that Excel would parse on entry go in as text. Office.js `values` are taken like typed input, so
 * "=SUM(1)" becomes a formula and "+86…" / "-" become numbers or formulas. Excel's own escape for typed input is
 * the quote prefix: "'=SUM(1)" stores the text "=SUM(1)" (the apostrophe is not part of the value; the cell's
 * number format is left alone). We use the prefix rather than numberFormat "@": the text format does not stop
 * formula detection everywhere (see OfficeCLI issue #410 for .xlsx), it changes the cell's format (which undo
 * must then restore) and it makes later numbers typed there text. A leading apostrophe of the user's own text
 * is doubled the same way so it survives.
 */
const NEEDS_QUOTE = /^[=+\-@']/;

export function asTypedText(value: string | number | boolean | null | undefined): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' && NEEDS_QUOTE.test(value)) return `'${value}`;
  return value;
}

/**
 * What to put back to restore a cell as it was: its formula when it had a real one, else its constant, escaped.
 * A quote-prefixed text "=x" reads back with formula "=x" AND value "=x" (office-js issue #6687), so a formula
 * equal to the value is treated as text, not re-entered as a formula.
 */
export function restoreEntry(value: unknown, formula: unknown): string | number | boolean {
  if (typeof formula === 'string' && formula.startsWith('=') && formula !== value) return formula;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return asTypedText(value == null ? '' : String(value));
}
