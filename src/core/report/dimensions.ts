import { isCellError } from '../grid';
import type { FieldId } from '../schema/types';
import type { LeadToken, LedgerFacts, RowFacts } from '../totals';
import { leadKeys, OTHER_DOMAIN, STAGES, UNFILLED } from '../totals';
import type { LedgerSheet } from './ledgerSheet';
import { alt, emptySelection, pick, type Alt, type Selection } from './planBuilder';

/** A way of breaking the projects down, and how a formula picks one key's rows out of a ledger sheet. */
export interface Dimension {
  keysOf: (f: RowFacts) => string | string[];
  /** The criteria picking a row under a key, for one sheet (bound once per sheet: this runs for every row). */
  altsOf: (sheet: LedgerSheet) => (f: RowFacts, key: string) => Alt[];
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
    // An error value has no text to match; as 未填 the formula check decides whether a formula reproduces the row.
    if (v === null || v === '' || isCellError(v))
      return sheet.alts(col, 'blank', '', () => [alt([{ col, op: 'blank' }])]);
    const text = typeof v === 'string' ? v : String(v);
    return sheet.alts(col, 'eq', text, () => [alt([{ col, op: 'eq', text }])]);
  };
}

/** `cellAlts(field)` bound to one sheet: the column found once, the criteria kept per cell value. */
function cellAltsFor(field: FieldId) {
  const of = cellAlts(field);
  return (sheet: LedgerSheet) => {
    const col = sheet.column(field);
    if (col === undefined) return () => NO_CRITERIA;
    const values = sheet.ledger.grid.values;
    const byValue = new Map<unknown, Alt[]>();
    return (f: RowFacts, key: string): Alt[] => {
      const v = values[f.row.row - 1]?.[col];
      let a = byValue.get(v);
      if (!a) byValue.set(v, (a = of(f, key, sheet)));
      return a;
    };
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
    altsOf: cellAltsFor('domain'),
    always: canonicalAlways('domain', [OTHER_DOMAIN]),
  },
  location: { keysOf: (f) => f.location, altsOf: cellAltsFor('location') },
  stage: {
    keysOf: (f) => f.stage,
    altsOf: cellAltsFor('stage'),
    always: (key, sheet) => (STAGES.some((s) => s.key === key) ? canonicalAlways('stage', [])(key, sheet) : []),
  },
  /** Lead units by wildcard: "*区发展改革委*" also finds the name inside "区发展改革委、区工信局". */
  lead: {
    keysOf: leadKeys,
    altsOf: (sheet) => {
      const col = sheet.column('lead');
      if (col === undefined) return () => NO_CRITERIA;
      const unfilled = cellAltsFor('lead')(sheet);
      const memo = new Map<LeadToken[], Map<string, Alt[]>>();
      return (f, key) => {
        if (key === UNFILLED) return unfilled(f, key);
        // One shared array per (cell's tokens, key): f.leads is shared per cell text, so rows repeat it.
        let byKey = memo.get(f.leads);
        if (!byKey) memo.set(f.leads, (byKey = new Map()));
        let out = byKey.get(key);
        if (out) return out;
        out = [];
        for (const l of f.leads) {
          if (l.unit !== key) continue;
          for (const a of sheet.alts(col, 'contains', l.token, () => [alt([{ col, op: 'contains', text: l.token }])]))
            out.push(a);
        }
        byKey.set(key, out);
        return out;
      };
    },
    always: (key, sheet) => {
      const col = sheet.column('lead');
      return col === undefined || key === UNFILLED ? [] : [alt([{ col, op: 'contains', text: key }])];
    },
  },
} satisfies Record<string, Dimension>;

type AltsOf = (f: RowFacts, key: string) => Alt[];

function take(
  out: Map<string, Selection[]>,
  sheets: LedgerSheet[],
  i: number,
  f: RowFacts,
  key: string,
  counted: boolean,
  altsOf: AltsOf,
): void {
  let sels = out.get(key);
  if (!sels) out.set(key, (sels = sheets.map(emptySelection)));
  pick(sels[i], f.row.row, counted, altsOf(f, key));
}

/** Per key, per ledger sheet: the rows a formula must pick (duplicates included, to be subtracted). */
export function selectionsByKey(
  ledgers: LedgerFacts[],
  sheets: LedgerSheet[],
  dim: Dimension,
): Map<string, Selection[]> {
  const out = new Map<string, Selection[]>();
  ledgers.forEach((l, i) => {
    const facts = l.facts;
    const altsOf = dim.altsOf(sheets[i]);
    for (let j = 0; j < facts.length; j++) {
      const f = facts[j];
      const keys = dim.keysOf(f);
      if (typeof keys === 'string')
        take(out, sheets, i, f, keys, l.counted[j], altsOf); // most dimensions: no array per row
      else for (const key of keys) take(out, sheets, i, f, key, l.counted[j], altsOf);
    }
  });
  return out;
}

export function selectionsFor(
  key: string,
  byKey: Map<string, Selection[]>,
  sheets: LedgerSheet[],
  dim: Dimension,
): Selection[] {
  const sels = byKey.get(key) ?? sheets.map(emptySelection);
  return sels.map((s) => ({ ...s, always: dim.always ? dim.always(key, s.sheet) : [] }));
}
