/** Parse problems are issue codes with parameters; clean cells share one frozen empty list (no churn). */
import type { ParsedCell } from './types';

export type Problem = ParsedCell['problems'][number];
export const NO_PROBLEMS: Problem[] = Object.freeze([]) as unknown as Problem[];

export function problem(code: string, params?: Record<string, string | number>): Problem[] {
  return [params ? { code, params } : { code }];
}
