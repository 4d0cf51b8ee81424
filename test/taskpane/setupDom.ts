/** jsdom lacks ResizeObserver (Fluent's MessageBar uses it); jest-axe's matcher is added once for all view tests. */
import { toHaveNoViolations } from 'jest-axe';

expect.extend(toHaveNoViolations);

class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as { ResizeObserver?: unknown };
if (typeof window !== 'undefined' && !g.ResizeObserver) g.ResizeObserver = NoopResizeObserver;
