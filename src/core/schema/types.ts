/** Ledger kinds and their fields, as data. The synonyms themselves live in ledgerKinds.ts (data, not code). */

export type LedgerKind = 'project' | 'reserve' | 'measure';

/** Stable field names (DESIGN.md "CLI JSON"). */
export const FIELD_IDS = [
  'seq',
  'name',
  'owner',
  'location',
  'nature',
  'content',
  'domain',
  'stage',
  'total',
  'planned',
  'completed',
  'rate',
  'start',
  'end',
  'progress',
  'problems',
  'lead',
  'coop',
  'leader',
  'measure',
  'channel',
  'status',
  'deadline',
  'remark',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

/** How a field's cells are parsed and checked. */
export type FieldType =
  | 'text'
  | 'amount' // money, normalised to 万元
  | 'integer'
  | 'percent'
  | 'date'
  | 'enum'
  | 'unit' // one organisation of the unit directory
  | 'units' // one or more organisations joined by 、
  | 'measure'; // a measure number of the policy pack

export interface FieldDef {
  id: FieldId;
  type: FieldType;
  /** Header texts that mean this field, compared after normalisation (spaces, brackets, units, year prefixes removed). */
  synonyms: string[];
  required?: boolean;
  /** Allowed values for enum fields (canonical form first; see enumAliases). */
  enumValues?: string[];
  /** Other spellings accepted for enum values -> canonical value. */
  enumAliases?: Record<string, string>;
  /**
   * Enum fields whose values the policy decides: taken from this list of the pack (kindDefFor), so a new pack
   * changes what validation accepts and what the totals break down by alike.
   */
  enumFrom?: 'domains' | 'channels';
  label: { zh: string; en: string };
  /**
   * Date fields only: also accept the terms clerks write for deadlines (长期坚持, 每季度, 年底前 as written;
   * 2023年底, 2023年6月底 as dates). See parse/deadlineTerms.ts.
   */
  acceptsTerms?: boolean;
}

export interface LedgerKindDef {
  kind: LedgerKind;
  label: { zh: string; en: string };
  fields: FieldDef[];
  /** The figures summaries need from this kind: a missing one is a missing-field warning and a coverage gap. */
  keyFigures?: FieldId[];
  /** Fields whose presence identifies this kind (weights used for the confidence score). */
  signature: Partial<Record<FieldId, number>>;
}
