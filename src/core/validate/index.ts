export { validateLedger, countBySeverity, DEFAULT_SETTINGS } from './validateLedger';
export { ISSUE_CATALOGUE, ISSUE_CODES, issueType, isIssueCode } from './catalogue';
export type { IssueCode, IssueParams, IssueAt } from './catalogue';
export { IssueSink } from './IssueSink';
export * from './types';
