/**
 * Finds the header block of a sheet by itself: skips title and note rows, takes the row with the most header
 * words, widens it over merged multi-row headers, flattens each column's header levels and maps columns to
 * fields for each ledger kind, keeping the kind whose signature fits best.
 */
import { cellAt, columnLetters, toA1, type Grid } from '../grid';
import { LEDGER_KINDS } from '../schema';
import type { FieldId, LedgerKind, LedgerKindDef } from '../schema/types';
import { asOfFromNote, yearFromText } from './asOf';
import { normaliseHeader, type NormalisedHeader } from './normaliseHeader';
import { isHeaderWord, matchField } from './synonyms';
import type { AmountUnit, AsOf, ColumnMapping, HeaderInfo, UnmappedColumn } from './types';

/** Headers sit near the top; scanning further only finds data that happens to look like words. */
const SCAN_ROWS = 30;
const MAX_HEADER_ROWS = 4;
/** A header row needs at least this many header words. */
const MIN_HEADER_WORDS = 2;
const NOTE_UNIT_RE = /单位\s*[:：]\s*(亿元|万元|元)/;

function textOf(grid: Grid, row: number, col: number): string {
  const v = cellAt(grid, row, col);
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  return '';
}

/** Value of a cell, reading through merged areas to their top-left cell. */
function mergedText(grid: Grid, row: number, col: number): string {
  for (const m of grid.merges) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return textOf(grid, m.top, m.left);
  }
  return textOf(grid, row, col);
}

function headerWords(grid: Grid, row: number, memo: Map<string, boolean>): number {
  let n = 0;
  const r = grid.values[row] ?? [];
  for (let c = 0; c < r.length; c++) {
    const v = r[c];
    if (typeof v !== 'string' || v.length > 40) continue;
    let hit = memo.get(v);
    if (hit === undefined) {
      hit = isHeaderWord(normaliseHeader(v).text);
      memo.set(v, hit);
    }
    if (hit) n++;
  }
  return n;
}

function hasNumber(grid: Grid, row: number): boolean {
  return (grid.values[row] ?? []).some((v) => typeof v === 'number');
}

/** The best header row and its block [top, bottom], 0-based; null when no row looks like a header. */
function findBlock(grid: Grid): { top: number; bottom: number } | null {
  const memo = new Map<string, boolean>();
  const limit = Math.min(grid.rowCount, SCAN_ROWS);
  let best = -1;
  let bestWords = MIN_HEADER_WORDS - 1;
  const words: number[] = [];
  for (let r = 0; r < limit; r++) {
    words[r] = headerWords(grid, r, memo);
    if (words[r] > bestWords) {
      bestWords = words[r];
      best = r;
    }
  }
  if (best < 0) return null;
  let top = best;
  let bottom = best;
  // Widen over merges that touch the block (a vertical merge means the header goes on below or above).
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of grid.merges) {
      if (m.bottom < top || m.top > bottom || m.top === m.bottom) continue;
      const t = Math.max(Math.min(top, m.top), bottom - MAX_HEADER_ROWS + 1);
      const b = Math.min(Math.max(bottom, m.bottom), top + MAX_HEADER_ROWS - 1);
      if (t < top || b > bottom) {
        top = t;
        bottom = b;
        changed = true;
      }
    }
  }
  // An unmerged second header row: header words and no numbers.
  while (bottom + 1 < grid.rowCount && bottom - top + 1 < MAX_HEADER_ROWS && !hasNumber(grid, bottom + 1)
    && (words[bottom + 1] ?? headerWords(grid, bottom + 1, memo)) >= MIN_HEADER_WORDS) bottom++;
  return { top, bottom };
}

interface ColumnHeader {
  col: number;
  /** Distinct header levels top to bottom, as written. */
  levels: string[];
  norm: NormalisedHeader[];
}

function flatten(grid: Grid, top: number, bottom: number): ColumnHeader[] {
  const out: ColumnHeader[] = [];
  for (let c = 0; c < grid.colCount; c++) {
    const levels: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = mergedText(grid, r, c);
      if (t && levels[levels.length - 1] !== t) levels.push(t);
    }
    if (levels.length) out.push({ col: c, levels, norm: levels.map(normaliseHeader) });
  }
  return out;
}

/** The field a column means in `kind`: the lowest level first (总投资 under 投资情况), then the whole path. */
function fieldOf(kind: LedgerKind, h: ColumnHeader): FieldId | undefined {
  for (let i = h.norm.length - 1; i >= 0; i--) {
    const f = matchField(kind, h.norm[i].text);
    if (f) return f;
  }
  return matchField(kind, h.norm.map((n) => n.text).join(''));
}

function score(def: LedgerKindDef, fields: Set<FieldId>): number {
  let got = 0;
  let all = 0;
  for (const [field, w] of Object.entries(def.signature) as [FieldId, number][]) {
    all += w;
    if (fields.has(field)) got += w;
  }
  return all ? got / all : 0;
}

function columnUnit(h: ColumnHeader): AmountUnit | undefined {
  for (let i = h.norm.length - 1; i >= 0; i--) if (h.norm[i].unit) return h.norm[i].unit;
  return undefined;
}

const EMPTY: Omit<HeaderInfo, 'titleRows'> = {
  firstRow: 0, lastRow: 0, kind: 'unknown', confidence: 0, columns: [], unmapped: [], duplicates: [], asOf: null,
};

export function detectHeader(grid: Grid): HeaderInfo {
  const block = findBlock(grid);
  const titleEnd = block ? block.top : Math.min(grid.rowCount, 3);
  const titleRows: { row: number; text: string }[] = [];
  for (let r = 0; r < titleEnd; r++) {
    const parts = (grid.values[r] ?? []).map((v) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '')).filter(Boolean);
    if (parts.length) titleRows.push({ row: r + 1, text: parts.join(' ') });
  }
  if (!block) return { ...EMPTY, titleRows };

  const headers = flatten(grid, block.top, block.bottom);
  let bestKind: LedgerKindDef | undefined;
  let bestScore = 0;
  let second = 0;
  for (const def of LEDGER_KINDS) {
    const s = score(def, new Set(headers.map((h) => fieldOf(def.kind, h)).filter((f): f is FieldId => !!f)));
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      bestKind = def;
    } else if (s > second) second = s;
  }
  const info: HeaderInfo = { ...EMPTY, firstRow: block.top + 1, lastRow: block.bottom + 1, titleRows, columns: [], unmapped: [], duplicates: [] };
  const noteUnit = titleRows.map((t) => NOTE_UNIT_RE.exec(t.text.normalize('NFKC'))?.[1]).find(Boolean) as AmountUnit | undefined;
  if (!bestKind || bestScore < 0.25) {
    info.unmapped = headers.map((h) => ({ col: h.col, letter: columnLetters(h.col), header: h.levels.join('/') }));
    info.asOf = findAsOf(grid, titleRows, headers, block.top);
    return info;
  }
  info.kind = bestKind.kind;
  // Sure when the signature fits well and the runner-up is far behind.
  info.confidence = Math.round(Math.min(1, bestScore * (1 - second / 2)) * 100) / 100;
  const seen = new Set<FieldId>();
  for (const h of headers) {
    const field = fieldOf(bestKind.kind, h);
    const letter = columnLetters(h.col);
    const header = h.levels.join('/');
    if (!field) {
      info.unmapped.push({ col: h.col, letter, header } satisfies UnmappedColumn);
      continue;
    }
    const mapping: ColumnMapping = { field, col: h.col, letter, header };
    if (bestKind.fields.find((d) => d.id === field)?.type === 'amount') {
      const own = columnUnit(h);
      mapping.unit = own ?? noteUnit ?? '万元';
      mapping.unitSource = own ? 'header' : noteUnit ? 'note' : 'default';
    }
    if (seen.has(field)) info.duplicates.push(mapping);
    else {
      seen.add(field);
      info.columns.push(mapping);
    }
  }
  info.asOf = findAsOf(grid, titleRows, headers, block.top);
  return info;
}

function findAsOf(grid: Grid, titleRows: { row: number; text: string }[], headers: ColumnHeader[], top: number): AsOf | null {
  for (const t of titleRows) {
    const r = t.row - 1;
    const row = grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      const a = asOfFromNote(v, toA1(r, c));
      if (a) return a;
    }
  }
  const year = titleRows.map((t) => yearFromText(t.text)).find((y) => y !== undefined);
  for (const h of headers) {
    for (let i = 0; i < h.norm.length; i++) {
      const month = h.norm[i].month;
      if (!month) continue;
      const out: AsOf = { month, source: headerCellOf(grid, h.col, h.levels[i], top) };
      const y = h.norm.find((n) => n.year)?.year ?? year;
      if (y) out.year = y;
      return out;
    }
  }
  return null;
}

/** The A1 address of the header cell holding a level's text in this column (the top-left of a merge). */
function headerCellOf(grid: Grid, col: number, text: string, top: number): string {
  for (let r = top; r < top + MAX_HEADER_ROWS; r++) {
    if (mergedText(grid, r, col) !== text) continue;
    for (const m of grid.merges) if (r >= m.top && r <= m.bottom && col >= m.left && col <= m.right) return toA1(m.top, m.left);
    return toA1(r, col);
  }
  return toA1(top, col);
}
