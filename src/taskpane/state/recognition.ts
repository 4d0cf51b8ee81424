/**
 * Saying what is missing instead of "nothing found": for a sheet that is not a ledger, which key columns were not
 * found (the project ledger's required fields) and what the sheet has instead (its most header-like row).
 */
import { cellAt, type Grid } from '../../core/grid';
import type { Ledger } from '../../core/ledger/types';
import type { FieldId, LedgerKind, LedgerKindDef } from '../../core/schema/types';
import type { Lang } from '../i18n';

export interface Unrecognised {
  sheet: string;
  /** The sheet has no values at all. */
  blank: boolean;
  /** Key fields (of a project ledger, the most common kind) with no column. */
  missing: FieldId[];
  /** Texts of the sheet's most header-like row, up to 8. */
  found: string[];
}

const SCAN_ROWS = 15;
const FOUND_MAX = 8;

/** The row among the first 15 with the most text cells: what a clerk would call the sheet's header. */
export function headerLikeTexts(grid: Grid): string[] {
  let best: string[] = [];
  for (let r = 0; r < Math.min(grid.rowCount, SCAN_ROWS); r++) {
    const texts: string[] = [];
    for (let c = 0; c < grid.colCount; c++) {
      const v = cellAt(grid, r, c);
      if (typeof v === 'string' && v.trim() !== '') texts.push(v.trim());
    }
    if (texts.length > best.length) best = texts;
  }
  return best.slice(0, FOUND_MAX);
}

function isBlank(grid: Grid): boolean {
  return grid.values.every((row) => row.every((v) => v === null || v === ''));
}

export function describeUnrecognised(ledger: Ledger, kinds: readonly LedgerKindDef[]): Unrecognised {
  const project = kinds.find((k) => k.kind === 'project');
  const mapped = new Set(ledger.header.columns.map((c) => c.field));
  const missing = (project?.fields ?? []).filter((f) => f.required && !mapped.has(f.id)).map((f) => f.id);
  return { sheet: ledger.sheet, blank: isBlank(ledger.grid), missing, found: headerLikeTexts(ledger.grid) };
}

/** A field's name as the clerk knows it ("总投资"), for a kind; falls back to the project ledger's, then the id. */
export function fieldLabel(
  kinds: readonly LedgerKindDef[],
  kind: LedgerKind | 'unknown',
  field: string,
  lang: Lang,
): string {
  const of = (k: string) => kinds.find((d) => d.kind === k)?.fields.find((f) => f.id === field)?.label[lang];
  return of(kind) ?? of('project') ?? of('reserve') ?? of('measure') ?? field;
}
