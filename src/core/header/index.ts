export { detectHeader } from './detectHeader';
export { normaliseHeader, type NormalisedHeader } from './normaliseHeader';
export { matchField, isHeaderWord } from './synonyms';
export { asOfFromNote } from './asOf';
export * from './types';
