/** The pack the assignment tests run on: the built-in one. Expectations never come from it (see policyUnits.ts). */
import { defaultPack } from '../../src/core/policy';
import type { PolicyPack } from '../../src/core/policy/types';

export function testPack(): PolicyPack {
  return defaultPack();
}

/** The same pack without assignment rules: only 对应措施 can assign. */
export function packWithoutRules(): PolicyPack {
  return { ...defaultPack(), rules: [] };
}
