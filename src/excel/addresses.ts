import { rangeA1, toA1 } from '../core/grid';

/**
 * Groups cells into A1 areas for worksheet.getRanges: runs of consecutive rows in one column become "C5:C9",
 * so a column of flagged cells costs one area, not one per cell.
 */
export function cellsToAreas(cells: { row: number; col: number }[]): string[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    const rows = byCol.get(c.col) ?? [];
    rows.push(c.row);
    byCol.set(c.col, rows);
  }
  const areas: string[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byCol.get(col))].sort((a, b) => a - b);
    let start = rows[0];
    let prev = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      const r = rows[i];
      if (r === prev + 1) {
        prev = r;
        continue;
      }
      areas.push(start === prev ? toA1(start, col) : rangeA1(start, col, prev, col));
      start = r;
      prev = r;
    }
  }
  return areas;
}

/**
 * Excel rejects over-long address strings in getRanges (the exact limit differs by host), so areas are joined into
 * chunks of at most maxChars characters; each chunk is one getRanges call.
 */
export const MAX_ADDRESS_CHARS = 2000;

export function chunkAreas(areas: string[], maxChars = MAX_ADDRESS_CHARS): string[] {
  const chunks: string[] = [];
  let cur = '';
  for (const a of areas) {
    if (cur && cur.length + 1 + a.length > maxChars) {
      chunks.push(cur);
      cur = '';
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) chunks.push(cur);
  return chunks;
}

/** "Sheet1!A1:B2,'My Sheet'!C3" → ["A1:B2", "C3"] (sheet prefixes and $ dropped). */
export function splitAddressList(address: string): string[] {
  return address
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const bang = part.lastIndexOf('!');
      return (bang >= 0 ? part.slice(bang + 1) : part).replace(/\$/g, '');
    });
}
