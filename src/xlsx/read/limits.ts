/**
 * The reader's hard limits and the one-line refusals that name the number and the limit. The defaults let any
 * real ledger through (Excel's own row and string maxima) while keeping a hostile or runaway file from taking
 * the machine: a 1,048,576-row sheet of a few columns is read; one of 20 columns is refused before it is built.
 */
import type { ReadLimits } from './types';
import { bytes, count, XlsxReadError } from './XlsxReadError';

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxPartBytes: 400 * 1024 * 1024,
  maxTotalBytes: 600 * 1024 * 1024,
  maxRatio: 250,
  maxRows: 1_048_576,
  maxCellsPerSheet: 4_000_000,
  maxTotalCells: 6_000_000,
  maxStringLength: 32_767,
  maxSharedStrings: 2_000_000,
};

/** Parts this small are never called a bomb, however well they compress (a blank styles part packs 100×). */
export const RATIO_FLOOR_BYTES = 8 * 1024 * 1024;

export function withDefaults(limits?: Partial<ReadLimits>): ReadLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}

export function tooBig(
  what: { zh: string; en: string },
  n: number,
  limit: number,
  unit: 'bytes' | 'count',
): XlsxReadError {
  const fmt = unit === 'bytes' ? bytes : count;
  return new XlsxReadError(
    `${what.zh}（${fmt(n)}）超过上限 ${fmt(limit)}，已停止读取，未占用更多内存。`,
    `${what.en} (${fmt(n)}) exceeds the limit of ${fmt(limit)}; reading stopped.`,
    'limit',
  );
}
