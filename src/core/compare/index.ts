export * from './types';
export { compareLedgers, compareSeries, type LedgerVersion, type CompareOptions } from './compareLedgers';
export { matchProjects } from './matchProjects';
export { projectVersions } from './projects';
export { COMPARE_FINDINGS } from './findings';
