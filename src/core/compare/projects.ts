/** The projects of one ledger version, as the comparison sees them: identity, classification and figures. */
import type { Ledger, LedgerRow } from '../ledger/types';
import { TO_WAN } from '../parse/amount';
import type { PolicyPack } from '../policy/types';
import type { FieldId } from '../schema/types';
import { factContext } from '../totals/computeSummary';
import { cellText, ledgerFacts } from '../totals/rowFacts';
import type { ProjectVersion, VersionSource } from './types';

/** A figure as the cell holds it: null when blank, text or unreadable (a 0 would pass for "no progress"). */
function figure(row: LedgerRow, field: FieldId): number | null {
  const c = row.cells[field];
  if (!c || c.empty) return null;
  return typeof c.value === 'number' && Number.isFinite(c.value) ? c.value : null;
}

function completedRef(ledger: Ledger, row: LedgerRow): ProjectVersion['completedRef'] {
  const m = ledger.header.columns.find((c) => c.field === 'completed');
  const raw = row.cells.completed?.raw;
  if (!m || typeof raw !== 'number') return null;
  return { col: m.col, factor: TO_WAN[m.unit ?? '万元'] };
}

export function projectVersions(ledger: Ledger, file: string, pack: PolicyPack): ProjectVersion[] {
  const source: VersionSource = { file, sheet: ledger.sheet };
  const columns: ProjectVersion['columns'] = {};
  for (const c of ledger.header.columns) columns[c.field] = c.col;
  return ledgerFacts(ledger, factContext(pack))
    .filter((f) => f.name !== '')
    .map((f) => ({
      source,
      row: f.row.row,
      name: f.name,
      owner: cellText(f.row.cells.owner),
      location: f.location,
      domain: f.domain,
      stage: f.stage,
      lead: f.leadUnits.join('、'),
      total: figure(f.row, 'total'),
      planned: figure(f.row, 'planned'),
      completed: figure(f.row, 'completed'),
      columns,
      completedRef: completedRef(ledger, f.row),
    }));
}
