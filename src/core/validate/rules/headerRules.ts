/** Header rules: required and key columns present (naming likely candidates), no duplicate columns, unrecognised columns noted. */
import type { UnmappedColumn } from '../../header/types';
import type { Ledger } from '../../ledger/types';
import { kindDef } from '../../schema';
import type { FieldDef } from '../../schema/types';
import type { SheetRule } from './types';

/** Rows looked at to tell whether an unrecognised column holds numbers. */
const SAMPLE_ROWS = 50;

/** A required field or a key figure of the kind (DESIGN.md "Never silent") with no column. */
export const MISSING_FIELD: SheetRule = {
  codes: ['missing-field'],
  check({ ledger, sink }) {
    if (ledger.kind === 'unknown') return;
    const h = ledger.header;
    const def = kindDef(ledger.kind);
    const mapped = new Set(h.columns.map((c) => c.field));
    const key = new Set(def.keyFigures ?? []);
    for (const f of def.fields) {
      if ((!f.required && !key.has(f.id)) || mapped.has(f.id)) continue;
      const columns = candidates(ledger, f).map((u) => `${u.letter}“${u.header}”`);
      sink.add(
        'missing-field',
        { row: h.firstRow, field: f.id },
        { candidates: columns.length ? 'some' : 'none', columns },
      );
    }
  },
};

export const DUPLICATE_HEADER: SheetRule = {
  codes: ['duplicate-header'],
  check({ ledger, sink }) {
    const h = ledger.header;
    for (const d of h.duplicates) {
      const first = h.columns.find((c) => c.field === d.field);
      sink.add(
        'duplicate-header',
        { row: h.firstRow, col: d.col, field: d.field },
        { col: d.letter, header: d.header, first: first?.letter ?? '' },
      );
    }
  },
};

export const UNKNOWN_HEADER: SheetRule = {
  codes: ['unknown-header'],
  check({ ledger, sink }) {
    const h = ledger.header;
    // A hidden column (内部编号) is the unit's own bookkeeping, kept out of sight on purpose; a column the user
    // chose to leave out is no news either.
    const hidden = new Set(ledger.grid.hiddenCols);
    for (const u of h.unmapped) {
      if (!hidden.has(u.col) && !u.ignored)
        sink.add('unknown-header', { row: h.firstRow, col: u.col }, { col: u.letter, header: u.header });
    }
  },
};

/** Unrecognised columns that may hold the field: its words are in the header, or (amounts) it holds numbers. */
function candidates(ledger: Ledger, f: FieldDef): UnmappedColumn[] {
  const open = ledger.header.unmapped.filter((u) => !u.ignored);
  const byWords = open.filter((u) => u.maybe?.includes(f.id));
  if (byWords.length || f.type !== 'amount') return byWords;
  return open.filter((u) => mostlyNumbers(ledger, u.col));
}

function mostlyNumbers(ledger: Ledger, col: number): boolean {
  let numbers = 0;
  let filled = 0;
  for (const r of ledger.rows.slice(0, SAMPLE_ROWS)) {
    const v = ledger.grid.values[r.index]?.[col];
    if (v === null || v === undefined || v === '') continue;
    filled++;
    if (typeof v === 'number') numbers++;
  }
  return filled > 0 && numbers * 2 >= filled;
}
