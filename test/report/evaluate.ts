/**
 * Evaluates summary layouts with a real formula engine (HyperFormula): the ledger sheets are loaded with their
 * values under the same sheet names, the layouts with their formulas, and each formula cell's result is returned
 * beside the figure the layout says the engine computed.
 */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import type { CellValue, Grid } from '../../src/core/grid';
import { isCellError } from '../../src/core/grid';
import type { LayoutCell, SheetLayout } from '../../src/core/report/types';

/** Text is loaded as text even when it looks like a number ("1,200"), as Excel keeps text cells. */
function ledgerContent(v: CellValue): RawCellContent {
  if (v === null || v === '') return null;
  if (typeof v === 'string') return `'${v}`;
  if (isCellError(v)) return '=1/0'; // an error cell (#DIV/0!) in place of whatever error the sheet held
  return v;
}

function layoutContent(c: LayoutCell): RawCellContent {
  if (c.formula) return c.formula;
  if (typeof c.value === 'string') return c.value === '' ? null : `'${c.value}`;
  return c.value ?? null;
}

export interface Evaluated {
  sheet: string;
  cell: LayoutCell;
  result: unknown;
}

export function evaluateLayouts(grids: Grid[], layouts: SheetLayout[]): Evaluated[] {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const g of grids) sheets[g.name] = g.values.map((row) => row.map(ledgerContent));
  for (const l of layouts) {
    const rows: RawCellContent[][] = [];
    for (const c of l.cells) {
      while (rows.length <= c.row) rows.push([]);
      const r = rows[c.row];
      while (r.length <= c.col) r.push(null);
      r[c.col] = layoutContent(c);
    }
    sheets[l.name] = rows;
  }
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
  const out: Evaluated[] = [];
  for (const l of layouts) {
    const id = hf.getSheetId(l.name) as number;
    for (const c of l.cells) {
      if (!c.formula) continue;
      out.push({ sheet: l.name, cell: c, result: hf.getCellValue({ sheet: id, row: c.row, col: c.col }) });
    }
  }
  hf.destroy();
  return out;
}

/** True when the engine's result equals the layout's own figure (numbers up to summation order). */
export function agrees(e: Evaluated): boolean {
  const want = e.cell.value ?? null;
  const got = e.result;
  if (typeof want === 'number')
    return typeof got === 'number' && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
  if (want === '' || want === null) return got === '' || got === null;
  return got === want;
}
