import type { CellValue } from '../grid';

/**
 * One SUMIFS/COUNTIFS criterion as data, so that the same thing is rendered to Excel text and predicted here
 * (a formula is only written when its predicted value equals the engine's figure).
 */
export type Criterion =
  | { col: number; op: 'eq'; text: string } // the cell equals the text (case-insensitive), as typed
  | { col: number; op: 'contains'; text: string } // "*text*": multi-unit cells
  | { col: number; op: 'blank' } // "": empty cells
  | { col: number; op: 'gte'; num: number }; // ">=N": numeric cells only

/** Excel's criteria limit is 255 characters; longer texts cannot be matched by a criterion. */
const MAX_CRITERION = 250;

/** Escapes Excel wildcards (* ? ~) so a typed text matches itself. */
export function escapeWildcards(text: string): string {
  return text.replace(/[~*?]/g, (c) => `~${c}`);
}

/** The criterion as the text argument of SUMIFS (inside a string literal; quotes doubled by the caller). */
export function criterionText(c: Criterion): string {
  switch (c.op) {
    case 'eq':
      return escapeWildcards(c.text);
    case 'contains':
      return `*${escapeWildcards(c.text)}*`;
    case 'blank':
      return '';
    case 'gte':
      return `>=${c.num}`;
  }
}

/**
 * False when the criterion's meaning would depend on the engine: texts that look like numbers, dates or
 * operators (Excel reads "=x", "<5", "12" as comparisons), and texts past the criteria length limit.
 */
export function isPredictable(c: Criterion): boolean {
  if (c.op === 'blank') return true;
  if (c.op === 'gte') return Number.isFinite(c.num);
  const t = c.text;
  if (t.length === 0 || t.length > MAX_CRITERION) return false;
  if (/^[=<>]/.test(t)) return false;
  if (c.op === 'eq' && (/^[\s\d.,+\-/:%$()]+$/.test(t) || /^\s|\s$/.test(t))) return false;
  return true;
}

/** Whether a cell meets the criterion, as Excel and HyperFormula decide it (case-insensitive, text vs numbers). */
export function matches(c: Criterion, v: CellValue): boolean {
  switch (c.op) {
    case 'blank':
      return v === null || v === '';
    case 'gte':
      return typeof v === 'number' && v >= c.num;
    case 'eq':
      return typeof v === 'string' && v.toLowerCase() === c.text.toLowerCase();
    case 'contains':
      return typeof v === 'string' && v.toLowerCase().includes(c.text.toLowerCase());
  }
}

/** One way of matching rows: the criteria and a key that tells equal ones apart (shared objects, built once). */
export interface Alt {
  key: string;
  criteria: Criterion[];
}
