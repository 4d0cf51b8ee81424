import type { FieldId } from '../schema/types';
import type { LedgerFacts, RowFacts } from '../totals';
import { leadKeys, OTHER_DOMAIN, STAGES, UNFILLED } from '../totals';
import type { LedgerSheet } from './ledgerSheet';
import { alt, emptySelection, pick, type Alt, type Selection } from './planBuilder';

/** A way of breaking the projects down, and how a formula picks one key's rows out of a ledger sheet. */
export interface Dimension {
  keysOf: (f: RowFacts) => string | string[];
  altsOf: (f: RowFacts, key: string, sheet: LedgerSheet) => Alt[];
  /** Criteria to keep in the formula even when no row has the key yet. */
  always?: (key: string, sheet: LedgerSheet) => Alt[];
}

const NO_CRITERIA: Alt[] = [alt([])];

/** The criterion that picks a row by the text of its `field` cell exactly as typed (one shared object per text). */
export function cellAlts(field: FieldId) {
  return (f: RowFacts, _key: string, sheet: LedgerSheet): Alt[] => {
    const col = sheet.column(field);
    if (col === undefined) return NO_CRITERIA;
    const v = sheet.raw(f.row.row, col);
    if (v === null || v === '') return sheet.alts(col, 'blank', '', () => [alt([{ col, op: 'blank' }])]);
    const text = typeof v === 'string' ? v : String(v);
    return sheet.alts(col, 'eq', text, () => [alt([{ col, op: 'eq', text }])]);
  };
}

function canonicalAlways(field: FieldId, skip: string[]) {
  return (key: string, sheet: LedgerSheet): Alt[] => {
    const col = sheet.column(field);
    return col === undefined || skip.includes(key) ? [] : [alt([{ col, op: 'eq', text: key }])];
  };
}

export const DIMENSIONS = {
  domain: {
    keysOf: (f) => f.domain,
    altsOf: cellAlts('domain'),
    always: canonicalAlways('domain', [OTHER_DOMAIN]),
  },
  location: { keysOf: (f) => f.location, altsOf: cellAlts('location') },
  stage: {
    keysOf: (f) => f.stage,
    altsOf: cellAlts('stage'),
    always: (key, sheet) => (STAGES.some((s) => s.key === key) ? canonicalAlways('stage', [])(key, sheet) : []),
  },
  /** Lead units by wildcard: "*区发展改革委*" also finds the name inside "区发展改革委、区工信局". */
  lead: {
    keysOf: leadKeys,
    altsOf: (f, key, sheet) => {
      const col = sheet.column('lead');
      if (col === undefined) return NO_CRITERIA;
      if (key === UNFILLED) return cellAlts('lead')(f, key, sheet);
      const out: Alt[] = [];
      for (const l of f.leads) {
        if (l.unit === key) out.push(...sheet.alts(col, 'contains', l.token, () => [alt([{ col, op: 'contains', text: l.token }])]));
      }
      return out;
    },
    always: (key, sheet) => {
      const col = sheet.column('lead');
      return col === undefined || key === UNFILLED ? [] : [alt([{ col, op: 'contains', text: key }])];
    },
  },
} satisfies Record<string, Dimension>;

/** Per key, per ledger sheet: the rows a formula must pick (duplicates included, to be subtracted). */
export function selectionsByKey(ledgers: LedgerFacts[], sheets: LedgerSheet[], dim: Dimension): Map<string, Selection[]> {
  const out = new Map<string, Selection[]>();
  ledgers.forEach((l, i) => {
    const sheet = sheets[i];
    const facts = l.facts;
    for (let j = 0; j < facts.length; j++) {
      const f = facts[j];
      const keys = dim.keysOf(f);
      for (const key of typeof keys === 'string' ? [keys] : keys) {
        let sels = out.get(key);
        if (!sels) out.set(key, (sels = sheets.map(emptySelection)));
        pick(sels[i], f.row.row, l.counted[j], dim.altsOf(f, key, sheet));
      }
    }
  });
  return out;
}

export function selectionsFor(key: string, byKey: Map<string, Selection[]>, sheets: LedgerSheet[], dim: Dimension): Selection[] {
  const sels = byKey.get(key) ?? sheets.map(emptySelection);
  return sels.map((s) => ({ ...s, always: dim.always ? dim.always(key, s.sheet) : [] }));
}
