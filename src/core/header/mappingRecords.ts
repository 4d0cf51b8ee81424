/** How each column of a ledger was read (ColumnRecord[]), for the validate JSON and the pane's recognition card. */
import { fieldDef } from '../schema';
import type { ColumnRecord, HeaderInfo } from './types';

/** The header's own records; for a ledger built by hand (no mapping), derived from its mapped columns. */
export function mappingRecords(header: HeaderInfo): ColumnRecord[] {
  if (header.mapping) return header.mapping;
  const kind = header.kind;
  return header.columns.map((c) => ({
    col: c.col,
    letter: c.letter,
    header: c.header,
    field: c.field,
    how: c.how ?? 'exact',
    confidence: c.confidence ?? 1,
    label: kind === 'unknown' ? null : (fieldDef(kind, c.field)?.label ?? null),
  }));
}
