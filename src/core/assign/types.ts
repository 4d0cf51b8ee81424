import type { CellValue } from '../grid';
import type { FieldId } from '../schema/types';

/** One proposed cell write. Rows 1-based, col 0-based, cell A1. */
export interface CellEdit {
  sheet: string;
  cell: string;
  row: number;
  col: number;
  field: FieldId;
  old: CellValue;
  new: string | number;
  kind: 'fill' | 'normalise' | 'overwrite';
  /** Why, in one glance: the measure or rule behind it (措施12 · 储备项目有上级资金渠道). */
  reason: string;
  /** Rule id or `measure-N`. */
  source: string;
  /** True when the policy binds the row (it cites a measure, or a binding rule applies); false for a pack default. */
  binding: boolean;
}

/** A bound row's filled cell that names none of the policy's units (see cellProposal.ts): left alone, shown. */
export interface AssignConflict {
  sheet: string;
  cell: string;
  row: number;
  field: FieldId;
  existing: string;
  proposed: string;
  /** Rule id or `measure-N` that binds the row. */
  source: string;
  /** One sentence: 现为区工信局；措施9 规定牵头为区发展改革委. */
  reason: string;
}

export interface AssignUnmatched {
  sheet: string;
  /** Where to look (A1): the row's lead cell, else its task / project name; a header cell for a sheet-wide note. */
  cell: string;
  row: number;
  text: string;
  reason: string;
  /** Best candidate and its score, when there was one below the threshold. */
  best?: { measure: number; score: number };
}

export interface AssignOptions {
  overwrite: boolean; // replace non-empty cells that disagree with the pack
  normalise: boolean; // rewrite aliases to canonical names
  threshold?: number; // text-match threshold 0..1
}

export interface AssignmentResult {
  edits: CellEdit[];
  conflicts: AssignConflict[];
  unmatched: AssignUnmatched[];
  /** Per row: which measure/rule matched and how well. */
  matches: { sheet: string; row: number; source: string; score: number; method: 'number' | 'text' | 'rule' }[];
  counts: { fill: number; normalise: number; overwrite: number; conflicts: number; unmatched: number };
}
