/**
 * The workbook's action history as the pane shows it: each tab offers 撤销 for its own last action ("撤销填充
 * （122 处）"), so undoing the fill never removes the summary written after it. Kept in App and refreshed after
 * every write (workbookChanged).
 */
import { useCallback, useEffect, useState } from 'react';
import type { ActionEntry, ActionKind, WorkbookPort } from '../../core/port/WorkbookPort';

export function useActionHistory(port: WorkbookPort | null) {
  const [actions, setActions] = useState<ActionEntry[]>([]);
  const refresh = useCallback(async () => {
    if (!port) return setActions([]);
    // A port that cannot list (an older adapter) offers no undo rather than a wrong one.
    setActions(await port.listActions().catch(() => []));
  }, [port]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { actions, refresh };
}

/** The most recent action of one kind (the one that tab's 撤销 undoes), or null. */
export function lastActionOf(actions: readonly ActionEntry[], kinds: readonly ActionKind[]): ActionEntry | null {
  for (let i = actions.length - 1; i >= 0; i--) if (kinds.includes(actions[i].kind)) return actions[i];
  return null;
}
