/** Grouping and paging of the issue list (view-model logic, kept out of the components). */
import { SEVERITIES } from '../../core/validate/issueCounts';
import type { Issue } from '../../core/validate/types';

export { countByType, type TypeCount } from '../../core/validate/issueCounts';

export function filterIssues(issues: readonly Issue[], code: string | null): Issue[] {
  const list = code ? issues.filter((i) => i.code === code) : [...issues];
  return list.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

/** Short pages: a task pane is narrow and each issue wraps over two or three lines. */
export const PAGE_SIZE = 25;

/**
 * The previous (-1) or next (+1) item of a list from position `at` (−1 when none is selected), kept inside the list,
 * and the page it is on; null for an empty list. Both the issue list and the 周报 findings step this way.
 */
export function stepTo<T>(items: readonly T[], at: number, delta: -1 | 1): { item: T; page: number } | null {
  const index = Math.min(items.length - 1, Math.max(0, at + delta));
  const item = items[index];
  return item === undefined ? null : { item, page: Math.floor(index / PAGE_SIZE) + 1 };
}

export function pageOf<T>(
  items: readonly T[],
  page: number,
  size = PAGE_SIZE,
): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(1, page), pages);
  return { items: items.slice((p - 1) * size, p * size), page: p, pages };
}
