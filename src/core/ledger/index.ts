export { readLedger, type ReadLedgerOptions } from './readLedger';
export { sectionLabel, subtotalKind } from './rowLabels';
export * from './types';
export { ColumnParser } from './ColumnParser';
export { columnParsersOf } from './columnParsers';
export { SheetRow } from './SheetRow';
