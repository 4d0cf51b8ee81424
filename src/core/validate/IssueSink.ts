/**
 * Collects issues for one sheet: applies the user's settings (rule off, severity changed), fills the message
 * template in the chosen language, drops the findings a rule declared it suppresses, and keeps issues in sheet
 * order (header first, then by row and column). Only catalogue codes with all their parameters are accepted:
 * the types come from the catalogue's own templates (catalogue/index.ts).
 */
import { toA1 } from '../grid';
import { fieldDef } from '../schema';
import type { FieldId, LedgerKind } from '../schema/types';
import { CATALOGUE, type IssueAt, type IssueCode, type ParamsArg } from './catalogue';
import { fillTemplate } from './fillTemplate';
import type { Issue, Severity, ValidationSettings } from './types';

/** code → the codes whose findings on the same row hide it (from the rules' `suppresses`). */
export type Suppressions = ReadonlyMap<IssueCode, readonly IssueCode[]>;

interface Loose {
  row?: number;
  col?: number;
  field?: FieldId;
}

export class IssueSink {
  private readonly severities = new Map<IssueCode, Severity>();
  private readonly items: { key: number; issue: Issue }[] = [];
  private readonly labels = new Map<FieldId, string>();
  /** Rows on which each suppressing code was raised. */
  private readonly raisedOn = new Map<IssueCode, Set<number>>();
  private readonly suppressors = new Set<IssueCode>();

  constructor(
    private readonly sheet: string,
    private readonly kind: LedgerKind,
    private readonly settings: ValidationSettings,
    private readonly suppressions: Suppressions = new Map(),
  ) {
    for (const code of Object.keys(CATALOGUE) as IssueCode[]) {
      const s = settings.rules[code];
      if (s?.enabled !== false) this.severities.set(code, s?.severity ?? CATALOGUE[code].severity);
    }
    for (const by of suppressions.values()) for (const c of by) this.suppressors.add(c);
  }

  /** True when the rule is on (callers skip costly checks for rules that are off). */
  on(code: IssueCode): boolean {
    return this.severities.has(code);
  }

  fieldLabel(field: FieldId): string {
    let label = this.labels.get(field);
    if (label === undefined) {
      const d = fieldDef(this.kind, field);
      this.labels.set(field, (label = d ? d.label[this.settings.lang] : field));
    }
    return label;
  }

  add<C extends IssueCode>(code: C, at: IssueAt<C>, ...params: ParamsArg<C>): void {
    const severity = this.severities.get(code);
    if (severity === undefined) return;
    const where = at as Loose;
    const given = (params[0] ?? {}) as Record<string, string | number | readonly string[] | undefined>;
    const auto: Record<string, string | number> = {};
    if (where.row !== undefined) auto.row = where.row;
    const cell = where.row !== undefined && where.col !== undefined ? toA1(where.row - 1, where.col) : undefined;
    if (cell) auto.cell = cell;
    if (where.field) auto.field = this.fieldLabel(where.field);
    const { message, params: filled } = fillTemplate(code, this.settings.lang, { ...given, ...auto });
    const issue: Issue = { code, severity, sheet: this.sheet, message, params: filled };
    if (cell) issue.cell = cell;
    if (where.row !== undefined) issue.row = where.row;
    if (where.field) issue.field = where.field;
    if (given.suggestion !== undefined) issue.suggestion = given.suggestion as string | number;
    if (this.suppressors.has(code) && where.row !== undefined) {
      let rows = this.raisedOn.get(code);
      if (!rows) this.raisedOn.set(code, (rows = new Set()));
      rows.add(where.row);
    }
    // Sort key: header issues (no row) first, then row, then column.
    this.items.push({ key: (where.row ?? 0) * 65536 + (where.col ?? -1) + 1, issue });
  }

  issues(): Issue[] {
    const kept = this.raisedOn.size ? this.items.filter((i) => !this.suppressed(i.issue)) : this.items;
    return kept.sort((a, b) => a.key - b.key).map((i) => i.issue);
  }

  private suppressed(issue: Issue): boolean {
    const by = this.suppressions.get(issue.code);
    if (!by || issue.row === undefined) return false;
    const row = issue.row;
    return by.some((c) => this.raisedOn.get(c)?.has(row) === true);
  }
}
