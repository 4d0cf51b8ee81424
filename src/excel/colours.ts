import type { Severity } from '../core/validate/types';

/** Severity fills: Excel's own "bad / neutral / note" palette, the same as the .xlsx adapter and the task pane. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};
