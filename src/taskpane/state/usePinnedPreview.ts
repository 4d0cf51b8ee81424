/** The pinned sheet preview outside Office: what it shows, and whether it is open (a clicked issue opens it). */
import { useCallback, useState } from 'react';
import type { WorkbookPort } from '../../core/port/WorkbookPort';
import { usePreview } from './usePreview';

export function usePinnedPreview(port: WorkbookPort | null, enabled: boolean) {
  const preview = usePreview(port, enabled);
  const { show } = preview;
  // Collapsed at a narrow pane's width (at 320 px it covered the first issue and cards); a clicked issue opens it.
  const [open, setOpen] = useState(() => typeof window === 'undefined' || window.innerWidth >= 400);
  const toggle = useCallback(() => setOpen((o) => !o), []);
  const reveal = useCallback(
    (sheet: string, a1: string) => {
      show(sheet, a1);
      setOpen(true); // a clicked issue shows its cell
    },
    [show],
  );
  const { grid, sheets, selection, choose } = preview;
  // What the panel shows, once a sheet was read.
  const panel = grid ? { grid, sheets, selection, open, onToggle: toggle, onSheet: choose } : null;
  return { ...preview, panel, reveal: enabled ? reveal : null };
}
