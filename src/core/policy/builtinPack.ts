import pack from '../../policies/yuanhui-2023.json';
import { loadPolicyPack } from './loadPolicyPack';
import type { PolicyPack } from './types';

let cached: PolicyPack | undefined;

/** The built-in pack for 源政办〔2023〕5号 (src/policies/yuanhui-2023.json), checked once; callers get a copy. */
export function defaultPack(): PolicyPack {
  cached ??= loadPolicyPack(pack);
  return JSON.parse(JSON.stringify(cached)) as PolicyPack; // a deep copy: callers may edit their pack
}

/**
 * The built-in pack's domains and channels, not copied (read only): what a ledger read without a pack is
 * checked against, and what a pack stored before those lists existed is given (upgradePack). One object, so the
 * field definitions made from it are made once.
 */
export function builtinValues(): Readonly<Pick<PolicyPack, 'domains' | 'channels'>> {
  cached ??= loadPolicyPack(pack);
  return cached;
}
