/** 在表中标记 / 清除标记 / 导出问题清单 / 撤销导出: the validate tab's writes, on the issues shown. */
import { issueMarks } from '../../core/port/issueMarks';
import type { Issue } from '../../core/validate/types';
import { useI18n } from '../i18n';
import { usePane } from './PaneContext';
import { lastActionOf } from './useActionHistory';
import type { JobState } from './useJob';
import { writeNotes } from './portNotes';
import { useUndo } from './useUndo';

/** The history label of an issue export (Chinese: stored with the workbook's history). */
export const ISSUES_ACTION_LABEL = '导出问题清单';

/** Jobs started here show beside the marks / export buttons. */
const ORIGIN = 'marks';

/** The issue list's type filter: its code and title in the pane's language (null: all types shown). */
export interface ShownFilter {
  code: string;
  title: string;
}

/** `issues`: the ones shown (after `filter`) out of `total` found; 标记 and 导出 act on these. */
export function useMarkActions(job: JobState, issues: readonly Issue[], filter: ShownFilter | null, total: number) {
  const { core, port, workbookChanged, actions } = usePane();
  const { lang, t } = useI18n();
  const undoEntry = useUndo(job, ORIGIN);

  /** One write through the port: its notice on success, with the port's notes on it (JobStatus shows both). */
  async function write(fn: () => Promise<unknown>, notice: string) {
    const done = await job.run(() => fn().then(() => true), ORIGIN);
    if (!done) return;
    job.setNotes(writeNotes(port));
    job.setNotice(notice);
    workbookChanged();
  }

  return {
    lastExport: lastActionOf(actions, ['issues']),
    /** Marks the cells of the issues shown (the type filter applies, as the count beside the button says). */
    mark() {
      const marks = issueMarks(issues);
      return write(() => port.markCells(marks), t('marked', { count: marks.length }));
    },
    clearMarks: () => write(() => port.clearMarks(), t('marksCleared')),
    /** Writes the issues shown; with a type filter, the sheet and the notice both say which, out of how many. */
    exportIssues() {
      const scope = filter ? { code: filter.code, total } : undefined;
      const layout = core.buildIssuesLayout([...issues], lang, scope);
      const options = { replace: true, kind: 'issues' as const, label: ISSUES_ACTION_LABEL };
      const count = issues.length;
      const notice = filter
        ? t('exportedFiltered', { sheet: layout.name, count, total, type: filter.title })
        : t('exported', { sheet: layout.name, count });
      return write(() => port.writeSheets([layout], options), notice);
    },
    async undoExport() {
      const entry = lastActionOf(actions, ['issues']);
      if (entry) await undoEntry(entry);
    },
  };
}
