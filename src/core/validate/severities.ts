/** The severities in their order (most serious first) and the one count of issues by severity. */
import type { Severity } from './catalogue/shape';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type SeverityCounts = Record<Severity, number>;

/** Used by the CLI's totals, the pane's badges and the issues sheet's heading alike. */
export function countBySeverity(issues: readonly { severity: Severity }[]): SeverityCounts {
  const c: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) c[i.severity]++;
  return c;
}
