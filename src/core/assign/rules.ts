/**
 * Rule matching for project ledgers and reserve libraries. The row's own 对应措施 comes first (the clerk said
 * which measure it serves); then the pack's rules by priority, the first that matches wins.
 * Within a rule every condition given must hold; within a condition any listed value will do.
 */
import type { AssignmentRule, Measure, PolicyPack } from '../policy/types';

export interface RowFacts {
  measure?: number;
  domain?: string;
  location?: string;
  name?: string;
  content?: string;
  channel?: string;
}

export interface RuleHit {
  /** Rule id, or `measure-N` for the row's own measure. */
  source: string;
  lead: string[];
  coop: string[];
  /** The rule's description (Chinese), absent for a measure hit. */
  rule?: AssignmentRule;
  measure?: Measure;
}

const norm = (s: string | undefined): string => (s ?? '').normalize('NFKC').replace(/\s+/g, '');

function includesAny(hay: string, needles: string[]): boolean {
  return needles.some((n) => n !== '' && hay.includes(norm(n)));
}

export function ruleMatches(rule: AssignmentRule, f: RowFacts): boolean {
  const w = rule.when;
  const nameText = norm(f.name) + norm(f.content);
  if (w.measure && !(f.measure !== undefined && w.measure.includes(f.measure))) return false;
  if (w.domain && !includesAny(norm(f.domain), w.domain)) return false;
  // Location keywords look at the location cell; a row without one is judged by its name and content.
  if (w.location && !includesAny(norm(f.location) || nameText, w.location)) return false;
  if (w.keywords && !includesAny(nameText, w.keywords)) return false;
  if (w.channel && !includesAny(norm(f.channel), w.channel)) return false;
  return true;
}

export function findRule(rules: AssignmentRule[], pack: PolicyPack, kind: 'project' | 'reserve', f: RowFacts): RuleHit | undefined {
  const usable = rules.filter((r) => r.kinds.includes(kind)).sort((a, b) => a.priority - b.priority);
  const measureOf = (n: number | undefined): Measure | undefined => (n === undefined ? undefined : pack.measures.find((m) => m.number === n));
  if (f.measure !== undefined) {
    const byMeasure = usable.find((r) => r.when.measure && ruleMatches(r, f));
    if (byMeasure) return { source: byMeasure.id, lead: byMeasure.lead, coop: byMeasure.coop, rule: byMeasure, measure: measureOf(byMeasure.source) };
    const m = measureOf(f.measure);
    if (m) return { source: `measure-${m.number}`, lead: m.lead, coop: m.coop, measure: m };
  }
  const hit = usable.find((r) => !r.when.measure && ruleMatches(r, f));
  return hit ? { source: hit.id, lead: hit.lead, coop: hit.coop, rule: hit, measure: measureOf(hit.source) } : undefined;
}
