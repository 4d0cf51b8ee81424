import type { Ledger } from '../ledger/types';
import type { PolicyPack } from '../policy/types';
import { UnitDirectory } from '../units';
import { isoDate, resolveAsOf } from './asOf';
import { consolidate, countedFacts, type Consolidated, type SummaryInput } from './consolidate';
import { ledgerCoverage } from './coverage';
import { domainAliases, domainOrder, OTHER_DOMAIN } from './domains';
import { breakdown, totalFigures } from './figures';
import { measureTasks } from './measureTasks';
import type { FactContext, RowFacts } from './rowFacts';
import { stageOrder, UNFILLED } from './stages';
import { targetProgress } from './targets';
import type { CoverageEntry, Summary } from './types';

/** The year targets are for, from the pack's deadlines (used only when no ledger says). */
function packYear(pack: PolicyPack): number {
  const y = pack.targets.map((t) => parseInt(t.deadline.slice(0, 4), 10)).find((n) => Number.isFinite(n));
  return y ?? parseInt(pack.document.date.slice(0, 4), 10);
}

/**
 * The as-of date the ledgers themselves state (YYYY-MM-DD; the month's last day when no day is given), or null when
 * none states one: what a form prefills, before the user chooses.
 */
export function statedAsOf(ledgers: Ledger[], pack: PolicyPack): string | null {
  if (!ledgers.some((l) => l.header.asOf)) return null;
  return isoDate(resolveAsOf(ledgers, packYear(pack)));
}

const contexts = new WeakMap<PolicyPack, FactContext>();

/** One context per pack object (a pack is not edited once loaded), so its memo and facts are shared. */
export function factContext(pack: PolicyPack): FactContext {
  let ctx = contexts.get(pack);
  if (!ctx) {
    const units = new UnitDirectory(pack.units);
    const domains = domainOrder(pack);
    ctx = { domains, domainAliases: domainAliases(pack), measures: pack.measures, units, memo: new Map() };
    contexts.set(pack, ctx);
  }
  return ctx;
}

/** Keys in directory order first (the pack's order is the meeting's order), then others sorted, 未填 last. */
function directoryOrder(keys: Set<string>, ctx: FactContext): string[] {
  const known = ctx.units.entries.map((e) => e.name).filter((n) => keys.has(n));
  const rest = [...keys].filter((k) => !known.includes(k) && k !== UNFILLED).sort();
  return [...known, ...rest, ...(keys.has(UNFILLED) ? [UNFILLED] : [])];
}

export function leadKeys(f: RowFacts): string[] {
  return f.leadUnits.length ? f.leadUnits : [UNFILLED];
}

/** The breakdown orders the summary uses; the report lays rows out in the same order. */
export function breakdownOrders(rows: RowFacts[], ctx: FactContext) {
  const measureNo = (k: string) => parseInt(k.replace(/\D/g, ''), 10);
  const leads = new Set<string>();
  const locations = new Set<string>();
  const stages = new Set<string>();
  const measureSet = new Set<string>();
  for (const f of rows) {
    if (f.leadUnits.length === 0) leads.add(UNFILLED);
    for (const u of f.leadUnits) leads.add(u);
    locations.add(f.location);
    stages.add(f.stage);
    measureSet.add(f.measure);
  }
  const measures = [...measureSet];
  return {
    domain: [...ctx.domains, OTHER_DOMAIN],
    lead: directoryOrder(leads, ctx),
    location: directoryOrder(locations, ctx),
    stage: stageOrder(stages).filter((k) => k !== UNFILLED || stages.has(UNFILLED)),
    measure: [
      ...measures
        .filter((k) => k !== UNFILLED && Number.isFinite(measureNo(k)))
        .sort((a, b) => measureNo(a) - measureNo(b)),
      ...measures.filter((k) => k !== UNFILLED && !Number.isFinite(measureNo(k))).sort(),
      ...(measures.includes(UNFILLED) ? [UNFILLED] : []),
    ],
  };
}

/** One coverage entry per input ledger, in input order; rows are those counted (earlier ledgers win duplicates). */
function coverageOf(inputs: SummaryInput[], consolidated: Consolidated[]): CoverageEntry[] {
  const counted = new Map<Ledger, number>();
  for (const c of consolidated) for (const l of c.ledgers) counted.set(l.ledger, l.counted.filter(Boolean).length);
  return inputs
    .filter((i) => i.ledger.kind !== 'unknown')
    .map((i) => ledgerCoverage(i.source, i.ledger, counted.get(i.ledger) ?? i.ledger.rows.length));
}

/**
 * Figures for a district meeting from one or more ledgers. Amounts in 万元 (targets in their own unit). Subtotal
 * rows are not in Ledger.rows, so they are never counted; a project in two ledgers is counted once.
 */
export function computeSummary(inputs: SummaryInput[], pack: PolicyPack, asOf?: string): Summary {
  const ctx = factContext(pack);
  const projects = consolidate(inputs, 'project', ctx);
  const reserves = consolidate(inputs, 'reserve', ctx);
  const rows = countedFacts(projects);
  const order = breakdownOrders(rows, ctx);
  const projectLedgers: Ledger[] = projects.ledgers.map((l) => l.ledger);
  const date = resolveAsOf(projectLedgers.length ? projectLedgers : inputs.map((i) => i.ledger), packYear(pack), asOf);
  const measureLedgers = inputs.filter((i) => i.ledger.kind === 'measure').map((i) => i.ledger);
  const summary: Summary = {
    asOf: isoDate(date),
    totals: totalFigures(rows),
    byDomain: breakdown(rows, (f) => f.domain, order.domain),
    byLeadUnit: breakdown(rows, leadKeys, order.lead),
    byLocation: breakdown(rows, (f) => f.location, order.location),
    byStage: breakdown(rows, (f) => f.stage, order.stage),
    byMeasure: breakdown(rows, (f) => f.measure, order.measure),
    targets: targetProgress(pack, date, {
      ...(projects.ledgers.length ? { project: rows } : {}),
      ...(reserves.ledgers.length ? { reserve: countedFacts(reserves) } : {}),
    }),
    duplicates: [...projects.duplicates, ...reserves.duplicates],
    merged: [...projects.merged, ...reserves.merged],
    multiLeadProjects: rows.filter((f) => f.leadUnits.length > 1).length,
    coverage: coverageOf(inputs, [projects, reserves]),
  };
  if (measureLedgers.length) summary.measureTasks = measureTasks(measureLedgers, pack.measures);
  return summary;
}
