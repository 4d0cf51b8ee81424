import type { Ledger } from '../ledger/types';
import type { PolicyPack } from '../policy/types';
import type { AssignOptions, AssignmentResult } from './types';

export * from './types';

/** Fills 牵头责任单位 / 配合责任单位 from the policy pack. (Being implemented: returns an empty preview for now.) */
export function assignLeadUnits(ledger: Ledger, pack: PolicyPack, options: AssignOptions): AssignmentResult {
  void ledger;
  void pack;
  void options;
  return { edits: [], conflicts: [], unmatched: [], matches: [], counts: { fill: 0, normalise: 0, overwrite: 0, conflicts: 0, unmatched: 0 } };
}
