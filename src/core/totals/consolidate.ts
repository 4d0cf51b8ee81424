import type { Ledger } from '../ledger/types';
import type { LedgerKind } from '../schema/types';
import { FirstSeen } from '../validate/rules/FirstSeen';
import { projectNameKey, sameProject, type ProjectIdentity, type SameProjectReason } from './projectName';
import type { FactContext, RowFacts } from './rowFacts';
import { cellText, ledgerFacts } from './rowFacts';
import type { DuplicateProject, MergedRow } from './types';

export interface SummaryInput {
  source: string;
  ledger: Ledger;
}

/** One ledger's rows with their facts; `counted[i]` is false for a row that is the same project as a row counted before it. */
export interface LedgerFacts {
  source: string;
  ledger: Ledger;
  facts: RowFacts[];
  counted: boolean[];
}

export interface Consolidated {
  ledgers: LedgerFacts[];
  duplicates: DuplicateProject[];
  merged: MergedRow[];
}

/** A row already counted: where it is, and what the rule compares. */
interface Kept {
  li: number;
  j: number;
  id: ProjectIdentity;
  group?: DuplicateProject;
}

function identityOf(f: RowFacts): ProjectIdentity {
  return { owner: cellText(f.row.cells.owner), total: f.total };
}

/**
 * The rows of every ledger of one kind, each project counted once, by one rule inside a ledger and across files
 * (totals/projectName.ts): a row with the name of a row met before, and the same owner or the same total, is
 * that project again — not counted, and listed in `merged` with the row that is counted and why. Rows of the same
 * name that are not the same project both count (the validator still flags the name).
 */
export function consolidate(inputs: SummaryInput[], kind: LedgerKind, ctx: FactContext): Consolidated {
  const ledgers: LedgerFacts[] = inputs
    .filter((i) => i.ledger.kind === kind)
    .map((i) => {
      const facts = ledgerFacts(i.ledger, ctx);
      return { source: i.source, ledger: i.ledger, facts, counted: new Array<boolean>(facts.length).fill(true) };
    });
  const merged: MergedRow[] = [];
  const duplicates: DuplicateProject[] = [];
  // Names are nearly always unique: a first sighting is one table entry (ledger and row packed in one number);
  // owners and totals are compared only for names met again.
  const total = ledgers.reduce((n, l) => n + l.facts.length, 0);
  const first = new FirstSeen(total);
  const again = new Map<string, Kept[]>();
  const stride = ledgers.reduce((m, l) => Math.max(m, l.facts.length), 1);
  ledgers.forEach((l, li) => {
    for (let j = 0; j < l.facts.length; j++) {
      const key = projectNameKey(l.facts[j].name);
      if (!key) continue;
      const seen = first.firstOr(key, li * stride + j);
      if (seen === -1) continue;
      let kept = again.get(key);
      if (!kept) {
        const [fl, fj] = [Math.floor(seen / stride), seen % stride];
        again.set(key, (kept = [{ li: fl, j: fj, id: identityOf(ledgers[fl].facts[fj]) }]));
      }
      const id = identityOf(l.facts[j]);
      const match = matchOf(kept, id);
      if (!match) {
        kept.push({ li, j, id });
        continue;
      }
      l.counted[j] = false;
      const k = ledgers[match.kept.li];
      merged.push({
        file: l.source,
        sheet: l.ledger.sheet,
        row: l.facts[j].row.row,
        keptFile: k.source,
        keptSheet: k.ledger.sheet,
        keptRow: k.facts[match.kept.j].row.row,
        reason: match.reason,
      });
      if (!match.kept.group)
        duplicates.push(
          (match.kept.group = {
            name: k.facts[match.kept.j].name,
            occurrences: [{ source: k.source, sheet: k.ledger.sheet, row: k.facts[match.kept.j].row.row }],
          }),
        );
      match.kept.group.occurrences.push({ source: l.source, sheet: l.ledger.sheet, row: l.facts[j].row.row });
    }
  });
  return { ledgers, duplicates, merged };
}

function matchOf(kept: Kept[], id: ProjectIdentity): { kept: Kept; reason: SameProjectReason } | null {
  for (const k of kept) {
    const reason = sameProject(k.id, id);
    if (reason) return { kept: k, reason };
  }
  return null;
}

export function countedFacts(c: Consolidated): RowFacts[] {
  if (c.ledgers.length === 1 && c.ledgers[0].counted.every(Boolean)) return c.ledgers[0].facts; // no copy: nothing to leave out
  const out: RowFacts[] = [];
  for (const l of c.ledgers) l.facts.forEach((f, i) => l.counted[i] && out.push(f));
  return out;
}
