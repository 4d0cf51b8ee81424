/**
 * Long runs in steps: the core is synchronous, so the pane runs it one sheet / step at a time and yields to the
 * event loop in between. Excel stays responsive (a desktop add-in busy for 5 s is restarted), the progress bar
 * moves, and Cancel takes effect at the next step.
 */

export interface Progress {
  done: number;
  total: number;
  label: string;
  /** A write in one port call: it cannot stop half-way, so 取消 is not offered (it used to look dead). */
  final?: boolean;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** Lets the browser paint and handle clicks (Cancel) before the next step. */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface StepContext {
  signal: AbortSignal;
  onProgress: (p: Progress) => void;
}

/** Runs fn over items one at a time, yielding and checking for cancel before each. */
export async function forEachStep<T, R>(
  items: readonly T[],
  label: (item: T) => string,
  fn: (item: T, index: number) => Promise<R> | R,
  ctx: StepContext,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i++) {
    ctx.onProgress({ done: i, total: items.length, label: label(items[i]) });
    await yieldToHost();
    if (ctx.signal.aborted) throw new CancelledError();
    out.push(await fn(items[i], i));
  }
  ctx.onProgress({ done: items.length, total: items.length, label: '' });
  return out;
}

export function checkCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new CancelledError();
}

/**
 * A phase of a longer job: its steps are counted after `offset` steps of `total`, so the progress of "read 12
 * sheets, then check 12" runs 1..24 and never jumps back (第 7/12 → 第 2/12).
 */
export function phase(ctx: StepContext, offset: number, total: number): StepContext {
  return {
    signal: ctx.signal,
    onProgress: (p) =>
      ctx.onProgress({ done: offset + p.done, total: Math.max(total, offset + p.total), label: p.label }),
  };
}
