/** 填充责任单位 as a job: propose edits for every ledger the core can fill (isAssignable), then write the chosen ones. */
import { isAssignable } from '../../core/assign/assignable';
import type { AssignmentResult, AssignOptions, CellEdit } from '../../core/assign/types';
import type { PolicyPack } from '../../core/policy/types';
import type { CellWrite, WorkbookPort } from '../../core/port/WorkbookPort';
import type { CoreApi } from './coreApi';
import { readLedgers } from './ledgers';
import { forEachStep, type StepContext } from './steps';

export function emptyAssignment(): AssignmentResult {
  return { edits: [], conflicts: [], unmatched: [], matches: [], counts: { fill: 0, normalise: 0, overwrite: 0, conflicts: 0, unmatched: 0 } };
}

/** Joins per-sheet results into one. */
export function mergeAssignments(results: readonly AssignmentResult[]): AssignmentResult {
  const out = emptyAssignment();
  for (const r of results) {
    for (const e of r.edits) out.edits.push(e);
    for (const c of r.conflicts) out.conflicts.push(c);
    for (const u of r.unmatched) out.unmatched.push(u);
    for (const m of r.matches) out.matches.push(m);
    for (const k of Object.keys(out.counts) as (keyof AssignmentResult['counts'])[]) out.counts[k] += r.counts[k];
  }
  return out;
}

export async function runAssign(
  core: CoreApi,
  port: WorkbookPort,
  pack: PolicyPack,
  options: AssignOptions,
  ctx: StepContext,
): Promise<AssignmentResult> {
  const ledgers = (await readLedgers(core, port, pack, ctx)).filter(isAssignable);
  const results = await forEachStep(ledgers, (l) => l.sheet, (l) => core.assignLeadUnits(l, pack, options), ctx);
  return mergeAssignments(results);
}

/** A stable key for an edit (sheet + cell), for choosing edits in the preview. */
export function editKey(e: Pick<CellEdit, 'sheet' | 'cell'>): string {
  return `${e.sheet}!${e.cell}`;
}

/** Edits → port writes (edits have 1-based rows, the port 0-based). */
export function editsToWrites(edits: readonly CellEdit[]): CellWrite[] {
  return edits.map((e) => ({ sheet: e.sheet, row: e.row - 1, col: e.col, value: e.new }));
}
