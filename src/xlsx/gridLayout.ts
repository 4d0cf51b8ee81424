/**
 * A ledger sheet of another file as a layout, so `summary` can put it into the output next to the first file's
 * own sheets (the summary's formulas refer to every ledger by name). Values, formulas with their cached results,
 * number formats and merged areas come across; the other file's fonts, fills and widths do not (its styles belong
 * to its own package).
 */
import { isCellError, rangeA1, type Grid } from '../core/grid';
import type { LayoutCell, SheetLayout } from '../core/report/types';

export function gridLayout(grid: Grid, name: string): SheetLayout {
  const cells: LayoutCell[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      const formula = grid.formulas?.[r]?.[c] ?? undefined;
      const numberFormat = grid.numberFormats?.[r]?.[c] ?? undefined;
      if ((v === null || v === undefined) && !formula) continue;
      // An error value has no constant form; its formula (if any) recomputes it, else the text shows what it was.
      const value = isCellError(v) ? (formula ? null : v.error) : v;
      cells.push({
        row: r,
        col: c,
        value,
        ...(formula ? { formula } : {}),
        ...(numberFormat && numberFormat !== 'General' ? { numberFormat } : {}),
      });
    }
  }
  const merges = grid.merges.map((m) => rangeA1(m.top, m.left, m.bottom, m.right));
  return { name, cells, columnWidths: [], merges, conditional: [], charts: [] };
}

/** A sheet name not yet in `taken` (Excel compares names case-insensitively; at most 31 characters). */
export function freeSheetName(taken: string[], wanted: string): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const base = wanted.slice(0, 31);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const name = `${wanted.slice(0, 31 - suffix.length)}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
