/** 台账周报: two versions of one ledger compared. Amounts in 万元; rows are 1-based sheet rows. */
import type { FieldId } from '../schema/types';
import type { Severity } from '../validate/types';

/** Where a version came from: a file and a sheet (clerks often keep 10月20日 / 10月27日 tabs in one workbook). */
export interface VersionSource {
  file: string;
  sheet: string;
}

/** One project of one version, with the figures the comparison needs (null = the cell has no usable figure). */
export interface ProjectVersion {
  source: VersionSource;
  row: number;
  name: string;
  owner: string;
  location: string;
  domain: string;
  stage: string;
  lead: string;
  total: number | null;
  planned: number | null;
  completed: number | null;
  /** 0-based columns of the figures, for cells in findings and formulas in the 周报 sheet. */
  columns: Partial<Record<FieldId, number>>;
  /**
   * How a live formula reads this row's 累计完成投资: the cell holds a plain number (not text, not an error) and
   * `factor` turns the column's unit into 万元. Null when no formula can be trusted to give the engine's figure.
   */
  completedRef: { col: number; factor: number } | null;
}

/** How two versions of a project were matched, most certain first. */
export type MatchHow = 'name-owner' | 'name-total' | 'name' | 'renamed';

export interface FieldChange {
  field: 'name' | 'owner' | 'location' | 'domain' | 'stage' | 'lead' | 'total' | 'planned' | 'completed';
  old: string | number | null;
  new: string | number | null;
}

export interface MatchedProject {
  previous: ProjectVersion;
  current: ProjectVersion;
  how: MatchHow;
  /** 1 for the same name and owner; lower for weaker evidence (a renamed project: 0.6). */
  confidence: number;
  changes: FieldChange[];
  /** current − previous 累计完成投资; null when either version has no figure. */
  completedThisPeriod: number | null;
}

export type CompareCode =
  | 'cumulative-decreased'
  | 'plan-changed'
  | 'project-removed'
  | 'project-renamed'
  | 'period-over-plan-left'
  | 'stalled'
  | 'figure-missing';

/** A finding of the comparison, at a cell of the current version (or of the previous one for a removed project). */
export interface CompareFinding {
  code: CompareCode;
  severity: Severity;
  file: string;
  sheet: string;
  cell?: string;
  row: number;
  name: string;
  message: string;
  params: Record<string, string | number>;
}

export interface PeriodBreakdown {
  key: string;
  /** 本期新增完成投资: matched projects' increase plus projects new this period. */
  completedThisPeriod: number;
  projects: number;
}

export interface PeriodTotals {
  /** Σ (current − previous) over matched projects with both figures. */
  matched: number;
  /** Σ completed of projects new this period. */
  added: number;
  /** Σ previous completed of projects no longer in the ledger. */
  removed: number;
  /** Σ current − Σ previous over the whole ledgers = matched + added − removed (+ figures missing on one side). */
  net: number;
  /** matched + added: what the 周报 calls 本期新增完成投资. */
  newThisPeriod: number;
}

export interface Comparison {
  previous: VersionSource;
  current: VersionSource;
  matched: MatchedProject[];
  added: ProjectVersion[];
  removed: ProjectVersion[];
  totals: PeriodTotals;
  byDomain: PeriodBreakdown[];
  byLeadUnit: PeriodBreakdown[];
  byLocation: PeriodBreakdown[];
  findings: CompareFinding[];
  /** Matched projects whose period figure could not be computed (a blank or unreadable 累计完成投资). */
  figuresMissing: number;
}
