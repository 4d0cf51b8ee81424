/** Text helpers shared by the header reader and the cell parsers. */

/**
 * Full-width forms to half-width (Ｅ１２３ → E123, （ → (, ： → :). NFKC does this, but it is costly per cell,
 * so it only runs when the string holds a character from the full-width block or an ideographic space.
 */
export function halfWidth(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) return s.normalize('NFKC');
  }
  return s;
}

/** Texts that mean "nothing here" in a ledger cell. */
const EMPTY_LOOKING = new Set(['', '-', '--', '—', '——', '/', '\\', '无', '暂无', 'N/A', 'n/a', '/ ', '－', '／']);

/** True when the text is blank or an empty-looking placeholder ("-", "/", "无"). */
export function isEmptyText(s: string): boolean {
  if (s.length > 4) return false; // fast path: placeholders are short
  return EMPTY_LOOKING.has(s.trim());
}

/** Display form of a cell value for messages. */
export function displayValue(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'error' in (v as object)) return String((v as { error: string }).error);
  return String(v);
}
