/** The workbook's active sheet, kept current through the port's optional onActiveSheetChanged event. */
import { useEffect, useState } from 'react';
import type { WorkbookPort } from '../../core/port/WorkbookPort';

/**
 * Reads the active sheet once per port, then follows the port's event (Excel: the user picks another tab).
 * A port without the event keeps the first answer; a failed first read leaves null (nothing depends on it).
 */
export function useActiveSheet(port: WorkbookPort | null): string | null {
  const [sheet, setSheet] = useState<string | null>(null);
  useEffect(() => {
    setSheet(null);
    if (!port) return;
    let live = true;
    let heard = false; // an event that arrives before the first read wins over it
    const stop = port.onActiveSheetChanged?.((name) => {
      heard = true;
      if (live) setSheet(name);
    });
    port.activeSheet().then(
      (name) => live && !heard && setSheet(name),
      () => undefined,
    );
    return () => {
      live = false;
      stop?.();
    };
  }, [port]);
  return sheet;
}
