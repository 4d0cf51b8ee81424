/** What every view shares: the core, the workbook port, the settings, and cell selection (for the preview). */
import { createContext, useContext } from 'react';
import type { ActionEntry, WorkbookPort } from '../../core/port/WorkbookPort';
import type { CoreApi } from './coreApi';
import type { PaneSettings } from './packChoice';

export interface PaneServices {
  core: CoreApi;
  port: WorkbookPort;
  settings: PaneSettings;
  setSettings(s: PaneSettings): void;
  /** Selects a cell in the workbook (and in the preview outside Office). */
  selectCell(sheet: string, a1: string): Promise<void>;
  /** Called after a write or undo: the preview re-reads the sheet and the action history is listed again. */
  workbookChanged(): void;
  /** The workbook's action history, oldest first (each tab's 撤销 undoes its own last entry). */
  actions: readonly ActionEntry[];
  /** The workbook's active sheet as last reported by the port (null until known). */
  activeSheet?: string | null;
}

export const PaneContext = createContext<PaneServices | null>(null);

export function usePane(): PaneServices {
  const p = useContext(PaneContext);
  if (!p) throw new Error('PaneContext missing');
  return p;
}
