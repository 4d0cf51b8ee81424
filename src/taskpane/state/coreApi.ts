/**
 * The core functions the pane uses, as one interface. The real ones are loaded lazily (loadCore.ts) so the
 * first paint does not wait for the core's code; tests pass hand-built fakes.
 */
import type { Grid } from '../../core/grid';
import type { ColumnOverrides } from '../../core/header/types';
import type { Ledger } from '../../core/ledger/types';
import type { Issue, IssueType, ValidationSettings } from '../../core/validate/types';
import type { AssignmentResult, AssignOptions } from '../../core/assign/types';
import type { Figures, Summary } from '../../core/totals/types';
import type { SheetLayout } from '../../core/report/types';
import type { IssuesFilter } from '../../core/report/issuesSheet';
import type { ParsedPolicy, PolicyPack } from '../../core/policy/types';
import type { LedgerKindDef } from '../../core/schema/types';
import type { PackBase, PackDraft } from '../../core/policy/packFromPolicyText';
import type {
  Comparison,
  KeptSnapshots,
  LedgerSnapshot,
  ProjectVersion,
  SnapshotShelf,
  VersionSource,
} from '../../core/compare';
import type { LoadedPack } from '../../core/policy/upgradePack';
import type { StoredSettings } from '../../core/port/WorkbookPort';

export interface LedgerInput {
  source: string;
  ledger: Ledger;
}

export interface CoreApi {
  /** overrides: the clerk's column choices for this sheet (letter → field or 'ignore'). */
  readLedger(grid: Grid, options?: { pack?: PolicyPack; overrides?: ColumnOverrides }): Ledger;
  validateLedger(ledger: Ledger, pack: PolicyPack, settings?: Partial<ValidationSettings>): Issue[];
  issueCatalogue: IssueType[];
  assignLeadUnits(ledger: Ledger, pack: PolicyPack, options: AssignOptions): AssignmentResult;
  computeSummary(inputs: LedgerInput[], pack: PolicyPack, asOf?: string): Summary;
  /** The as-of date (YYYY-MM-DD) the ledgers state, or null: the 生成汇总 form's prefill. */
  statedAsOf(ledgers: Ledger[], pack: PolicyPack): string | null;
  buildSummaryLayouts(summary: Summary, inputs: LedgerInput[], pack: PolicyPack): SheetLayout[];
  /** `filter`: the type filter in use, so the sheet says it lists only that type (out of how many). */
  buildIssuesLayout(issues: Issue[], lang: 'zh' | 'en', filter?: IssuesFilter): SheetLayout;
  defaultPack(): PolicyPack;
  loadPolicyPack(json: unknown): PolicyPack;
  /** A stored or chosen pack: an older one (no domain/channel lists) upgraded, with notes (core readPolicyPack). */
  readPolicyPack(json: unknown): LoadedPack;
  parsePolicyText(text: string): ParsedPolicy;
  /** A reviewable 政策包 from policy text over a base pack (core packFromPolicyText). */
  packFromPolicyText(text: string, base: PackBase): PackDraft;
  /** Sheets Taizhang writes itself (summaries, issues list): never read back as ledgers (report's OWN_SHEETS). */
  ownSheets: readonly string[];
  /** The ledger kinds and their fields (Chinese and English field names for the recognition card). */
  ledgerKinds: readonly LedgerKindDef[];
  /** Reserve libraries' figures (projects counted once, as the totals count them): the summary line names them. */
  reserveTotals(inputs: LedgerInput[], pack: PolicyPack): Figures;
  /** 生成汇总 keeps a snapshot of each project ledger for next week's 台账周报 (core/compare/atSummary). */
  snapshotsAtSummary(inputs: LedgerInput[], pack: PolicyPack, now: Date): LedgerSnapshot[];
  /** The stored settings with the snapshots on the shelf, within the settings' size budget, and what to say. */
  keepSnapshots(stored: StoredSettings | null, snapshots: readonly LedgerSnapshot[]): KeptSnapshots;
  /** The summary sheets' names (report's SHEET_NAMES). */
  summarySheets: { targets: string; domain: string; lead: string; location: string; stage: string; measures: string };
  /** 台账周报 (core/compare): a ledger's projects, a comparison of two versions, the 周报 sheet and the snapshot shelf. */
  projectVersions(ledger: Ledger, file: string, pack: PolicyPack): ProjectVersion[];
  compareVersions(
    previous: { source: VersionSource; projects: ProjectVersion[] },
    current: { source: VersionSource; projects: ProjectVersion[] },
    options?: { lang?: 'zh' | 'en' },
  ): Comparison;
  /** More than two versions, oldest first: the last two compared, plus 连续无进展 (stalled) findings. */
  compareSeries(
    versions: { file: string; ledger: Ledger }[],
    pack: PolicyPack,
    options?: { lang?: 'zh' | 'en'; periods?: number },
  ): Comparison;
  buildWeeklyLayout(c: Comparison, options?: { previousLabel?: string; currentLabel?: string }): SheetLayout;
  weeklySheet: string;
  snapshotsOf(shelf: SnapshotShelf | undefined, sheet: string): LedgerSnapshot[];
  previousSnapshot(shelf: SnapshotShelf | undefined, sheet: string, today: string): LedgerSnapshot | null;
  snapshotProjects(
    json: unknown,
  ): { source: VersionSource; projects: ProjectVersion[]; takenAt: string; asOf?: string } | null;
}
