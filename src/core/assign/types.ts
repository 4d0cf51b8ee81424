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
  /** Why: the measure or rule behind it, in Chinese. */
  reason: string;
  /** Rule id or `measure-N`. */
  source: string;
}

export interface AssignConflict {
  sheet: string;
  cell: string;
  row: number;
  field: FieldId;
  existing: string;
  proposed: string;
  reason: string;
}

export interface AssignUnmatched {
  sheet: string;
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
