/** Colours shared by the .xlsx adapter. Severity fills match the task pane (Excel's own "bad/neutral" palette). */
import type { Severity } from '../core/validate/types';

export const SEVERITY_FILL: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

/** "#RRGGBB" (or "RRGGBB") → ExcelJS ARGB "FFRRGGBB". */
export function argb(hex: string): string {
  const h = hex.replace(/^#/, '').toUpperCase();
  return h.length === 8 ? h : `FF${h.padStart(6, '0')}`;
}

export function solidFill(hex: string): { type: 'pattern'; pattern: 'solid'; fgColor: { argb: string }; bgColor: { argb: string } } {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) }, bgColor: { argb: argb(hex) } };
}
