/**
 * Where a row's lead and cooperating units come from, and whether the policy binds the row (DESIGN.md "Binding and
 * non-binding policy sources"): a row that cites a measure is bound by it; else the first binding rule that
 * applies (places a measure names); else the first non-binding rule, which only proposes units for blank cells.
 * Within a rule every condition given must hold; within a condition any listed value will do.
 */
import type { AssignmentRule, Measure, PolicyPack } from '../policy/types';
import { measureTitle } from '../measure';

/** A row as the assignment rules see it: the cells their conditions test (not totals' RowFacts, the row's figures). */
export interface RowForRules {
  /** The measure the row cites (its 对应措施), when it names exactly one the policy has. */
  measure?: Measure;
  domain?: string;
  location?: string;
  name?: string;
  content?: string;
  channel?: string;
}

/** A policy source for one row: the units it gives, whether it binds, and how to name it to a clerk. */
export interface UnitSource {
  /** Rule id, or `measure-N`. */
  id: string;
  lead: string[];
  coop: string[];
  binding: boolean;
  /** The edit reason: 措施12 · 储备项目有上级资金渠道. */
  label: string;
  /** Who says so, in a conflict sentence: 措施9, 措施3（智能制造谷项目）. */
  who: string;
  method: 'number' | 'text' | 'rule';
  score: number;
}

const norm = (s: string | undefined): string => (s ?? '').normalize('NFKC').replace(/\s+/g, '');

function includesAny(hay: string, needles: string[]): boolean {
  return needles.some((n) => n !== '' && hay.includes(norm(n)));
}

export function ruleMatches(rule: AssignmentRule, f: RowForRules): boolean {
  const w = rule.when;
  const nameText = norm(f.name) + norm(f.content);
  if (w.measure && !(f.measure !== undefined && w.measure.includes(f.measure.number))) return false;
  if (w.domain && !includesAny(norm(f.domain), w.domain)) return false;
  // Location keywords look at the location cell; a row without one is judged by its name and content.
  if (w.location && !includesAny(norm(f.location) || nameText, w.location)) return false;
  if (w.keywords && !includesAny(nameText, w.keywords)) return false;
  if (w.channel && !includesAny(norm(f.channel), w.channel)) return false;
  return true;
}

/** 措施3 · 智能制造谷建设 */
export function measureSource(m: Measure, method: UnitSource['method'] = 'number', score = 1, note = ''): UnitSource {
  const title = measureTitle(m);
  return {
    id: `measure-${m.number}`,
    lead: m.lead,
    coop: m.coop,
    binding: true,
    label: `措施${m.number}${title ? ` · ${title}` : ''}${note}`,
    who: `措施${m.number}`,
    method,
    score,
  };
}

function ruleSource(rule: AssignmentRule, binding: boolean): UnitSource {
  const from = rule.source === undefined ? '' : `措施${rule.source}`;
  return {
    id: rule.id,
    lead: rule.lead,
    coop: rule.coop,
    binding,
    label: from ? `${from} · ${rule.label}` : rule.label,
    who: from ? `${from}（${rule.label}）` : `规则“${rule.label}”`,
    method: 'rule',
    score: 1,
  };
}

const sorted = new WeakMap<AssignmentRule[], Record<string, AssignmentRule[]>>();

/** The pack's rules for one ledger kind by priority, sorted once per pack rather than once per row. */
function rulesFor(pack: PolicyPack, kind: 'project' | 'reserve'): AssignmentRule[] {
  let byKind = sorted.get(pack.rules);
  if (!byKind) sorted.set(pack.rules, (byKind = {}));
  return (byKind[kind] ??= pack.rules.filter((r) => r.kinds.includes(kind)).sort((a, b) => a.priority - b.priority));
}

/** The row's source, or undefined when neither its measure nor any rule gives units. */
export function sourceOf(pack: PolicyPack, kind: 'project' | 'reserve', f: RowForRules): UnitSource | undefined {
  const usable = rulesFor(pack, kind);
  if (f.measure) {
    // A rule keyed on the cited measure refines it, and binds as the measure does.
    const refined = usable.find((r) => r.when.measure && ruleMatches(r, f));
    return refined ? ruleSource(refined, true) : measureSource(f.measure);
  }
  const open = usable.filter((r) => !r.when.measure && ruleMatches(r, f));
  const hit = open.find((r) => r.binding) ?? open[0];
  return hit ? ruleSource(hit, hit.binding) : undefined;
}
