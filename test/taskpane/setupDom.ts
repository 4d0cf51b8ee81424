/** jsdom lacks ResizeObserver (Fluent's MessageBar uses it); jest-axe's matcher is added once for all view tests. */
import { toHaveNoViolations } from 'jest-axe';
import { format } from 'node:util';

expect.extend(toHaveNoViolations);

class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as { ResizeObserver?: unknown };
if (typeof window !== 'undefined' && !g.ResizeObserver) g.ResizeObserver = NoopResizeObserver;

/**
 * A React "not wrapped in act(...)" warning fails the test that caused it: it means a state update landed after
 * the test stopped waiting, so what the test checked may not be what the user sees.
 */
const actWarnings: string[] = [];
let restoreConsole: (() => void) | null = null;
beforeEach(() => {
  actWarnings.length = 0;
  const original = console.error;
  console.error = (...args: unknown[]) => {
    const text = format(...args);
    if (text.includes('not wrapped in act(')) actWarnings.push(text.split('\n')[0]);
    original(...args);
  };
  restoreConsole = () => (console.error = original);
});
afterEach(() => {
  restoreConsole?.();
  if (actWarnings.length > 0) throw new Error(`React act() warnings: ${actWarnings.join('; ')}`);
});
