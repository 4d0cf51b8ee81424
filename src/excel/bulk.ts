/**
 * What every bulk write shares: our own add-in's events off for the batch, and pauses so a long batch does not
 * hold the pane's thread. Neither adds a sync per row.
 */

/**
 * Turns off this add-in's JavaScript events (Runtime.enableEvents, ExcelApi 1.8) for the batch, so our own
 * onActivated handler does not fire while a write deletes, adds or re-activates sheets. The "off" is only queued
 * here: it rides with the batch's first sync. `restore()` turns events back on in one more sync — always to true
 * (Excel's default), never to a value loaded before: two overlapping batches would otherwise leave events off for
 * good. A failed restore is swallowed so the batch's own error is what the user sees.
 */
export function suspendEvents(context: Excel.RequestContext, supported: boolean): { restore(): Promise<void> } {
  if (!supported) return { restore: async () => undefined };
  context.runtime.enableEvents = false;
  return {
    async restore() {
      try {
        context.runtime.enableEvents = true;
        await context.sync();
      } catch {
        // e.g. the host refused the whole batch (cell-edit mode): the "off" never took effect either.
      }
    },
  };
}

/** Yields to the event loop so Excel desktop does not think the add-in hung (it restarts it after ~5 s). */
export type Pause = () => Promise<void>;

export const yieldToEventLoop: Pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** How a bulk job paces itself: a pause after every `chunk` items it queues or reads. Counted, never timed. */
export interface Pacing {
  pause: Pause;
  /** Items (cells or rows) queued between two pauses. */
  chunk: number;
  /**
   * Whether the host has Application.suspendScreenUpdatingUntilNextSync (ExcelApi 1.9); set by ExcelWorkbook from
   * its capabilities. Unset = yes.
   */
  screenUpdating?: boolean;
}

/** Before a write sync: no recalculation (1.6) and, where the host has it (1.9), no repaint until the sync. */
export function quiet(context: Excel.RequestContext, pacing: Pacing): void {
  context.application.suspendApiCalculationUntilNextSync();
  if (pacing.screenUpdating !== false) context.application.suspendScreenUpdatingUntilNextSync();
}

export const DEFAULT_PACING: Pacing = { pause: yieldToEventLoop, chunk: 2000 };

/** Calls fn for each item, pausing between chunks (not before the first, not after the last). */
export async function forEachPaced<T>(
  items: readonly T[],
  pacing: Pacing,
  fn: (item: T, index: number) => void,
): Promise<void> {
  const chunk = Math.max(1, pacing.chunk);
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % chunk === 0) await pacing.pause();
    fn(items[i], i);
  }
}
