/**
 * A sheet read as a ledger: the header found and mapped, every row below it classified (data, section,
 * subtotal, blank, footer) and each mapped cell parsed for its field.
 */
import type { CellValue, Grid } from '../grid';
import { detectHeader } from '../header';
import { parseCell, type ParseContext } from '../parse';
import type { ParsedCell } from '../parse/types';
import type { PolicyPack } from '../policy/types';
import { kindDef } from '../schema';
import type { FieldDef, FieldId } from '../schema/types';
import { UnitDirectory } from '../units';
import { RowCells } from './RowCells';
import { isFooter, mayBeLabel, sectionLabel, subtotalKind } from './rowLabels';
import type { Ledger, LedgerRow, SubtotalRow } from './types';

export interface ReadLedgerOptions {
  /** With a pack, cells of several unit names are split by its directory (collectives stay whole). */
  pack?: PolicyPack;
}

interface Column {
  field: FieldId;
  col: number;
  def: FieldDef;
  ctx: ParseContext;
  formats: boolean;
  /**
   * Parsed cells by raw value: ledgers repeat the same few values (街道, 新建, 区发展改革委, dates) down a
   * column, and a parse depends only on the value and the column, so equal cells share one ParsedCell.
   */
  memo: Map<string | number, ParsedCell>;
  memoNumbers: boolean;
}

/** Enough for every repeated value of a column; unique values (project names) stop adding past it. */
const MEMO_LIMIT = 4096;

/** Label columns: a section or subtotal word sits in 序号 or 项目名称, or in the first columns. */
const LABEL_SCAN = 3;

function isBlank(row: CellValue[] | undefined): boolean {
  if (!row) return true;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === null || v === undefined) continue;
    if (typeof v === 'string' && v.trim() === '') continue;
    return false;
  }
  return true;
}

/** The row's label when it might be a section, subtotal or footer label; null for ordinary rows. */
function labelOf(row: CellValue[], labelCols: number[]): string | null {
  for (const c of labelCols) {
    const v = row[c];
    if (typeof v !== 'string') continue;
    const t = v.charCodeAt(0) <= 32 || v.charCodeAt(0) === 0x3000 ? v.trim() : v;
    if (t) return mayBeLabel(t) ? t.trimEnd() : null;
  }
  return null;
}

export function readLedger(grid: Grid, options: { pack?: PolicyPack } = {}): Ledger {
  const header = detectHeader(grid);
  const ledger: Ledger = { sheet: grid.name, kind: header.kind, header, rows: [], subtotals: [], sections: [], blankRows: [], grid };
  if (header.kind === 'unknown') return ledger;

  const def = kindDef(header.kind);
  const units = options.pack ? new UnitDirectory(options.pack.units) : undefined;
  const splitUnits = units ? (s: string) => units.split(s) : undefined;
  const columns: Column[] = header.columns.map((m) => {
    const fd = def.fields.find((d) => d.id === m.field) as FieldDef;
    const formats = fd.type === 'percent'; // a percent parse depends on the cell's format too: never memoised
    return { field: m.field, col: m.col, def: fd, ctx: { unit: m.unit, splitUnits }, formats, memo: new Map(), memoNumbers: !formats };
  });
  const seqCol = header.columns.find((c) => c.field === 'seq')?.col;
  const nameCol = header.columns.find((c) => c.field === 'name')?.col;
  const labelCols = [...new Set([seqCol, nameCol, ...Array.from({ length: LABEL_SCAN }, (_, i) => i)].filter((c): c is number => c !== undefined))];
  const hidden = new Set(grid.hiddenRows);

  let section: string | undefined;
  const pendingBlanks: number[] = [];
  for (let r = header.lastRow; r < grid.rowCount; r++) {
    const row = grid.values[r];
    if (isBlank(row)) {
      pendingBlanks.push(r + 1);
      continue;
    }
    const label = labelOf(row, labelCols);
    if (label !== null && isFooter(label)) continue; // 填报人：… 联系电话：… under the table
    // Blank rows count only when table content follows them (blanks before the footer are the table's end).
    if (pendingBlanks.length) {
      ledger.blankRows.push(...pendingBlanks);
      pendingBlanks.length = 0;
    }
    if (label !== null) {
      const sub = subtotalKind(label);
      if (sub) {
        ledger.subtotals.push({ row: r + 1, index: r, kind: sub, label, covers: [], cells: parseCells(grid, row, r, columns) });
        continue;
      }
      if (sectionLabel(label) && onlyNumbersBesides(row, label)) {
        section = label;
        ledger.sections.push({ row: r + 1, text: label });
        continue;
      }
    }
    // One object shape for every row (section always present) keeps property access monomorphic.
    const data: LedgerRow = { row: r + 1, index: r, cells: parseCells(grid, row, r, columns), section, hidden: hidden.has(r) };
    ledger.rows.push(data);
  }
  assignCoverage(ledger);
  return ledger;
}

/**
 * A section heading stands alone on its row (numbers beside it are its subtotals); a task or project whose
 * text merely starts with （十四） has other text on the row (units, dates), so it is data.
 */
function onlyNumbersBesides(row: CellValue[], label: string): boolean {
  let labelSeen = false;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== 'string' || v.trim() === '') continue;
    if (!labelSeen && v.trim() === label) {
      labelSeen = true;
      continue;
    }
    return false;
  }
  return true;
}

function parseCells(grid: Grid, row: CellValue[], r: number, columns: Column[]): Partial<Record<FieldId, ParsedCell>> {
  const cells = new RowCells();
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    const raw = row[c.col];
    // Equal values share a parse; errors and blanks are cheap or shared already.
    if (typeof raw !== 'string' && (typeof raw !== 'number' || !c.memoNumbers)) {
      if (c.formats) c.ctx.format = grid.numberFormats?.[r]?.[c.col] ?? null;
      cells[c.field] = parseCell(c.def, raw === undefined ? null : raw, c.ctx);
      continue;
    }
    let parsed = c.memo.get(raw);
    if (parsed === undefined) {
      if (c.formats) c.ctx.format = grid.numberFormats?.[r]?.[c.col] ?? null;
      parsed = parseCell(c.def, raw, c.ctx);
      if (c.memo.size < MEMO_LIMIT && !c.formats) c.memo.set(raw, parsed);
    }
    cells[c.field] = parsed;
  }
  return cells;
}

/**
 * Which data rows each subtotal covers: 合计/总计 all of them; 小计 the rows of its section (those above it
 * since the last boundary, or when it heads its section, those below it); 其中 rows name a subset that cannot
 * be told from the layout, so they cover nothing and are never checked.
 */
function assignCoverage(ledger: Ledger): void {
  if (!ledger.subtotals.length) return;
  const all = ledger.rows.map((r) => r.row);
  const boundaries = [...ledger.sections.map((s) => s.row), ...ledger.subtotals.map((s) => s.row)].sort((a, b) => a - b);
  for (const s of ledger.subtotals) {
    if (s.kind === '合计' || s.kind === '总计') s.covers = all;
    else if (s.kind === '小计') s.covers = sectionRows(s, boundaries, all);
  }
}

function sectionRows(s: SubtotalRow, boundaries: number[], all: number[]): number[] {
  const before = boundaries.filter((b) => b < s.row).pop() ?? 0;
  const above = all.filter((r) => r > before && r < s.row);
  if (above.length) return above;
  const after = boundaries.find((b) => b > s.row) ?? Infinity;
  return all.filter((r) => r > s.row && r < after);
}
