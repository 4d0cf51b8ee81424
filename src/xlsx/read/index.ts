/** The streaming .xlsx reader (fflate + a byte scanner; saxes for the small parts). No Node APIs. */
export { openXlsx, type OpenOptions } from './openXlsx';
export { DEFAULT_LIMITS } from './limits';
export { XlsxReadError } from './XlsxReadError';
export type { PackageSheet, ReadLimits, SheetState, XlsxPackage } from './types';
export type { InflateRaw } from './zipStream';
export { cellText, escapeControls } from './xmlText';
