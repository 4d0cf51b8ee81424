import type { Ledger } from '../ledger/types';
import type { LedgerKind } from '../schema/types';
import { projectNameKey } from './projectName';
import type { FactContext, RowFacts } from './rowFacts';
import { ledgerFacts } from './rowFacts';
import type { DuplicateProject } from './types';

export interface SummaryInput {
  source: string;
  ledger: Ledger;
}

/** One ledger's rows with their facts; `counted[i]` is false for a row already counted from an earlier ledger. */
export interface LedgerFacts {
  source: string;
  ledger: Ledger;
  facts: RowFacts[];
  counted: boolean[];
}

export interface Consolidated {
  ledgers: LedgerFacts[];
  duplicates: DuplicateProject[];
}

/**
 * The rows of every ledger of one kind, each project counted once: a project (by normalised name) already met in
 * an earlier ledger is listed as a duplicate and not counted again. Repeats inside one ledger are the validator's
 * business (duplicate-row) and both rows count here, as the sheet's own formulas would count them.
 */
export function consolidate(inputs: SummaryInput[], kind: LedgerKind, ctx: FactContext): Consolidated {
  const firstLedger = new Map<string, number>(); // name key → the ledger that counts it
  const dupKeys = new Set<string>(); // insertion order = report order
  const ledgers: LedgerFacts[] = [];
  const ofKind = inputs.filter((i) => i.ledger.kind === kind);
  if (ofKind.length === 1) {
    // One ledger: nothing to consolidate (repeats inside it count, see above); skip hashing every name.
    const facts = ledgerFacts(ofKind[0].ledger, ctx);
    return { ledgers: [{ ...ofKind[0], facts, counted: new Array<boolean>(facts.length).fill(true) }], duplicates: [] };
  }
  ofKind
    .forEach((input, li) => {
      const facts = ledgerFacts(input.ledger, ctx);
      const counted = new Array<boolean>(facts.length);
      for (let j = 0; j < facts.length; j++) {
        const key = projectNameKey(facts[j].name);
        const first = key ? firstLedger.get(key) : undefined;
        if (first === undefined) {
          if (key) firstLedger.set(key, li);
          counted[j] = true;
        } else if (first === li) counted[j] = true;
        else {
          dupKeys.add(key);
          counted[j] = false;
        }
      }
      ledgers.push({ source: input.source, ledger: input.ledger, facts, counted });
    });
  const byKey = new Map<string, DuplicateProject>();
  for (const k of dupKeys) byKey.set(k, { name: '', occurrences: [] });
  if (byKey.size) {
    for (const l of ledgers) {
      for (const f of l.facts) {
        const d = byKey.get(projectNameKey(f.name));
        if (!d) continue;
        if (!d.name) d.name = f.name;
        d.occurrences.push({ source: l.source, sheet: l.ledger.sheet, row: f.row.row });
      }
    }
  }
  return { ledgers, duplicates: [...byKey.values()] };
}

export function countedFacts(c: Consolidated): RowFacts[] {
  if (c.ledgers.length === 1 && c.ledgers[0].counted.every(Boolean)) return c.ledgers[0].facts; // no copy: nothing to leave out
  const out: RowFacts[] = [];
  for (const l of c.ledgers) l.facts.forEach((f, i) => l.counted[i] && out.push(f));
  return out;
}
