/**
 * Turns "this row's lead (or coop) units should be X" into an edit, a conflict or nothing, by the house rules:
 * a blank cell is filled; a non-empty cell is never overwritten unless asked, and only ever when it conflicts.
 *
 * What a conflict is (DESIGN.md "Binding and non-binding policy sources"): the row is bound by the policy (it cites
 * a measure, is a task of a measure task ledger, or a binding rule applies), the policy names units for the field,
 * the cell names at least one single unit the directory knows (not a collective), and none of those is one of the
 * policy's (a collective of the policy's counting for the units it covers). This holds for 牵头 cells, and for 配合 cells of measure task
 * ledgers only: a project's 配合 names who helps with that project, which adds to the measure's list rather than
 * contradicting it. So a cell naming some of the units the policy lists jointly, or the policy's units plus others,
 * is not a conflict; a cell of names the directory does not know, or of collectives only, is not one either
 * (validate reports those as unknown-unit / unit-collective); a non-binding source never makes one.
 */
import type { CellValue } from '../grid';
import { isCellError, toA1 } from '../grid';
import type { Ledger, LedgerRow } from '../ledger/types';
import { fieldColumn } from '../ledger/types';
import type { UnitSource } from './sources';
import type { AssignConflict, AssignOptions, CellEdit } from './types';
import type { UnitNamer } from './unitNames';
import { canonicalList, cellUnits, joinUnits, knownUnits, sameUnits, shareUnit } from './unitNames';

export type UnitField = 'lead' | 'coop';

const FIELD_LABEL: Record<UnitField, string> = { lead: '牵头', coop: '配合' };

export interface ProposalContext {
  ledger: Ledger;
  namer: UnitNamer;
  options: AssignOptions;
  edits: CellEdit[];
  conflicts: AssignConflict[];
}

/** The cell's text, or '' when it is empty or empty-looking. */
export function cellText(ledger: Ledger, row: LedgerRow, field: UnitField): { raw: CellValue; text: string } {
  const col = fieldColumn(ledger, field);
  const parsed = row.cells[field];
  const raw: CellValue = parsed
    ? parsed.raw
    : col === undefined
      ? null
      : (ledger.grid.values[row.index]?.[col] ?? null);
  if (parsed?.empty || raw === null || isCellError(raw)) return { raw, text: '' };
  const text = String(raw).trim();
  return { raw, text: /^[-/—－／无\s]*$/.test(text) ? '' : text };
}

/** One sentence: 现为区工信局；措施9 规定牵头为区发展改革委. */
export function conflictReason(existing: string, src: UnitSource, field: UnitField, proposed: string): string {
  return `现为${existing}；${src.who}${src.who.endsWith('）') ? '' : ' '}规定${FIELD_LABEL[field]}为${proposed}`;
}

export function propose(ctx: ProposalContext, row: LedgerRow, field: UnitField, src: UnitSource): void {
  const col = fieldColumn(ctx.ledger, field);
  if (col === undefined) return; // reported once per sheet by the caller
  const units = field === 'lead' ? src.lead : src.coop;
  const { raw, text } = cellText(ctx.ledger, row, field);
  const proposed = canonicalList(ctx.namer, units);
  const newText = joinUnits(proposed);
  const base = {
    sheet: ctx.ledger.sheet,
    cell: toA1(row.index, col),
    row: row.row,
    col,
    field,
    old: raw,
    source: src.id,
    binding: src.binding,
  };

  if (text === '') {
    if (newText) ctx.edits.push({ ...base, new: newText, kind: 'fill', reason: src.label });
    return;
  }
  if (proposed.length > 0 && sameUnits(cellUnits(ctx.namer, text), proposed)) {
    if (ctx.options.normalise && text !== newText)
      ctx.edits.push({ ...base, new: newText, kind: 'normalise', reason: `规范名称 · ${src.label}` });
    return;
  }
  if (!conflicts(ctx, field, src, text, proposed)) {
    normaliseInPlace(ctx, row, field, src.label, src.id);
    return;
  }
  if (ctx.options.overwrite) {
    ctx.edits.push({ ...base, new: newText, kind: 'overwrite', reason: `${src.label}（原为 ${text}）` });
    return;
  }
  ctx.conflicts.push({
    sheet: ctx.ledger.sheet,
    cell: base.cell,
    row: row.row,
    field,
    existing: text,
    proposed: newText,
    source: src.id,
    reason: conflictReason(text, src, field, newText),
  });
}

function conflicts(ctx: ProposalContext, field: UnitField, src: UnitSource, text: string, proposed: string[]): boolean {
  if (!src.binding || proposed.length === 0) return false;
  if (field === 'coop' && ctx.ledger.kind !== 'measure') return false;
  const known = knownUnits(ctx.namer, text);
  return known.length > 0 && !shareUnit(ctx.namer, known, proposed);
}

/** With normalising on, rewrites aliases in a cell to canonical names, keeping the clerk's order. */
export function normaliseInPlace(
  ctx: ProposalContext,
  row: LedgerRow,
  field: UnitField,
  why: string,
  source = 'unit-directory',
): void {
  const col = fieldColumn(ctx.ledger, field);
  if (col === undefined || !ctx.options.normalise) return;
  const { raw, text } = cellText(ctx.ledger, row, field);
  if (text === '') return;
  const names = ctx.namer.split(text);
  if (!names.some((n) => ctx.namer.resolve(n).status === 'alias')) return;
  const newText = joinUnits(canonicalList(ctx.namer, names));
  if (newText === text) return;
  ctx.edits.push({
    sheet: ctx.ledger.sheet,
    cell: toA1(row.index, col),
    row: row.row,
    col,
    field,
    old: raw,
    new: newText,
    kind: 'normalise',
    reason: why ? `规范名称 · ${why}` : '规范名称',
    source,
    binding: false,
  });
}
