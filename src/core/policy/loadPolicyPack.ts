import { checkPack } from './checkPack';
import { describeField } from './fieldNames';
import { formatPath, PolicyPackError } from './PolicyPackError';
import { policyPackSchema } from './schema';
import type { PolicyPackProblem } from './PolicyPackError';
import type { PolicyPack } from './types';
import { chineseMessage } from './zodMessages';

/** Checks `json` against the pack schema and the cross-field rules; throws PolicyPackError naming the field. */
export function loadPolicyPack(json: unknown): PolicyPack {
  const parsed = policyPackSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    throw new PolicyPackError(
      parsed.error.issues.map((i) => withWhere({ path: formatPath(i.path), message: chineseMessage(i) }, json)),
    );
  }
  const pack: PolicyPack = parsed.data;
  const problems = checkPack(pack);
  if (problems.length > 0) throw new PolicyPackError(problems.map((p) => withWhere(p, json)));
  return pack;
}

function withWhere(p: PolicyPackProblem, json: unknown): PolicyPackProblem {
  const where = describeField(p.path, json);
  return where ? { ...p, where } : p;
}
