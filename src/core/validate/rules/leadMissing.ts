/**
 * A blank 牵头责任单位 on a project or task row: a warning at the cell, suggesting the unit(s) the fill would
 * write there. The proposal comes from the fill's own public entry point (assignLeadUnits), so validation and
 * filling can never disagree about the unit. It runs once per sheet, when the first blank lead is met, on the
 * rows with a blank lead only (a proposal depends on its own row): 10,000 blanks in 100,000 rows cost a tenth.
 */
import { assignLeadUnits } from '../../assign';
import { perSheet } from './perSheet';
import type { RowRule, SheetContext } from './types';

/** Row → the lead text the fill proposes for its blank cell. */
const proposalsOf = perSheet((sheet: SheetContext) => {
  const blank = sheet.ledger.rows.filter((r) => sheet.reader.toCheck(r, 'lead')?.empty === true);
  const result = assignLeadUnits({ ...sheet.ledger, rows: blank }, sheet.pack, { overwrite: false, normalise: false });
  const byRow = new Map<number, string>();
  for (const e of result.edits) if (e.field === 'lead' && e.kind === 'fill') byRow.set(e.row, String(e.new));
  return byRow;
});

export const LEAD_MISSING: RowRule = {
  codes: ['lead-missing'],
  appliesTo: ({ col }) => col.lead !== undefined,
  check(view, sheet) {
    for (let i = 0; i < view.count; i++) {
      const c = view.cells[i];
      if (c.column.field !== 'lead' || !c.cell.empty) continue;
      const units = proposalsOf(sheet).get(view.row.row);
      const at = { row: view.row.row, col: c.column.col, field: c.column.field };
      sheet.sink.add('lead-missing', at, { proposal: units ? 'pack' : 'none', units: units ?? '', suggestion: units });
    }
  },
};
