/** 撤销 for one tab's last action, naming what it undoes: "撤销填充（122 处）". Hidden when there is none. */
import { Button } from '@fluentui/react-components';
import type { ActionEntry } from '../../core/port/WorkbookPort';
import { useI18n, type StringKey } from '../i18n';

const UNDO_KEY: Record<ActionEntry['kind'], StringKey> = {
  fill: 'undoFill',
  summary: 'undoSummary',
  issues: 'undoIssues',
  compare: 'undoWrite',
  write: 'undoWrite',
};

export function undoLabel(
  entry: ActionEntry,
  t: (k: StringKey, p?: Record<string, string | number>) => string,
): string {
  return t(UNDO_KEY[entry.kind], { count: entry.size, label: entry.label });
}

export function UndoButton(props: {
  entry: ActionEntry | null;
  disabled: boolean;
  onUndo: (entry: ActionEntry) => void;
}) {
  const { t } = useI18n();
  if (!props.entry) return null;
  const entry = props.entry;
  return (
    <Button size="small" onClick={() => props.onUndo(entry)} disabled={props.disabled}>
      {undoLabel(entry, t)}
    </Button>
  );
}
