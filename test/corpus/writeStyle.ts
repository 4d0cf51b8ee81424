/**
 * Writes one corpus style as a worksheet with ExcelJS and works out its truth from the spec alone: header rows
 * from the header paths, letters from the column order, totals from the rows' true 万元 figures, planted
 * findings from the rows that carry them.
 */
import type ExcelJS from 'exceljs';
import type { FieldId } from '../../src/core/schema/types';
import type { ColumnSpec, CorpusCell, RowSpec, StyleSpec, StyleTruth } from './spec';

const AMOUNTS: FieldId[] = ['total', 'planned', 'completed'];
/** The columns a summary reads: a cell there without a value (no saved result, an error value) is a gap. */
const COUNTED: FieldId[] = [
  'name',
  'domain',
  'lead',
  'location',
  'stage',
  'measure',
  'channel',
  'total',
  'planned',
  'completed',
  'status',
];
/** The figures a summary cannot do without, per kind (DESIGN.md "Never silent"; issue #11). */
const KEY_FIGURES: Record<StyleSpec['kind'], FieldId[]> = {
  project: ['total', 'planned', 'completed'],
  reserve: ['total', 'channel'],
  measure: [],
};
const PCT_FMT = '0.0%';
const DATE_FMT = 'yyyy-mm-dd';

export function letter(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function toExcel(v: CorpusCell): ExcelJS.CellValue {
  if (v !== null && typeof v === 'object' && 'error' in v) return { error: v.error } as ExcelJS.CellErrorValue;
  return v as ExcelJS.CellValue;
}

/** Header block: one row per level; a column with fewer levels merges its last level down, groups merge across. */
function writeHeader(ws: ExcelJS.Worksheet, columns: ColumnSpec[], top: number): number {
  const depth = Math.max(...columns.map((c) => c.path.length));
  /** The group a column belongs to at level r, or null when level r is the column's own text (or absent). */
  const groupAt = (c: number, r: number) =>
    c >= 0 && c < columns.length && r < columns[c].path.length - 1
      ? columns[c].path.slice(0, r + 1).join('\u0000')
      : null;
  for (let r = 0; r < depth; r++) {
    for (let c = 0; c < columns.length; c++) {
      const p = columns[c].path;
      if (r >= p.length) continue;
      const g = groupAt(c, r);
      if (g !== null && groupAt(c - 1, r) === g) continue; // inside the group cell to the left
      let right = c;
      while (g !== null && groupAt(right + 1, r) === g) right++;
      const bottom = g === null ? depth - 1 : r;
      ws.getCell(top + r, c + 1).value = p[r];
      if (right > c || bottom > r) ws.mergeCells(top + r, c + 1, top + bottom, right + 1);
    }
  }
  return depth;
}

interface Ctx {
  spec: StyleSpec;
  ws: ExcelJS.Worksheet;
  colOf: Partial<Record<FieldId, number>>;
  truth: StyleTruth;
}

function amountWritten(spec: StyleSpec, wan: number): number {
  return spec.unit === '亿元' ? Math.round((wan / 10000) * 1e6) / 1e6 : wan;
}

function writeData(x: Ctx, r: number, row: Extract<RowSpec, { type: 'data' }>): Partial<Record<FieldId, number>> {
  const written: Partial<Record<FieldId, number>> = {};
  for (const [field, col] of Object.entries(x.colOf) as [FieldId, number][]) {
    const cell = x.ws.getCell(r, col + 1);
    let v: CorpusCell | undefined = row.cells[field];
    if (v === undefined && (AMOUNTS as string[]).includes(field)) v = amountWritten(x.spec, row.wan[field as 'total']);
    if (v === undefined && field === 'rate' && row.wan.planned > 0) {
      v = Math.round((row.wan.completed / row.wan.planned) * 1e6) / 1e6;
      cell.numFmt = PCT_FMT;
    }
    if (v === undefined) continue;
    if (v instanceof Date) cell.numFmt = DATE_FMT;
    cell.value = toExcel(v);
    if (
      COUNTED.includes(field) &&
      v &&
      typeof v === 'object' &&
      !(v instanceof Date) &&
      ('error' in v || v.result === undefined)
    )
      x.truth.cellsWithoutValue++;
    if (typeof v === 'number') written[field] = v;
    else if (v && typeof v === 'object' && 'result' in v && typeof v.result === 'number') written[field] = v.result;
  }
  if (row.hidden) x.ws.getRow(r).hidden = true;
  for (const p of row.issues ?? []) {
    x.truth.planted.push(`${p.code}@${letter(x.colOf[p.field] as number)}${r}`);
    if (p.code === 'type-error' && (AMOUNTS as string[]).includes(p.field)) x.truth.cellsWithoutValue++; // an unreadable figure
  }
  x.truth.dataRows.push(r);
  x.truth.totals.rows++;
  for (const f of AMOUNTS) x.truth.totals[f as 'total'] += row.wan[f as 'total'];
  return written;
}

/** SUMs with their saved results over the given rows' written amounts; the formula names exactly those rows. */
function writeSums(
  x: Ctx,
  r: number,
  rows: { row: number; written: Partial<Record<FieldId, number>> }[],
  off: Partial<Record<FieldId, number>> = {},
): void {
  for (const f of AMOUNTS) {
    const col = x.colOf[f];
    if (col === undefined || !rows.length) continue;
    const L = letter(col);
    const result = Math.round((rows.reduce((s, w) => s + (w.written[f] ?? 0), 0) + (off[f] ?? 0)) * 1e6) / 1e6;
    // A figure typed wrong is typed: a number, not a SUM whose saved result disagrees with its own range.
    if (off[f] !== undefined) {
      x.ws.getCell(r, col + 1).value = result;
      continue;
    }
    x.ws.getCell(r, col + 1).value = {
      formula: `SUM(${runs(rows.map((w) => w.row))
        .map(([a, b]) => (a === b ? `${L}${a}` : `${L}${a}:${L}${b}`))
        .join(',')})`,
      result,
    } as ExcelJS.CellFormulaValue;
  }
}

/** Sorted rows as runs of consecutive rows: [4,5,6,8] → [[4,6],[8,8]]. */
function runs(rows: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

export function writeStyle(wb: ExcelJS.Workbook, spec: StyleSpec, file: string): StyleTruth {
  const ws = wb.addWorksheet(spec.id);
  spec.above.forEach((t, i) => (ws.getCell(i + 1, 1).value = t));
  const top = spec.above.length + 1;
  const depth = writeHeader(ws, spec.columns, top);
  const colOf: Partial<Record<FieldId, number>> = {};
  spec.columns.forEach((c, i) => c.field && (colOf[c.field] = i));
  const truth: StyleTruth = {
    id: spec.id,
    file,
    kind: spec.kind,
    header: { firstRow: top, lastRow: top + depth - 1 },
    columns: Object.fromEntries(Object.entries(colOf).map(([f, c]) => [f, letter(c as number)])),
    dataRows: [],
    subtotalRows: [],
    totals: { rows: 0, total: 0, planned: 0, completed: 0 },
    planted: [],
    figuresMissing: KEY_FIGURES[spec.kind].filter((f) => colOf[f] === undefined),
    cellsWithoutValue: 0,
  };
  for (const h of spec.headerIssues ?? [])
    truth.planted.push(h.cell ? `${h.code}@${h.cell}` : h.row ? `${h.code}@row ${h.row}` : `${h.code}@header`);
  const x: Ctx = { spec, ws, colOf, truth };
  const labelCol = (colOf.seq ?? colOf.name ?? 0) + 1;
  const all: { row: number; written: Partial<Record<FieldId, number>> }[] = [];
  let section: { row: number; rows: typeof all; sums: boolean } | null = null;
  let sinceSubtotal: typeof all = []; // the rows a 小计 covers: those since the last section heading or 小计
  const closeSection = () => {
    if (section?.sums) writeSums(x, section.row, section.rows);
    section = null;
  };
  let r = top + depth;
  for (const row of spec.rows) {
    if (row.type === 'data') {
      const w = { row: r, written: writeData(x, r, row) };
      all.push(w);
      section?.rows.push(w);
      sinceSubtotal.push(w);
    } else if (row.type === 'section') {
      closeSection();
      ws.getCell(r, labelCol).value = row.label;
      section = { row: r, rows: [], sums: !!row.sums };
      sinceSubtotal = [];
    } else if (row.type === 'subtotal') {
      if (row.label !== '小计') closeSection();
      truth.subtotalRows.push(r);
      ws.getCell(r, labelCol).value = row.label;
      writeSums(x, r, row.label === '小计' ? sinceSubtotal : all, row.off);
      if (row.off)
        for (const f of Object.keys(row.off))
          truth.planted.push(`subtotal-mismatch@${letter(colOf[f as FieldId] as number)}${r}`);
      sinceSubtotal = [];
    } else if (row.type === 'blank') {
      if (row.planted) truth.planted.push(`blank-row@A${r}`);
    } else ws.getCell(r, 1).value = row.text;
    r++;
  }
  closeSection();
  truth.totals.total = round2(truth.totals.total);
  truth.totals.planned = round2(truth.totals.planned);
  truth.totals.completed = round2(truth.totals.completed);
  return truth;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
