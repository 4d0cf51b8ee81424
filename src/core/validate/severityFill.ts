import type { Severity } from './types';

/**
 * Fill colours for marking issue cells by severity: Excel's own "bad / neutral / note" palette. One source for
 * the Office.js adapter, the .xlsx adapter and the task pane, so a mark looks the same everywhere.
 */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};
