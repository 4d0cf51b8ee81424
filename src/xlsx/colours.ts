/** Colour helpers of the .xlsx adapter. Severity fills come from the core (one palette for every host). */
export { SEVERITY_FILL } from '../core/validate/severityFill';

/** "#RRGGBB" (or "RRGGBB") → ExcelJS ARGB "FFRRGGBB". */
export function argb(hex: string): string {
  const h = hex.replace(/^#/, '').toUpperCase();
  return h.length === 8 ? h : `FF${h.padStart(6, '0')}`;
}

export function solidFill(hex: string): {
  type: 'pattern';
  pattern: 'solid';
  fgColor: { argb: string };
  bgColor: { argb: string };
} {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) }, bgColor: { argb: argb(hex) } };
}
