import type { IssueType } from '../types';
import { CELL_ISSUES } from './cell';
import { HEADER_ISSUES } from './header';
import { POLICY_ISSUES } from './policy';
import { ROW_ISSUES } from './row';

/** Every issue type, grouped header → row → cell → policy (Frictionless Data style). */
export const ISSUE_CATALOGUE: IssueType[] = [...HEADER_ISSUES, ...ROW_ISSUES, ...CELL_ISSUES, ...POLICY_ISSUES];

const BY_CODE = new Map(ISSUE_CATALOGUE.map((t) => [t.code, t]));

export function issueType(code: string): IssueType {
  const t = BY_CODE.get(code);
  if (!t) throw new Error(`unknown issue code: ${code}`);
  return t;
}
