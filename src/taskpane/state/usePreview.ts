/** The read-only sheet preview outside Office: which sheet, its grid, and the selected cell. */
import { useCallback, useEffect, useState } from 'react';
import { parseA1, type Grid } from '../../core/grid';
import type { WorkbookPort } from '../../core/port/WorkbookPort';

export function usePreview(port: WorkbookPort | null, enabled: boolean) {
  const [grid, setGrid] = useState<Grid | null>(null);
  const [selection, setSelection] = useState<{ row: number; col: number } | null>(null);
  const [version, setVersion] = useState(0);
  const [sheet, setSheet] = useState<string | null>(null);

  useEffect(() => {
    if (!port || !enabled) return;
    let live = true;
    void (async () => {
      const name = sheet ?? (await port.activeSheet());
      const g = name ? await port.readSheet(name).catch(() => null) : null;
      if (live) setGrid(g);
    })();
    return () => {
      live = false;
    };
  }, [port, enabled, sheet, version]);

  const show = useCallback((name: string, a1: string) => {
    setSheet(name);
    setSelection(parseA1(a1));
  }, []);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const reset = useCallback(() => {
    setSheet(null);
    setSelection(null);
    setGrid(null);
  }, []);
  return { grid, selection, show, refresh, reset };
}
