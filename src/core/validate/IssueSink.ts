/**
 * Collects issues for one sheet: applies the user's settings (rule off, severity changed), fills the message
 * template in the chosen language, and keeps issues in sheet order (header first, then by row and column).
 */
import { toA1 } from '../grid';
import { fieldDef } from '../schema';
import type { FieldId, LedgerKind } from '../schema/types';
import { ISSUE_CATALOGUE } from './catalogue';
import type { Issue, Severity, ValidationSettings } from './types';

interface Rule {
  severity: Severity;
  /** The message template split once at its slots: text, slot name, text, slot name, ..., text. */
  parts: string[];
}

export interface IssueAt {
  /** 1-based sheet row. */
  row?: number;
  /** 0-based column; with row, gives the A1 cell. */
  col?: number;
  field?: FieldId;
}

const SLOT_RE = /\{(\w+)\}/;

export class IssueSink {
  private readonly rules = new Map<string, Rule>();
  private readonly items: { key: number; issue: Issue }[] = [];
  private readonly labels = new Map<FieldId, string>();

  constructor(
    private readonly sheet: string,
    private readonly kind: LedgerKind,
    private readonly settings: ValidationSettings,
  ) {
    for (const t of ISSUE_CATALOGUE) {
      const s = settings.rules[t.code];
      if (s?.enabled === false) continue;
      this.rules.set(t.code, { severity: s?.severity ?? t.severity, parts: t.message[settings.lang].split(SLOT_RE) });
    }
  }

  /** True when the rule is on (callers skip costly checks for rules that are off). */
  on(code: string): boolean {
    return this.rules.has(code);
  }

  fieldLabel(field: FieldId): string {
    let label = this.labels.get(field);
    if (label === undefined) {
      const d = fieldDef(this.kind, field);
      this.labels.set(field, (label = d ? d.label[this.settings.lang] : field));
    }
    return label;
  }

  add(code: string, at: IssueAt, params: Record<string, string | number> = {}, suggestion?: string | number): void {
    const rule = this.rules.get(code);
    if (!rule) return;
    const all: Record<string, string | number> = { ...params };
    if (at.row !== undefined) all.row = at.row;
    const cell = at.row !== undefined && at.col !== undefined ? toA1(at.row - 1, at.col) : undefined;
    if (cell) all.cell = cell;
    if (at.field) all.field = this.fieldLabel(at.field);
    if (suggestion !== undefined) all.suggestion = suggestion;
    const message = fill(rule.parts, all);
    const issue: Issue = { code, severity: rule.severity, sheet: this.sheet, message, params: all };
    if (cell) issue.cell = cell;
    if (at.row !== undefined) issue.row = at.row;
    if (at.field) issue.field = at.field;
    if (suggestion !== undefined) issue.suggestion = suggestion;
    // Sort key: header issues (no row) first, then row, then column.
    this.items.push({ key: (at.row ?? 0) * 65536 + (at.col ?? -1) + 1, issue });
  }

  issues(): Issue[] {
    return this.items.sort((a, b) => a.key - b.key).map((i) => i.issue);
  }
}

/** The template's slots filled from params; a slot with no param stays as written ({name}). */
function fill(parts: string[], params: Record<string, string | number>): string {
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const k = parts[i];
    out += (k in params ? String(params[k]) : `{${k}}`) + parts[i + 1];
  }
  return out;
}
