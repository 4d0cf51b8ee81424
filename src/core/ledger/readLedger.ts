/**
 * A sheet read as a ledger: the header found and mapped, every row below it classified (data, section,
 * subtotal, blank, footer). Data rows parse their cells for their fields when first read (SheetRow).
 */
import type { CellValue, Grid } from '../grid';
import { detectHeader } from '../header';
import type { ColumnOverrides } from '../header/types';
import { builtinValues } from '../policy';
import type { PolicyPack } from '../policy/types';
import { kindDefFor } from '../schema';
import type { FieldDef } from '../schema/types';
import { UnitDirectory } from '../units';
import { ColumnParser } from './ColumnParser';
import { attachColumnParsers } from './columnParsers';
import { parseRow, SheetRow } from './SheetRow';
import { isFooter, mayBeLabel, mayBeSuffixSubtotal, sectionLabel, subtotalKind, suffixSubtotalKind } from './rowLabels';
import type { Ledger, SubtotalRow } from './types';

export interface ReadLedgerOptions {
  /**
   * With a pack, cells of several unit names are split by its directory (collectives stay whole). The pack's
   * domains and channels are the values 所属领域 and 资金渠道 accept (the built-in pack's without one): validate and
   * total the ledger with the same pack.
   */
  pack?: PolicyPack;
  /** The user's column choices for this sheet (letter → field or 'ignore'), applied before automatic mapping. */
  overrides?: ColumnOverrides;
}

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
    if (t) return mayBeLabel(t) || mayBeSuffixSubtotal(t.trimEnd()) ? t.trimEnd() : null;
  }
  return null;
}

export function readLedger(grid: Grid, options: ReadLedgerOptions = {}): Ledger {
  const header = detectHeader(grid, { overrides: options.overrides });
  const ledger: Ledger = {
    sheet: grid.name,
    kind: header.kind,
    header,
    rows: [],
    subtotals: [],
    sections: [],
    blankRows: [],
    grid,
  };
  if (header.kind === 'unknown') return ledger;

  const def = kindDefFor(header.kind, options.pack ?? builtinValues());
  const units = options.pack ? new UnitDirectory(options.pack.units) : undefined;
  const splitUnits = units ? (s: string) => units.split(s) : undefined;
  const columns = header.columns.map(
    (m) =>
      new ColumnParser(m.field, m.col, def.fields.find((d) => d.id === m.field) as FieldDef, m.unit, splitUnits, grid),
  );
  attachColumnParsers(ledger, columns);
  const seqCol = header.columns.find((c) => c.field === 'seq')?.col;
  const nameCol = header.columns.find((c) => c.field === 'name')?.col;
  const labelCols = [
    ...new Set(
      [seqCol, nameCol, ...Array.from({ length: LABEL_SCAN }, (_, i) => i)].filter((c): c is number => c !== undefined),
    ),
  ];
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
      for (const b of pendingBlanks) ledger.blankRows.push(b); // never push(...): 150,000 blank rows overflow the stack
      pendingBlanks.length = 0;
    }
    if (label !== null) {
      // 全区合计 / 工业项目小计 count as subtotals only alone on their row (numbers beside): a project is never one.
      const sub = subtotalKind(label) ?? (onlyNumbersBesides(row, label) ? suffixSubtotalKind(label) : null);
      if (sub) {
        ledger.subtotals.push({ row: r + 1, index: r, kind: sub, label, covers: [], cells: parseRow(r, columns) });
        continue;
      }
      if (sectionLabel(label) && onlyNumbersBesides(row, label)) {
        section = label;
        ledger.sections.push({ row: r + 1, text: label });
        continue;
      }
    }
    // Data rows parse their cells when first read (SheetRow); subtotal rows above are few and parsed now.
    ledger.rows.push(new SheetRow(r + 1, r, section, hidden.has(r), columns));
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

/**
 * Which data rows each subtotal covers: 合计/总计 all of them; 小计 the rows of its section (those above it
 * since the last boundary, or when it heads its section, those below it); 其中 rows name a subset that cannot
 * be told from the layout, so they cover nothing and are never checked.
 */
function assignCoverage(ledger: Ledger): void {
  if (!ledger.subtotals.length) return;
  const all = ledger.rows.map((r) => r.row);
  const boundaries = [...ledger.sections.map((s) => s.row), ...ledger.subtotals.map((s) => s.row)].sort(
    (a, b) => a - b,
  );
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
