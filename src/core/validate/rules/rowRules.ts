/** Row rules: blank rows, duplicate projects (subtotals that do not add up: subtotals.ts). */
import type { LedgerRow } from '../../ledger/types';
import { projectNameKey, sameProject, type ProjectIdentity, type SameProjectReason } from '../../totals/projectName';
import type { CellReader } from '../CellReader';
import { FirstSeen } from './FirstSeen';
import type { SheetRule } from './types';

export const BLANK_ROWS: SheetRule = {
  codes: ['blank-row'],
  check({ ledger, sink }) {
    for (const row of ledger.blankRows) sink.add('blank-row', { row, col: 0 });
  },
};

/** The owner and total the duplicate rule compares (read only for names seen again). */
function identity(r: LedgerRow, reader: CellReader): ProjectIdentity {
  const owner = reader.text(r, 'owner');
  return { owner: owner ?? '', total: reader.number(r, 'total') };
}

const RELATION = { 'same-name-owner': 'owner', 'same-name-total': 'total' } as const;

/**
 * The same normalised name twice in one ledger, whatever the owner: a warning on each later row, naming the
 * earlier row it is the same project as (same owner or total: the totals count it once), else the first row.
 */
export const DUPLICATE_ROWS: SheetRule = {
  codes: ['duplicate-row'],
  check({ ledger, sink, reader, col }) {
    const nameCol = col.name;
    if (nameCol === undefined || !sink.on('duplicate-row')) return;
    // Names are nearly always unique: a first sighting costs one table entry holding a row index (no objects, no
    // owner key); owners and totals are read only for names seen again.
    const first = new FirstSeen(ledger.rows.length);
    const seen = new Map<string, { id: ProjectIdentity; row: number }[]>();
    const rows = ledger.rows;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const name = reader.text(r, 'name');
      if (name === null) continue;
      const k = projectNameKey(name);
      const f = first.firstOr(k, i);
      if (f === -1) continue;
      let earlier = seen.get(k);
      if (!earlier) seen.set(k, (earlier = [{ id: identity(rows[f], reader), row: rows[f].row }]));
      const id = identity(r, reader);
      let match: { row: number; reason: SameProjectReason } | undefined;
      for (const e of earlier) {
        const reason = sameProject(e.id, id);
        if (reason) {
          match = { row: e.row, reason };
          break;
        }
      }
      const relation = match ? RELATION[match.reason] : 'different';
      sink.add(
        'duplicate-row',
        { row: r.row, col: nameCol, field: 'name' },
        { value: name, first: match?.row ?? earlier[0].row, relation },
      );
      if (!match) earlier.push({ id, row: r.row });
    }
  },
};
