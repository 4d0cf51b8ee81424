/**
 * Turns "this row's lead (or coop) units should be X" into an edit, a conflict or nothing, by the house rules:
 * never overwrite a non-empty cell unless asked; a cell that already agrees (as a set of canonical names) is left
 * alone, or rewritten to canonical names when normalising is asked for.
 */
import type { CellValue } from '../grid';
import { isCellError, toA1 } from '../grid';
import type { Ledger, LedgerRow } from '../ledger/types';
import { fieldColumn } from '../ledger/types';
import type { AssignConflict, AssignOptions, CellEdit } from './types';
import type { UnitNamer } from './unitNames';
import { canonicalList, cellUnits, joinUnits, sameUnits, unknownNames } from './unitNames';

export type UnitField = 'lead' | 'coop';

export const FIELD_LABEL: Record<UnitField, string> = { lead: '牵头', coop: '配合' };

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
  const raw: CellValue = parsed ? parsed.raw : col === undefined ? null : (ledger.grid.values[row.index]?.[col] ?? null);
  if (parsed?.empty || raw === null || isCellError(raw)) return { raw, text: '' };
  const text = String(raw).trim();
  return { raw, text: /^[-/—－／无\s]*$/.test(text) ? '' : text };
}

export function propose(
  ctx: ProposalContext,
  row: LedgerRow,
  field: UnitField,
  units: string[],
  why: string,
  source: string,
): void {
  const col = fieldColumn(ctx.ledger, field);
  if (col === undefined) return; // reported once per sheet by the caller
  const { raw, text } = cellText(ctx.ledger, row, field);
  const proposed = canonicalList(ctx.namer, units);
  const newText = joinUnits(proposed);
  const base = { sheet: ctx.ledger.sheet, cell: toA1(row.index, col), row: row.row, col, field, old: raw, source };
  const reason = `${why}：${FIELD_LABEL[field]} ${newText || '（无）'}`;

  if (text === '') {
    if (newText) ctx.edits.push({ ...base, new: newText, kind: 'fill', reason });
    return;
  }
  // The policy names no units here (the 工业 rule gives no 配合单位): the clerk's own units cannot disagree with
  // silence, so they are kept as they are (aliases still rewritten when normalising is asked for).
  if (proposed.length === 0) {
    normaliseInPlace(ctx, row, field, why);
    return;
  }
  const existing = cellUnits(ctx.namer, text);
  if (sameUnits(existing, proposed)) {
    if (ctx.options.normalise && text !== newText) {
      ctx.edits.push({ ...base, new: newText, kind: 'normalise', reason: `${why}：改为规范名称 ${newText}` });
    }
    return;
  }
  if (ctx.options.overwrite) {
    ctx.edits.push({ ...base, new: newText, kind: 'overwrite', reason: `${reason}（原为 ${text}）` });
    return;
  }
  // A cell naming some of the policy's units lacks the rest; say which, so the clerk adds them, not replaces.
  // A name the directory does not know is most likely a slip of the pen (区工信委), not a policy disagreement.
  const missing = proposed.filter((n) => !existing.includes(n));
  const unknown = unknownNames(ctx.namer, text);
  const partial = existing.every((n) => proposed.includes(n));
  const verdict = unknown.length
    ? `「${joinUnits(unknown)}」不是已知单位名称，请改为规范名称`
    : partial ? `缺少「${joinUnits(missing)}」` : '与政策不一致';
  ctx.conflicts.push({
    sheet: ctx.ledger.sheet,
    cell: base.cell,
    row: row.row,
    field,
    existing: text,
    proposed: newText,
    reason: `${why}：${FIELD_LABEL[field]}应为「${newText}」，表中为「${text}」，${verdict}，未改动`,
  });
}

/** With normalising on, rewrites aliases in a cell to canonical names, keeping the clerk's order. */
export function normaliseInPlace(ctx: ProposalContext, row: LedgerRow, field: UnitField, why: string): void {
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
    reason: `${why}：改为规范名称 ${newText}`,
    source: 'unit-directory',
  });
}
