import type { FieldId } from '../schema/types';

/** Figures for a district meeting. Amounts in 万元; see DESIGN.md "CLI JSON" for the summary document. */

export interface Figures {
  projects: number;
  projects1e8: number; // total investment >= 10000 万元
  total: number;
  planned: number;
  completed: number;
  /** completed / planned, null when planned is 0. */
  rate: number | null;
}

export interface Breakdown extends Figures {
  key: string; // the domain, unit, location, stage or measure
}

/** 'open': a stock target (a library size, a project count) not reached yet but not due yet either. */
export type TargetStatus = 'ahead' | 'on-pace' | 'behind' | 'done' | 'open' | 'no-data';

export interface TargetProgress {
  id: string;
  label: string;
  target: number; // in the target's unit
  actual: number | null; // in the target's unit; null when not measurable from the ledgers
  unit: string;
  ratio: number | null; // actual / target
  /**
   * The share of the target that should be reached by the as-of date (m/12 for paced targets, 1 otherwise);
   * null when the actual is unknown (无数据): no 序时进度 is shown for a figure we could not read.
   */
  pace: number | null;
  /** actual - target * pace, in the target's unit. */
  gap: number | null;
  status: TargetStatus;
}

export interface DuplicateProject {
  name: string;
  occurrences: { source: string; sheet: string; row: number }[];
}

/** What one ledger of a summary could not give (DESIGN.md "Never silent"). */
export interface CoverageEntry {
  /** The source file (as given to the summary) and the sheet. */
  file: string;
  sheet: string;
  kind: 'project' | 'reserve' | 'measure' | 'unknown';
  /** Data rows counted (a project met in an earlier ledger is not counted again). */
  rows: number;
  /** Key figures of the kind with no column: left out of every total. */
  figuresMissing: FieldId[];
  /** Cells of counted columns with no value (formula never calculated, error value, unreadable amount): counted as nothing. */
  cellsWithoutValue: number;
  /** The first of those cells (A1), so a clerk can find them. */
  cells: string[];
}

/** A row not counted because it is the same project as a row counted before it (totals/projectName.ts). */
export interface MergedRow {
  file: string;
  sheet: string;
  row: number;
  keptFile: string;
  keptSheet: string;
  keptRow: number;
  /** Same name and 建设单位, or same name and 总投资. */
  reason: 'same-name-owner' | 'same-name-total';
}

export interface Summary {
  asOf: string; // YYYY-MM-DD
  totals: Figures;
  byDomain: Breakdown[];
  byLeadUnit: Breakdown[];
  byLocation: Breakdown[];
  byStage: Breakdown[];
  byMeasure: Breakdown[];
  targets: TargetProgress[];
  /** Projects that appear more than once, in one ledger or several (counted once): the counted row first. */
  duplicates: DuplicateProject[];
  /** Every row left out of the totals as the same project as a counted row, with that row and why. */
  merged: MergedRow[];
  /** Projects counted under more than one lead unit (so byLeadUnit rows add up to more than the total). */
  multiLeadProjects: number;
  /** Per ledger: rows counted and what could not be counted; an entry with a gap must be said wherever totals are. */
  coverage?: CoverageEntry[]; // always set by computeSummary; optional only for summaries built by hand
  /** For measure task ledgers: status counts per measure. */
  measureTasks?: { measure: number; text: string; lead: string; status: string; progress: string }[];
}
