/** One problem found in a policy pack: where (a field path like measures[3].lead) and what, in Chinese. */
export interface PolicyPackProblem {
  path: string;
  message: string;
  /** The field in a clerk's words (措施 4 的牵头单位), when known. */
  where?: string;
}

/** Thrown by loadPolicyPack; the message names the broken fields (政策包字段 measures[3].lead（措施 4 的牵头单位）有误：…). */
export class PolicyPackError extends Error {
  readonly problems: PolicyPackProblem[];

  constructor(problems: PolicyPackProblem[]) {
    const shown = problems
      .slice(0, 5)
      .map((p) => `政策包字段 ${p.path || '（根）'}${p.where ? `（${p.where}）` : ' '}有误：${p.message}`);
    const more = problems.length > 5 ? `；另有 ${problems.length - 5} 处问题` : '';
    super(shown.join('；') + more);
    this.name = 'PolicyPackError';
    this.problems = problems;
  }

  /** The first problem's field path. */
  get path(): string {
    return this.problems[0]?.path ?? '';
  }
}

/** Formats a zod-style path as measures[3].lead. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}
