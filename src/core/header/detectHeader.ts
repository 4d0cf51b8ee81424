/**
 * Finds the header block of a sheet by itself: skips title and note rows, takes the row with the most header
 * words, widens it over merged multi-row headers, flattens each column's header levels and maps columns to
 * fields for each ledger kind, keeping the kind whose signature fits best.
 */
import { cellAt, columnLetters, toA1, type Grid } from '../grid';
import { LEDGER_KINDS } from '../schema';
import type { FieldId, LedgerKindDef } from '../schema/types';
import { asOfFromNote, yearFromText } from './asOf';
import { normaliseHeader } from './normaliseHeader';
import { looksLikeHeader, mapColumns, type Candidate, type ColumnHeader, type KindMapping } from './mapColumns';
import type {
  AmountUnit,
  AsOf,
  ColumnMapping,
  ColumnOverrides,
  ColumnRecord,
  HeaderInfo,
  UnmappedColumn,
} from './types';

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
      hit = looksLikeHeader(normaliseHeader(v).text);
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
  for (let changed = true; changed;) {
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
  while (
    bottom + 1 < grid.rowCount &&
    bottom - top + 1 < MAX_HEADER_ROWS &&
    !hasNumber(grid, bottom + 1) &&
    (words[bottom + 1] ?? headerWords(grid, bottom + 1, memo)) >= MIN_HEADER_WORDS
  )
    bottom++;
  return { top, bottom };
}

function flatten(grid: Grid, top: number, bottom: number): ColumnHeader[] {
  const out: ColumnHeader[] = [];
  for (let c = 0; c < grid.colCount; c++) {
    const levels: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = mergedText(grid, r, c);
      if (t && levels[levels.length - 1] !== t) levels.push(t);
    }
    if (levels.length) out.push({ col: c, letter: columnLetters(c), levels, norm: levels.map(normaliseHeader) });
  }
  return out;
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
  firstRow: 0,
  lastRow: 0,
  kind: 'unknown',
  confidence: 0,
  columns: [],
  unmapped: [],
  duplicates: [],
  mapping: [],
  asOf: null,
};

export interface DetectOptions {
  /** The user's column choices for this sheet (letter → field or 'ignore'). */
  overrides?: ColumnOverrides;
}

/** A column this sure of its field in one kind and unused in another counts against that other kind. */
const STRONG = 0.9;
const STRANDED_PENALTY = 0.1;

/**
 * The kind whose signature the mapped columns fit best, with its mapping; null when none fits at all. A kind
 * that leaves columns unused which another kind maps surely (年度计划投资 in a "reserve library") loses ground:
 * a project ledger with few columns must not pass for a reserve library because it has a 推进情况 column.
 */
function bestKind(headers: ColumnHeader[], overrides: ColumnOverrides) {
  const maps = LEDGER_KINDS.map((def) => ({ def, map: mapColumns(def.kind, headers, overrides) }));
  const strongIn = maps.map((m) => new Set(m.map.assigned.filter((a) => a.score >= STRONG).map((a) => a.col)));
  let best: { def: LedgerKindDef; map: KindMapping; score: number } | null = null;
  let second = 0;
  maps.forEach(({ def, map }, i) => {
    const used = new Set(map.assigned.map((a) => a.col));
    const stranded = new Set(strongIn.flatMap((cols, j) => (j === i ? [] : [...cols].filter((c) => !used.has(c)))));
    const s = score(def, new Set(map.assigned.map((a) => a.field))) - STRANDED_PENALTY * stranded.size;
    if (!best || s > best.score) {
      second = best?.score ?? 0;
      best = { def, map, score: s };
    } else if (s > second) second = s;
  });
  const found = best as { def: LedgerKindDef; map: KindMapping; score: number } | null;
  return found && found.score > 0 ? { ...found, second: Math.max(0, second) } : null;
}

export function detectHeader(grid: Grid, options: DetectOptions = {}): HeaderInfo {
  const block = findBlock(grid);
  const titleEnd = block ? block.top : Math.min(grid.rowCount, 3);
  const titleRows: { row: number; text: string }[] = [];
  for (let r = 0; r < titleEnd; r++) {
    const parts = (grid.values[r] ?? [])
      .map((v) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : ''))
      .filter(Boolean);
    if (parts.length) titleRows.push({ row: r + 1, text: parts.join(' ') });
  }
  if (!block) return { ...EMPTY, titleRows };

  const headers = flatten(grid, block.top, block.bottom);
  const best = bestKind(headers, options.overrides ?? {});
  const info: HeaderInfo = {
    ...EMPTY,
    firstRow: block.top + 1,
    lastRow: block.bottom + 1,
    titleRows,
    columns: [],
    unmapped: [],
    duplicates: [],
    mapping: [],
  };
  info.asOf = findAsOf(grid, titleRows, headers, block.top);
  if (!best || best.score < 0.25) {
    info.unmapped = headers.map((h) => ({ col: h.col, letter: h.letter, header: h.levels.join('/') }));
    info.mapping = headers.map((h) => ({
      col: h.col,
      letter: h.letter,
      header: h.levels.join('/'),
      field: null,
      how: null,
      confidence: 0,
      label: null,
    }));
    return info;
  }
  info.kind = best.def.kind;
  // Sure when the signature fits well and the runner-up is far behind.
  info.confidence = Math.round(Math.min(1, best.score * (1 - best.second / 2)) * 100) / 100;
  const noteUnit = titleRows.map((t) => NOTE_UNIT_RE.exec(t.text.normalize('NFKC'))?.[1]).find(Boolean) as
    AmountUnit | undefined;
  fillColumns(info, best.def, best.map, headers, noteUnit);
  return info;
}

function fillColumns(
  info: HeaderInfo,
  def: LedgerKindDef,
  map: KindMapping,
  headers: ColumnHeader[],
  noteUnit: AmountUnit | undefined,
): void {
  const byCol = new Map(headers.map((h) => [h.col, h]));
  const toMapping = (c: Candidate): ColumnMapping => {
    const h = byCol.get(c.col) as ColumnHeader;
    const m: ColumnMapping = {
      field: c.field,
      how: c.how,
      confidence: c.score,
      col: c.col,
      letter: h.letter,
      header: h.levels.join('/'),
    };
    if (def.fields.find((d) => d.id === c.field)?.type === 'amount') {
      const own = columnUnit(h);
      m.unit = own ?? noteUnit ?? '万元';
      m.unitSource = own ? 'header' : noteUnit ? 'note' : 'default';
    }
    return m;
  };
  info.columns = map.assigned.map(toMapping);
  info.duplicates = map.duplicates.map(toMapping);
  const assigned = new Map(info.columns.map((c) => [c.col, c]));
  const mapping: ColumnRecord[] = (info.mapping = []);
  for (const h of headers) {
    const header = h.levels.join('/');
    const m = assigned.get(h.col);
    const label = m ? (def.fields.find((d) => d.id === m.field)?.label ?? null) : null;
    mapping.push({
      col: h.col,
      letter: h.letter,
      header,
      field: m?.field ?? null,
      how: m?.how ?? (map.ignored.includes(h.col) ? 'user' : null),
      confidence: m?.confidence ?? 0,
      label,
    });
    if (m || map.duplicates.some((d) => d.col === h.col)) continue;
    const u: UnmappedColumn = { col: h.col, letter: h.letter, header };
    const maybe = map.maybe.get(h.col);
    if (maybe?.length) u.maybe = maybe;
    if (map.ignored.includes(h.col)) u.ignored = true;
    info.unmapped.push(u);
  }
}

function findAsOf(
  grid: Grid,
  titleRows: { row: number; text: string }[],
  headers: ColumnHeader[],
  top: number,
): AsOf | null {
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
    for (const m of grid.merges)
      if (r >= m.top && r <= m.bottom && col >= m.left && col <= m.right) return toA1(m.top, m.left);
    return toA1(r, col);
  }
  return toA1(top, col);
}
