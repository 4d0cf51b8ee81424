export * from './types';
import { SHEET_NAMES } from './buildSummaryLayouts';
import { ISSUES_SHEET } from './issuesSheet';
import { WEEKLY_SHEET } from './weeklySheet';

export { buildSummaryLayouts, SHEET_NAMES } from './buildSummaryLayouts';
export { buildIssuesLayout, ISSUES_SHEET, type IssuesFilter } from './issuesSheet';
export { buildWeeklyLayout, WEEKLY_SHEET, type WeeklyLayoutOptions } from './weeklySheet';

/** Sheets Taizhang itself writes (summaries, the issues list): never read back as ledgers. */
export const OWN_SHEETS: readonly string[] = [...Object.values(SHEET_NAMES), ISSUES_SHEET, WEEKLY_SHEET];
export { coverageLines, coverageNote } from './coverageNote';
