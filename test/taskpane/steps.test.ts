/** Long jobs in steps: the count rises across phases (read 12 sheets, then check them) and never jumps back. */
import { forEachStep, phase, type Progress } from '../../src/taskpane/state/steps';

describe('steps', () => {
  it('counts a two-phase job from 1 to the end without going back', async () => {
    const seen: Progress[] = [];
    const ctx = { signal: new AbortController().signal, onProgress: (p: Progress) => seen.push(p) };
    const sheets = Array.from({ length: 12 }, (_, i) => `表${i + 1}`);
    await forEachStep(
      sheets,
      (s) => s,
      () => null,
      phase(ctx, 0, 24),
    );
    await forEachStep(
      sheets.slice(0, 9),
      (s) => s,
      () => null,
      phase(ctx, 12, 21),
    ); // 9 of them were ledgers
    const done = seen.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual({ done: 21, total: 21, label: '' });
    expect(seen.every((p) => p.done <= p.total)).toBe(true);
  });

  it('stops at the next step once cancelled', async () => {
    const ac = new AbortController();
    const ran: number[] = [];
    const job = forEachStep(
      [1, 2, 3],
      String,
      (n) => {
        ran.push(n);
        if (n === 1) ac.abort();
      },
      { signal: ac.signal, onProgress: () => undefined },
    );
    await expect(job).rejects.toThrow('cancelled');
    expect(ran).toEqual([1]);
  });
});
