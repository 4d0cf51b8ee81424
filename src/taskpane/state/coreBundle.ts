/**
 * The real core, gathered in one module that the pane loads with import() (its own chunk, so the first paint
 * does not wait for the parsers, the validator and the policy pack).
 */
import { readLedger } from '../../core/ledger';
import { ISSUE_CATALOGUE, validateLedger } from '../../core/validate';
import { assignLeadUnits } from '../../core/assign';
import { computeSummary, consolidate, countedFacts, factContext, statedAsOf } from '../../core/totals';
import { totalFigures } from '../../core/totals/figures';
import {
  buildIssuesLayout,
  buildSummaryLayouts,
  buildWeeklyLayout,
  OWN_SHEETS,
  SHEET_NAMES,
  WEEKLY_SHEET,
} from '../../core/report';
import {
  compareSeries,
  compareVersions,
  previousSnapshot,
  projectVersions,
  snapshotProjects,
  snapshotsOf,
} from '../../core/compare';
import { defaultPack, loadPolicyPack, packFromPolicyText, parsePolicyText, readPolicyPack } from '../../core/policy';
import { LEDGER_KINDS } from '../../core/schema';
import { keepSnapshots, snapshotsAtSummary } from '../../core/compare';
import type { CoreApi } from './coreApi';

export const core: CoreApi = {
  readLedger,
  validateLedger,
  issueCatalogue: ISSUE_CATALOGUE,
  assignLeadUnits: (ledger, pack, options) => assignLeadUnits(ledger, pack, options),
  computeSummary,
  statedAsOf,
  buildSummaryLayouts,
  buildIssuesLayout,
  defaultPack,
  loadPolicyPack,
  readPolicyPack,
  parsePolicyText: (text) => parsePolicyText(text),
  packFromPolicyText,
  ownSheets: OWN_SHEETS,
  ledgerKinds: LEDGER_KINDS,
  reserveTotals: (inputs, pack) => totalFigures(countedFacts(consolidate(inputs, 'reserve', factContext(pack)))),
  snapshotsAtSummary,
  keepSnapshots: (stored, snapshots) => keepSnapshots(stored, snapshots),
  summarySheets: SHEET_NAMES,
  projectVersions,
  compareVersions,
  compareSeries,
  buildWeeklyLayout,
  weeklySheet: WEEKLY_SHEET,
  snapshotsOf,
  previousSnapshot,
  snapshotProjects,
};
