/** Where the pane runs: inside Office (Excel's workbook) or in a plain browser (an in-memory workbook). */
import type { PortNote, WorkbookPort } from '../../core/port/WorkbookPort';

export interface LoadedWorkbook {
  port: WorkbookPort;
  name: string;
}

export interface PaneHost {
  kind: 'excel' | 'memory';
  /** Inside Office: the Excel port, ready. Outside: null until a workbook is loaded. */
  port: WorkbookPort | null;
  /** Outside Office only. */
  loadSample?: () => Promise<LoadedWorkbook>;
  loadFile?: (file: File) => Promise<LoadedWorkbook>;
  /** Outside Office only: the workbook as .xlsx bytes (the input plus Taizhang's changes), to download. */
  saveFile?: (port: WorkbookPort) => Promise<ArrayBuffer>;
  /** Inside Office: features this Excel lacks, shown once at the top of the pane. */
  notices?: PortNote[];
  /**
   * Inside Office: calls back with true while Excel holds a request (usually until the user leaves cell-edit mode)
   * and false once it ran. Returns a function that stops the calls.
   */
  onWaiting?: (handler: (waiting: boolean) => void) => () => void;
}

export interface OfficeEnvironment {
  inOffice: boolean;
  displayLanguage: string | null;
  /** Office's theme when it gives one (null outside Office or on hosts without officeTheme). */
  dark: boolean | null;
}

/** Relative luminance of a #RRGGBB colour is below one half: Office's dark and black themes. */
export function isDarkColour(hex: string | undefined | null): boolean | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/**
 * Waits for Office.onReady. A plain browser (no office.js, or onReady with a null host) gives inOffice false; a
 * timeout guards against an office.js that never calls back outside Office.
 */
export async function detectOffice(timeoutMs = 3000): Promise<OfficeEnvironment> {
  const none: OfficeEnvironment = { inOffice: false, displayLanguage: null, dark: null };
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== 'function') return none;
  const info = await Promise.race([
    office.onReady().catch(() => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs)),
  ]);
  if (!info || !info.host) return { ...none, displayLanguage: office.context?.displayLanguage ?? null };
  return {
    inOffice: true,
    displayLanguage: office.context?.displayLanguage ?? null,
    dark: isDarkColour(office.context?.officeTheme?.bodyBackgroundColor),
  };
}
