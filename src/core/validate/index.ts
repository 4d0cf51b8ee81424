export { validateLedger, DEFAULT_SETTINGS } from './validateLedger';
export { countBySeverity, countByType, SEVERITIES, type SeverityCounts, type TypeCount } from './issueCounts';
export { ISSUE_CATALOGUE, ISSUE_CODES, issueType, isIssueCode } from './catalogue';
export type { IssueCode, IssueParams, IssueAt } from './catalogue';
export { IssueSink } from './IssueSink';
export * from './types';
