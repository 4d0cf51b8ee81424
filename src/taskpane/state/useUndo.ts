/** Undoes one history entry from a tab, and says what was undone ("已撤销：填充（122 处）"). */
import type { ActionEntry } from '../../core/port/WorkbookPort';
import { undoLabel } from '../components/UndoButton';
import { useI18n } from '../i18n';
import { usePane } from './PaneContext';
import type { JobState } from './useJob';
import { writeNotes } from './portNotes';

export function useUndo(job: JobState, origin = 'main') {
  const { port, workbookChanged } = usePane();
  const { t } = useI18n();
  /** True when the entry was undone. */
  return async (entry: ActionEntry): Promise<boolean> => {
    const ok = await job.run(() => port.undoAction(entry.id), origin);
    if (ok === undefined) return false;
    if (ok) job.setNotes(writeNotes(port));
    job.setNotice(ok ? t('undoneAction', { action: undoLabel(entry, t) }) : t('nothingToUndo'));
    workbookChanged();
    return ok;
  };
}
