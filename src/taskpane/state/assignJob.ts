/** 填充责任单位 as a job: propose edits for every ledger the core can fill (isAssignable), then write the chosen ones. */
import { isAssignable } from '../../core/assign/assignable';
import type { AssignmentResult, AssignOptions, CellEdit } from '../../core/assign/types';
import type { PolicyPack } from '../../core/policy/types';
import type { CellWrite, WorkbookPort } from '../../core/port/WorkbookPort';
import type { CoreApi } from './coreApi';
import { readWorkbookLedgers } from './ledgers';
import type { Unrecognised } from './recognition';
import type { SheetMappings } from './mappings';
import { forEachStep, phase, type StepContext } from './steps';

/** The fill's result with the sheets it covered (none: the pane says what is missing, never "无需修改"). */
export interface PaneAssignment extends AssignmentResult {
  sheets: string[];
  unrecognised: Unrecognised[];
  /** Sheet-level reasons (a missing 牵头责任单位 column), kept out of the unmatched rows ("未匹配 1 行" named a column). */
  sheetNotes: { sheet: string; text: string; reason: string }[];
}

export function emptyAssignment(): AssignmentResult {
  return {
    edits: [],
    conflicts: [],
    unmatched: [],
    matches: [],
    counts: { fill: 0, normalise: 0, overwrite: 0, conflicts: 0, unmatched: 0 },
  };
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
  mappings: SheetMappings = {},
): Promise<PaneAssignment> {
  const n = (await port.listSheets()).length;
  // The kinds the core fills (measure task ledgers too, from the measures themselves), as the CLI does.
  const read = await readWorkbookLedgers(core, port, pack, phase(ctx, 0, 2 * n), mappings);
  const known = read.known.filter(isAssignable);
  const { unrecognised } = read;
  const results = await forEachStep(
    known,
    (l) => l.sheet,
    (l) => core.assignLeadUnits(l, pack, options),
    phase(ctx, n, n + known.length),
  );
  const merged = mergeAssignments(results);
  // The core reports a sheet-level gap at the header row; a data row is below it.
  const headerRow = new Map(known.map((l) => [l.sheet, l.header.lastRow]));
  const atHeader = (u: { sheet: string; row: number }) => u.row <= (headerRow.get(u.sheet) ?? 0);
  return {
    ...merged,
    unmatched: merged.unmatched.filter((u) => !atHeader(u)),
    sheetNotes: merged.unmatched.filter(atHeader).map((u) => ({ sheet: u.sheet, text: u.text, reason: u.reason })),
    sheets: known.map((l) => l.sheet),
    unrecognised,
  };
}

/** A stable key for an edit (sheet + cell), for choosing edits in the preview. */
export function editKey(e: Pick<CellEdit, 'sheet' | 'cell'>): string {
  return `${e.sheet}!${e.cell}`;
}

/**
 * Edits → port writes (edits have 1-based rows, the port 0-based). Each carries the value the preview read, so
 * the port refuses the write if the clerk typed in one of those cells since.
 */
export function editsToWrites(edits: readonly CellEdit[]): CellWrite[] {
  return edits.map((e) => ({ sheet: e.sheet, row: e.row - 1, col: e.col, value: e.new, expected: e.old ?? null }));
}
