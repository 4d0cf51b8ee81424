/** Grouping and paging of the issue list (view-model logic, kept out of the components). */
import { SEVERITIES } from '../../core/validate/severities';
import type { Issue, IssueType, Severity } from '../../core/validate/types';

export interface TypeCount {
  code: string;
  severity: Severity;
  title: string;
  count: number;
}

/** Counts per issue code, errors first, then by count. Titles come from the catalogue (falls back to the code). */
export function countByType(issues: readonly Issue[], catalogue: readonly IssueType[], lang: 'zh' | 'en'): TypeCount[] {
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

export function filterIssues(issues: readonly Issue[], code: string | null): Issue[] {
  const list = code ? issues.filter((i) => i.code === code) : [...issues];
  return list.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

/** Short pages: a task pane is narrow and each issue wraps over two or three lines. */
export const PAGE_SIZE = 25;

export function pageOf<T>(
  items: readonly T[],
  page: number,
  size = PAGE_SIZE,
): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(1, page), pages);
  return { items: items.slice((p - 1) * size, p * size), page: p, pages };
}
