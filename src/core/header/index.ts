export { detectHeader, type DetectOptions } from './detectHeader';
export { mapColumns, candidatesOf } from './mapColumns';
export { normaliseHeader, type NormalisedHeader } from './normaliseHeader';
export { matchField, isHeaderWord } from './synonyms';
export { asOfFromNote } from './asOf';
export * from './types';
export {
  parseMapArg,
  parseSheetMappings,
  checkOverridesAgainst,
  mergeOverrides,
  fieldChoices,
  storedOverrides,
  withOverride,
  type MappingProblem,
  type SheetMappings,
} from './overrides';
export { mappingRecords } from './mappingRecords';
