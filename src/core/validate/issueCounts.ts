/** The severities in their order (most serious first), and the counts of issues: by severity, by type. */
import type { Lang, Severity } from './catalogue/shape';
import type { Issue, IssueType } from './types';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type SeverityCounts = Record<Severity, number>;

/** Used by the CLI's totals, the pane's badges and the issues sheet's heading alike. */
export function countBySeverity(issues: readonly { severity: Severity }[]): SeverityCounts {
  const c: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) c[i.severity]++;
  return c;
}

export interface TypeCount {
  code: string;
  severity: Severity;
  title: string;
  count: number;
}

/** Counts per issue code, errors first, then by count. Titles come from the catalogue (falls back to the code). */
export function countByType(issues: readonly Issue[], catalogue: readonly IssueType[], lang: Lang): TypeCount[] {
  const byCode = new Map<string, TypeCount>();
  for (const i of issues) {
    const c = byCode.get(i.code);
    if (c) c.count++;
    else {
      const def = catalogue.find((d) => d.code === i.code);
      byCode.set(i.code, { code: i.code, severity: i.severity, title: def ? def.title[lang] : i.code, count: 1 });
    }
  }
  return [...byCode.values()].sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      b.count - a.count ||
      a.code.localeCompare(b.code),
  );
}
