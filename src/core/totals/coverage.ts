/**
 * What a summary could not count, per ledger (DESIGN.md "Never silent"): key figures with no column, and cells
 * of the columns totals read that hold no value (a formula never calculated, an error value, an amount that cannot
 * be read). A total that left
 * something out says so in the JSON, the CLI, the summary sheets' notes and the pane.
 */
import { isCellError, toA1 } from '../grid';
import type { Ledger } from '../ledger/types';
import { kindDef } from '../schema';
import type { FieldId } from '../schema/types';
import type { CoverageEntry } from './types';

/** The columns whose cells the totals and breakdowns read. */
const COUNTED_FIELDS: FieldId[] = [
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
/** Amount columns whose text cells are parsed to tell an unreadable figure. */
const AMOUNT_FIELDS: FieldId[] = ['total', 'planned', 'completed'];
/** Cells named per entry (the count is always complete). */
const MAX_CELLS = 20;

export function ledgerCoverage(source: string, ledger: Ledger, rowsCounted: number): CoverageEntry {
  const entry: CoverageEntry = {
    file: source,
    sheet: ledger.sheet,
    kind: ledger.kind,
    rows: rowsCounted,
    figuresMissing: [],
    cellsWithoutValue: 0,
    cells: [],
  };
  if (ledger.kind === 'unknown') return entry;
  const mapped = new Map(ledger.header.columns.map((c) => [c.field, c.col]));
  entry.figuresMissing = (kindDef(ledger.kind).keyFigures ?? []).filter((f) => !mapped.has(f));
  const cols = COUNTED_FIELDS.map((f) => mapped.get(f)).filter((c): c is number => c !== undefined);
  const amounts = AMOUNT_FIELDS.filter((f) => mapped.has(f));
  const { values, formulas } = ledger.grid;
  for (const row of ledger.rows) {
    const vals = values[row.index];
    for (const c of cols) {
      const v = vals?.[c];
      if (isCellError(v) || ((v === null || v === undefined) && !!formulas?.[row.index]?.[c]))
        count(entry, row.index, c);
    }
    // An amount typed so that it cannot be read (待定, 约三千) counts as nothing: say so too.
    for (const f of amounts) {
      const v = vals?.[mapped.get(f) as number];
      if (typeof v !== 'string') continue;
      const cell = row.cells[f];
      if (cell && !cell.empty && cell.value === null) count(entry, row.index, mapped.get(f) as number);
    }
  }
  return entry;
}

function count(entry: CoverageEntry, index: number, col: number): void {
  entry.cellsWithoutValue++;
  if (entry.cells.length < MAX_CELLS) entry.cells.push(toA1(index, col));
}

export function hasGap(e: CoverageEntry): boolean {
  return e.figuresMissing.length > 0 || e.cellsWithoutValue > 0;
}
