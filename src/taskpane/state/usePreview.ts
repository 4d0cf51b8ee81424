/** The read-only sheet preview outside Office: which sheet (any, the written ones too), its grid, the selected cell. */
import { useCallback, useEffect, useState } from 'react';
import { parseA1, type Grid } from '../../core/grid';
import type { WorkbookPort } from '../../core/port/WorkbookPort';

export function usePreview(port: WorkbookPort | null, enabled: boolean) {
  const [grid, setGrid] = useState<Grid | null>(null);
  const [sheets, setSheets] = useState<string[]>([]);
  const [selection, setSelection] = useState<{ row: number; col: number } | null>(null);
  const [version, setVersion] = useState(0);
  const [sheet, setSheet] = useState<string | null>(null);

  useEffect(() => {
    if (!port || !enabled) return;
    let live = true;
    void (async () => {
      const names = (await port.listSheets().catch(() => [])).filter((s) => s.visible).map((s) => s.name);
      // A sheet that is gone (an undone summary) falls back to the active one.
      const wanted = sheet && names.includes(sheet) ? sheet : await port.activeSheet();
      const g = wanted ? await port.readSheet(wanted).catch(() => null) : null;
      if (!live) return;
      setSheets(names);
      setGrid(g);
    })();
    return () => {
      live = false;
    };
  }, [port, enabled, sheet, version]);

  const show = useCallback((name: string, a1: string) => {
    setSheet(name);
    setSelection(parseA1(a1));
  }, []);
  /** Another sheet chosen in the switcher: no cell selected there. */
  const choose = useCallback((name: string) => {
    setSheet(name);
    setSelection(null);
  }, []);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const reset = useCallback(() => {
    setSheet(null);
    setSelection(null);
    setGrid(null);
    setSheets([]);
  }, []);
  return { grid, sheets, selection, show, choose, refresh, reset };
}
