export * from './types';
export { computeSummary, factContext, breakdownOrders, leadKeys } from './computeSummary';
export { consolidate, countedFacts, type LedgerFacts, type Consolidated, type SummaryInput } from './consolidate';
export { domainOrder, domainKey, NINE_DOMAINS, OTHER_DOMAIN } from './domains';
export { STAGES, UNFILLED, stageKey } from './stages';
export { YI_IN_WAN, rowFacts, type RowFacts, type LeadToken, type FactContext } from './rowFacts';
export { passesFilter, targetStatus, WAN_PER_UNIT } from './targets';
export { resolveAsOf, paceAt, isoDate, type AsOfDate } from './asOf';
export { projectNameKey } from './projectName';
