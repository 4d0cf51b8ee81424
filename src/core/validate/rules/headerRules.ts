/** Header rules: required columns present, no duplicate columns, unrecognised columns noted. */
import { kindDef } from '../../schema';
import type { SheetRule } from './types';

export const MISSING_FIELD: SheetRule = {
  codes: ['missing-field'],
  check({ ledger, sink }) {
    if (ledger.kind === 'unknown') return;
    const h = ledger.header;
    const mapped = new Set(h.columns.map((c) => c.field));
    for (const f of kindDef(ledger.kind).fields) {
      if (f.required && !mapped.has(f.id)) sink.add('missing-field', { row: h.firstRow, field: f.id });
    }
  },
};

export const DUPLICATE_HEADER: SheetRule = {
  codes: ['duplicate-header'],
  check({ ledger, sink }) {
    const h = ledger.header;
    for (const d of h.duplicates) {
      const first = h.columns.find((c) => c.field === d.field);
      sink.add('duplicate-header', { row: h.firstRow, col: d.col, field: d.field }, { col: d.letter, header: d.header, first: first?.letter ?? '' });
    }
  },
};

export const UNKNOWN_HEADER: SheetRule = {
  codes: ['unknown-header'],
  check({ ledger, sink }) {
    const h = ledger.header;
    // A hidden column (内部编号) is the unit's own bookkeeping, kept out of sight on purpose: nothing to report.
    const hidden = new Set(ledger.grid.hiddenCols);
    for (const u of h.unmapped) {
      if (!hidden.has(u.col)) sink.add('unknown-header', { row: h.firstRow, col: u.col }, { col: u.letter, header: u.header });
    }
  },
};
