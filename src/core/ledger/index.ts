export { readLedger, type ReadLedgerOptions } from './readLedger';
export { sectionLabel, subtotalKind } from './rowLabels';
export * from './types';
