export { validateLedger, DEFAULT_SETTINGS } from './validateLedger';
export { countBySeverity, SEVERITIES, type SeverityCounts } from './severities';
export { ISSUE_CATALOGUE, ISSUE_CODES, issueType, isIssueCode } from './catalogue';
export type { IssueCode, IssueParams, IssueAt } from './catalogue';
export { IssueSink } from './IssueSink';
export * from './types';
