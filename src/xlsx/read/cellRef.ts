/** "AB12" → 0-based row and column, straight from the bytes (the hot path: one call per cell). */
export interface CellPos {
  row: number;
  col: number;
}

export function parseCellRef(ref: string): CellPos | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break; // "$" in refs of merge ranges
  }
  if (col === 0 || i === ref.length) return null;
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) {
      if (c === 36) continue;
      return null;
    }
    row = row * 10 + (c - 48);
  }
  return row > 0 ? { row: row - 1, col: col - 1 } : null;
}

/** "A1:K1" → a merge area; a single cell "B2" is a 1×1 area. */
export function parseRangeRef(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b = a] = ref.split(':');
  const p = parseCellRef(a);
  const q = parseCellRef(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}
