export * from './types';
export { computeSummary, statedAsOf, factContext, breakdownOrders, leadKeys } from './computeSummary';
export { consolidate, countedFacts, type LedgerFacts, type Consolidated, type SummaryInput } from './consolidate';
export { domainOrder, domainKey, OTHER_DOMAIN } from './domains';
export { STAGES, UNFILLED, stageKey } from './stages';
export {
  rowFacts,
  SEVERAL_MEASURES,
  UNMATCHED_MEASURE,
  type RowFacts,
  type LeadToken,
  type FactContext,
} from './rowFacts';
export { passesFilter, targetStatus } from './targets';
export { resolveAsOf, paceAt, isoDate, type AsOfDate } from './asOf';
export { projectNameKey } from './projectName';
export { ledgerCoverage, hasGap } from './coverage';
