/**
 * The real core, gathered in one module that the pane loads with import() (its own chunk, so the first paint
 * does not wait for the parsers, the validator and the policy pack).
 */
import { readLedger } from '../../core/ledger';
import { ISSUE_CATALOGUE, validateLedger } from '../../core/validate';
import { assignLeadUnits } from '../../core/assign';
import { computeSummary, statedAsOf } from '../../core/totals';
import { buildIssuesLayout, buildSummaryLayouts, OWN_SHEETS } from '../../core/report';
import { defaultPack, loadPolicyPack, packFromPolicyText, parsePolicyText } from '../../core/policy';
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
  parsePolicyText: (text) => parsePolicyText(text),
  packFromPolicyText,
  ownSheets: OWN_SHEETS,
};
