export { validateLedger, countBySeverity, DEFAULT_SETTINGS } from './validateLedger';
export { ISSUE_CATALOGUE, issueType } from './catalogue';
export { IssueSink } from './IssueSink';
export * from './types';
