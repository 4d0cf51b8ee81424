/** The services every view shares (PaneContext), once the core, the workbook and its settings are all known. */
import { useMemo } from 'react';
import type { WorkbookPort } from '../../core/port/WorkbookPort';
import type { CoreApi } from './coreApi';
import type { PaneSettings } from './packChoice';
import type { PaneServices } from './PaneContext';
import { useActionHistory } from './useActionHistory';
import { useActiveSheet } from './useActiveSheet';

export interface PaneServiceInputs {
  core: CoreApi | null;
  port: WorkbookPort | null;
  settings: PaneSettings | null;
  setSettings(s: PaneSettings): void;
  /** Outside Office a selected cell is shown in the preview too. */
  showInPreview: ((sheet: string, a1: string) => void) | null;
  refreshPreview(): void;
}

export function usePaneServices(inputs: PaneServiceInputs): PaneServices | null {
  const { core, port, settings, setSettings, showInPreview, refreshPreview } = inputs;
  const activeSheet = useActiveSheet(port);
  const history = useActionHistory(port);
  const { refresh: refreshActions, actions } = history;
  return useMemo(
    () =>
      core && port && settings
        ? {
            core,
            port,
            settings,
            setSettings,
            async selectCell(sheet, a1) {
              await port.selectCell(sheet, a1);
              showInPreview?.(sheet, a1);
            },
            workbookChanged() {
              refreshPreview();
              void refreshActions();
            },
            actions,
            activeSheet,
          }
        : null,
    [core, port, settings, setSettings, showInPreview, refreshPreview, refreshActions, actions, activeSheet],
  );
}
