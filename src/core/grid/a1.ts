/** A1 addresses. Indices are 0-based; sheet rows shown to people are 1-based. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) throw new Error(`bad column letters: ${letters}`);
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** toA1(0, 0) === "A1" */
export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const a = toA1(top, left);
  const b = toA1(bottom, right);
  return a === b ? a : `${a}:${b}`;
}

/** parseA1("C5") => { row: 4, col: 2 }; null when it is not a single-cell address. */
export function parseA1(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) return null;
  return { row: parseInt(m[2], 10) - 1, col: columnIndex(m[1]) };
}

/** Quotes a sheet name for use in a formula or a hyperlink: 'My Sheet'!A1. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
