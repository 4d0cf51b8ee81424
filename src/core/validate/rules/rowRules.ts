/** Row rules: blank rows, duplicate projects (subtotals that do not add up: subtotals.ts). */
import type { LedgerRow } from '../../ledger/types';
import { halfWidth } from '../../parse';
import type { CellReader } from '../CellReader';
import { FirstSeen } from './FirstSeen';
import type { SheetRule } from './types';

export const BLANK_ROWS: SheetRule = {
  codes: ['blank-row'],
  check({ ledger, sink }) {
    for (const row of ledger.blankRows) sink.add('blank-row', { row, col: 0 });
  },
};

const SPACE_RE = /\s+/g;

/** Names compared without spaces and full-width forms; the costly steps run only when needed. */
function key(s: unknown): string {
  if (typeof s !== 'string') return '';
  const t = halfWidth(s);
  return t.indexOf(' ') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\t') >= 0 ? t.replace(SPACE_RE, '') : t;
}

function ownerKey(r: LedgerRow, reader: CellReader): string {
  const owner = reader.cell(r, 'owner');
  return owner && !owner.empty ? key(owner.value) : '';
}

/** Same name and same owner (an absent owner matches an absent owner). */
export const DUPLICATE_ROWS: SheetRule = {
  codes: ['duplicate-row'],
  check({ ledger, sink, reader, col }) {
    const nameCol = col.name;
    if (nameCol === undefined || !sink.on('duplicate-row')) return;
    // Names are nearly always unique: a first sighting costs one table entry holding a row index (no objects, no
    // owner key); the owners are compared only for names seen again.
    const first = new FirstSeen(ledger.rows.length);
    const seen = new Map<string, { owner: string; row: number }[]>();
    const rows = ledger.rows;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const name = reader.text(r, 'name');
      if (name === null) continue;
      const k = key(name);
      const f = first.firstOr(k, i);
      if (f === -1) continue;
      let earlier = seen.get(k);
      if (!earlier) seen.set(k, (earlier = [{ owner: ownerKey(rows[f], reader), row: rows[f].row }]));
      const o = ownerKey(r, reader);
      const same = earlier.find((e) => e.owner === o);
      if (same) sink.add('duplicate-row', { row: r.row, col: nameCol, field: 'name' }, { value: name, first: same.row });
      else earlier.push({ owner: o, row: r.row });
    }
  },
};
