export { UnitDirectory } from './UnitDirectory';
export { splitUnitNames } from './splitUnitNames';
export { normaliseName, tidyName } from './normaliseName';
export { nameSimilarity } from './similarity';
export { guessUnitKind } from './guessUnitKind';
export { KNOWN_COLLECTIVES } from './collectives';
export * from './types';
