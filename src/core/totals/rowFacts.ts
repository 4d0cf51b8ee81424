import type { Ledger, LedgerRow } from '../ledger/types';
import { RowMeasureReader, type RowMeasure } from '../measure';
import type { Measure } from '../policy/types';
import type { ParsedCell } from '../parse/types';

import type { FieldId } from '../schema/types';
import type { UnitDirectory } from '../units';
import { domainKey } from './domains';
import { stageKey, UNFILLED } from './stages';

/** One lead unit of a row: the text as typed in the cell (a formula's wildcard uses it) and its canonical name. */
export interface LeadToken {
  token: string;
  unit: string;
}

/** What the totals need from one ledger row, with every classification made once. */
export interface RowFacts {
  row: LedgerRow;
  name: string;
  domain: string;
  leads: LeadToken[];
  /** Distinct canonical lead units (a row with two counts under each). */
  leadUnits: string[];
  location: string;
  stage: string;
  measure: string;
  channel: string;
  total: number;
  planned: number;
  completed: number;
}

export interface FactContext {
  domains: string[];
  domainAliases: Map<string, string>;
  /** The pack's measures: a row's 对应措施 is read against them (measureOfRow). */
  measures: Measure[];
  units: UnitDirectory;
  /** Answers per distinct cell text: a 100,000-row ledger repeats a few dozen texts per column. */
  memo: Map<string, Map<string, unknown>>;
}

function table(ctx: FactContext, kind: string): Map<string, unknown> {
  let m = ctx.memo.get(kind);
  if (!m) ctx.memo.set(kind, (m = new Map()));
  return m;
}

/** `compute(text)` once per distinct text and kind of question. */
function memo<T>(ctx: FactContext, kind: string, text: string, compute: (t: string) => T): T {
  return memoIn(table(ctx, kind), text, compute);
}

function memoIn<T>(m: Map<string, unknown>, text: string, compute: (t: string) => T): T {
  if (m.has(text)) return m.get(text) as T;
  const v = compute(text);
  if (m.size < 50_000) m.set(text, v); // bounded: names are unique per row and are not worth keeping
  return v;
}

export function cellText(cell: ParsedCell | undefined): string {
  if (!cell || cell.empty) return '';
  const v = cell.value;
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.join('、');
  // An error value (#N/A) or a formula without a result has no text: the row counts as 未填 there (the validator
  // reports the cell), never as the text of an object.
  const raw = cell.raw;
  return typeof raw === 'string' ? raw.trim() : typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : '';
}

function amount(cells: LedgerRow['cells'], field: FieldId): number {
  const v = cells[field]?.value;
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

export function leadTokens(cell: ParsedCell | undefined, ctx: FactContext): LeadToken[] {
  if (!cell || cell.empty) return [];
  const units = ctx.units;
  const toTokens = (tokens: string[]) =>
    tokens
      .map((t) => t.trim())
      .filter(Boolean)
      .map((token) => ({ token, unit: units.canonicalOf(token) }));
  if (typeof cell.raw === 'string') return memo(ctx, 'lead', cell.raw, (t) => toTokens(units.split(t)));
  return toTokens(Array.isArray(cell.value) ? cell.value : units.split(cellText(cell)));
}

/** Location keys: a unit name of the directory when the text is one (or holds exactly one township/street/park). */
export function locationKey(text: string, units: UnitDirectory): string {
  const t = text.trim();
  if (!t) return UNFILLED;
  const hit = units.lookup(t);
  if (hit) return hit.name;
  const places = units.entries.filter((e) => e.kind === 'township' || e.kind === 'street' || e.kind === 'park'); // once per distinct text (memo)
  const inside = places.filter((e) => [e.name, ...e.aliases].some((n) => n.length >= 2 && t.includes(n)));
  return inside.length === 1 ? inside[0].name : t;
}

/** By-measure keys of rows that cite no one measure of the pack (the same decision validate and fill make). */
export const SEVERAL_MEASURES = '多条措施（未计入单条措施）';
export const UNMATCHED_MEASURE = '未对应措施（编号在政策中没有或读不出）';

/**
 * A row's by-measure key from the core's one measureOfRow: 措施N for one measure; a cell citing several ("6、7")
 * or a number the policy lacks is counted under its own key, never under the first number it holds.
 */
export function measureKey(found: RowMeasure, cell: ParsedCell | undefined): string {
  if (!cell || cell.empty) return UNFILLED;
  if (found.kind === 'match') return `措施${found.measure.number}`;
  return found.kind === 'several' ? SEVERAL_MEASURES : UNMATCHED_MEASURE;
}

/** What a row's measure is read against besides the row: the ledger's kind and columns. */
type LedgerOfRows = Pick<Ledger, 'kind' | 'header'>;

/** The classifications of one context, each memoised per distinct text (closures made once, not per row). */
interface Classifier {
  domain: (t: string) => string;
  location: (t: string) => string;
  stage: (t: string) => string;
  measure: (row: LedgerRow) => string;
  lead: (cell: ParsedCell | undefined) => { leads: LeadToken[]; units: string[] };
}

const NO_LEADS = { leads: [] as LeadToken[], units: [] as string[] };

function classifier(ctx: FactContext, ledger: LedgerOfRows): Classifier {
  // Each question's table looked up once here, not per row: these run for every row of a 100,000-row ledger.
  const memoised = (kind: string, f: (t: string) => string) => {
    const m = table(ctx, kind) as Map<string, string>;
    return (t: string) => {
      const v = m.get(t); // answers are never undefined
      return v === undefined ? memoIn(m, t, f) : v;
    };
  };
  const leadTable = table(ctx, 'lead-units');
  const measures = new RowMeasureReader(ledger, ctx.measures);
  // Project and reserve rows are judged by their 对应措施 cell alone: one answer per distinct cell value.
  const measureByRaw = new Map<string | number, string>();
  const leadsOf = (cell: ParsedCell) => {
    const leads = leadTokens(cell, ctx);
    return { leads, units: [...new Set(leads.map((l) => l.unit))] };
  };
  return {
    domain: memoised('domain', (t) => domainKey(t, ctx.domains, ctx.domainAliases)),
    location: memoised('location', (t) => locationKey(t, ctx.units)),
    stage: memoised('stage', stageKey),
    measure: (row) => {
      const cell = row.cells.measure;
      if (!cell || cell.empty) return UNFILLED;
      const raw = cell.raw;
      if (typeof raw !== 'string' && typeof raw !== 'number') return measureKey(measures.of(row), cell);
      let k = measureByRaw.get(raw);
      if (k === undefined) {
        k = measureKey(measures.of(row), cell);
        if (measureByRaw.size < 50_000) measureByRaw.set(raw, k);
      }
      return k;
    },
    lead: (cell) => {
      if (!cell || cell.empty) return NO_LEADS;
      if (typeof cell.raw !== 'string') return leadsOf(cell);
      return memoIn(leadTable, cell.raw, () => leadsOf(cell));
    },
  };
}

function factsOf(row: LedgerRow, c: Classifier): RowFacts {
  const cells = row.cells;
  const lead = c.lead(cells.lead);
  return {
    row,
    name: cellText(cells.name),
    domain: c.domain(cellText(cells.domain)),
    leads: lead.leads,
    leadUnits: lead.units,
    location: c.location(cellText(cells.location)),
    stage: c.stage(cellText(cells.stage)),
    measure: c.measure(row),
    channel: cellText(cells.channel),
    total: amount(cells, 'total'),
    planned: amount(cells, 'planned'),
    completed: amount(cells, 'completed'),
  };
}

export function rowFacts(row: LedgerRow, ctx: FactContext, ledger: LedgerOfRows): RowFacts {
  return factsOf(row, classifier(ctx, ledger));
}

/** Facts per ledger and context: computeSummary and buildSummaryLayouts classify the same rows once. */
const factCache = new WeakMap<Ledger, { ctx: FactContext; rows: number; facts: RowFacts[] }>();

export function ledgerFacts(ledger: Ledger, ctx: FactContext): RowFacts[] {
  const hit = factCache.get(ledger);
  if (hit && hit.ctx === ctx && hit.rows === ledger.rows.length) return hit.facts;
  const c = classifier(ctx, ledger);
  const facts = ledger.rows.map((r) => factsOf(r, c));
  factCache.set(ledger, { ctx, rows: ledger.rows.length, facts });
  return facts;
}
