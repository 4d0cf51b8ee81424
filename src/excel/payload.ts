/**
 * Excel on the web caps every request and every response at 5 MB (RequestPayloadSizeLimitExceeded,
 * ResponsePayloadSizeLimitExceeded — two errors, office-js docs "Resource limits and performance optimization").
 * So every bulk step queues its work in slices of about 1.5 MB of estimated message, one sync per slice, and when
 * Excel still refuses one, halves it and tries again. Sync counts therefore grow with the bytes moved, not rows.
 */
import { failedWrite, type ErrorPlace } from './errors';

/** Estimated message bytes of one sync we aim for: well under 5 MB, since our per-cell estimates are rough. */
export const SYNC_BYTES = 1_500_000;

/**
 * Rough message sizes (JSON of Office.js requests and responses), measured against the fake's accounting. The
 * request and the response are capped separately, so an item's estimate is the larger of its two sides.
 */
export const BYTES = {
  /** An object path (getCell, getRange, getRow...). */
  proxy: 120,
  /** One action: a load, a property set, a method call. */
  action: 100,
  /** One cell of a read block: values, valueTypes, numberFormat, formulas come back (sample ledgers: 51–75). */
  readCell: 80,
  /** One row's rowHidden: through getRowProperties (1.9) about 60 bytes back; through its own proxy, a path too. */
  rowProps: 60,
  /** A loaded fill (colour, pattern, pattern colour, two tints). */
  fill: 140,
} as const;

/** One call to queue later, with its estimated request bytes, so many calls can go in budgeted syncs. */
export interface QueuedOp {
  bytes: number;
  run(): void;
}

export function isPayloadError(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/** Groups items greedily so each group's estimated bytes stay within the budget (an item over it goes alone). */
export function slicesByBytes<T>(items: readonly T[], bytesOf: (item: T) => number, budget = SYNC_BYTES): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const b = bytesOf(item);
    if (cur.length > 0 && bytes + b > budget) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(item);
    bytes += b;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/**
 * Runs `step` (queue the slice, sync, collect) once per slice. A slice Excel refuses for its size is halved and
 * each half run again; a single item is split with `split` when possible (a block of rows into two), else the
 * error is the caller's. Only for steps that can run twice: loads, and writes that set the same values again
 * (a request over the cap never ran at all).
 */
export async function runSliced<T>(
  items: readonly T[],
  bytesOf: (item: T) => number,
  step: (slice: T[]) => Promise<void>,
  options: { budget?: number; split?: (item: T) => [T, T] | null; onRetry?: () => void } = {},
): Promise<void> {
  const attempt = async (slice: T[]): Promise<void> => {
    try {
      await step(slice);
    } catch (e) {
      if (!isPayloadError(e)) throw e;
      const halves =
        slice.length > 1 ? [slice.slice(0, slice.length >> 1), slice.slice(slice.length >> 1)] : splitOne(slice[0]);
      if (!halves) throw e;
      options.onRetry?.();
      for (const h of halves) await attempt(h);
    }
  };
  const splitOne = (item: T): T[][] | null => {
    const parts = options.split?.(item);
    return parts ? [[parts[0]], [parts[1]]] : null;
  };
  for (const slice of slicesByBytes(items, bytesOf, options.budget)) await attempt(slice);
}

/**
 * A write in byte-budgeted slices (runSliced), kept whole: if any slice fails, `rollback` puts back every cell the
 * action covers (those not reached yet still hold their old values, so restoring them is harmless) and the error
 * says whether that worked — never "nothing changed" after a partial write.
 */
export async function writeSliced<T>(
  items: readonly T[],
  bytesOf: (item: T) => number,
  step: (slice: T[]) => Promise<void>,
  place: ErrorPlace,
  rollback?: () => Promise<void>,
): Promise<void> {
  try {
    await runSliced(items, bytesOf, step);
  } catch (e) {
    throw await failedWrite(e, place, rollback);
  }
}
