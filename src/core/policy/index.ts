export { builtinValues, defaultPack } from './builtinPack';
export { loadPolicyPack } from './loadPolicyPack';
export { readPolicyPack, upgradePack, type LoadedPack, type PackLoadNote } from './upgradePack';
export { PolicyPackError, type PolicyPackProblem } from './PolicyPackError';
export { parsePolicyText, type ParseOptions } from './parsePolicyText';
export {
  NEW_UNIT_FLAG,
  packFromPolicyText,
  PolicyTextError,
  type PackBase,
  type PackDraft,
  type PackNote,
} from './packFromPolicyText';
export { policyPackSchema } from './schema';
export {
  confirmNewUnits,
  unitsToCheck,
  withMeasureTargets,
  withMeasureUnits,
  withUnitKind,
  type UnitField,
} from './reviewEdits';
export * from './types';
