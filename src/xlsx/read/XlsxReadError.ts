import { WorkbookError } from '../../core/port/WorkbookPort';

/**
 * Why a file could not be read, in Chinese and English, with a stable code. A WorkbookError, so every caller that
 * already reports those (CLI: one line, exit 2; pane: a message bar) reports these too.
 */
export class XlsxReadError extends WorkbookError {
  constructor(zh: string, en: string, code: string) {
    super(zh, en, code);
    this.name = 'XlsxReadError';
  }
}

/** Thousands separators, so "1,048,576" reads at a glance in either language. */
export function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Bytes in the unit a person would say. */
export function bytes(n: number): string {
  if (n >= 1 << 30) return `${(n / (1 << 30)).toFixed(1)} GB`;
  if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(1)} MB`;
  if (n >= 1 << 10) return `${(n / (1 << 10)).toFixed(1)} KB`;
  return `${n} B`;
}
