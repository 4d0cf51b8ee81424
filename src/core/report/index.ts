export * from './types';
export { buildSummaryLayouts } from './buildSummaryLayouts';
export { buildIssuesLayout } from './issuesSheet';
