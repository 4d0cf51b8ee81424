/**
 * compareLedgers(previous, current): what moved in a ledger between two weekly versions (measure 1's 台账周报制度).
 * Projects are matched (matchProjects.ts); per project the changed fields and the completed investment of the
 * period; findings the district office acts on; the period's totals by domain, lead unit and township.
 */
import { toA1 } from '../grid';
import type { Ledger } from '../ledger/types';
import type { PolicyPack } from '../policy/types';
import type { FieldId } from '../schema/types';
import { COMPARE_FINDINGS, fillTemplate } from './findings';
import { matchProjects, type Pair } from './matchProjects';
import { projectVersions } from './projects';
import type {
  CompareCode,
  CompareFinding,
  Comparison,
  FieldChange,
  MatchedProject,
  PeriodBreakdown,
  ProjectVersion,
  VersionSource,
} from './types';

export interface LedgerVersion {
  file: string;
  ledger: Ledger;
}

export interface CompareOptions {
  lang?: 'zh' | 'en';
}

const TEXT_FIELDS = ['name', 'owner', 'location', 'domain', 'stage', 'lead'] as const;
const AMOUNT_FIELDS = ['total', 'planned', 'completed'] as const;
const FIELD_ZH: Record<string, string> = { total: '总投资', planned: '年度计划投资', completed: '累计完成投资' };
const FIELD_EN: Record<string, string> = { total: 'total investment', planned: 'annual plan', completed: 'completed' };

const round2 = (n: number): number => Math.round(n * 100) / 100;
const fmt = (n: number): string => round2(n).toLocaleString('en-US', { maximumFractionDigits: 2 });

function changesOf(p: ProjectVersion, c: ProjectVersion): FieldChange[] {
  const out: FieldChange[] = [];
  for (const f of TEXT_FIELDS) if (p[f] !== c[f]) out.push({ field: f, old: p[f], new: c[f] });
  for (const f of AMOUNT_FIELDS) {
    const a = p[f];
    const b = c[f];
    if ((a === null) !== (b === null) || (a !== null && b !== null && Math.abs(a - b) >= 0.005))
      out.push({ field: f, old: a, new: b });
  }
  return out;
}

function cellOf(v: ProjectVersion, field: FieldId): string | undefined {
  const col = v.columns[field];
  return col === undefined ? undefined : toA1(v.row - 1, col);
}

class Findings {
  readonly list: CompareFinding[] = [];
  constructor(private readonly lang: 'zh' | 'en') {}

  add(code: CompareCode, at: ProjectVersion, field: FieldId | null, params: Record<string, string | number>): void {
    const def = COMPARE_FINDINGS[code];
    const cell = field ? cellOf(at, field) : undefined;
    const all = { cell: cell ?? `第 ${at.row} 行`, name: at.name, row: at.row, ...params };
    if (this.lang === 'en' && !cell) all.cell = `row ${at.row}`;
    this.list.push({
      code,
      severity: def.severity,
      file: at.source.file,
      sheet: at.source.sheet,
      cell,
      row: at.row,
      name: at.name,
      message: fillTemplate(def.message[this.lang], all),
      params: all,
    });
  }
}

function judge(m: MatchedProject, out: Findings, lang: 'zh' | 'en'): void {
  const { previous: p, current: c } = m;
  if (m.how === 'renamed') out.add('project-renamed', c, null, { old: p.name });
  if (p.completed !== null && c.completed !== null && c.completed < p.completed - 0.005) {
    out.add('cumulative-decreased', c, 'completed', { old: fmt(p.completed), new: fmt(c.completed) });
  }
  for (const f of ['total', 'planned'] as const) {
    const a = p[f];
    const b = c[f];
    if (a !== null && b !== null && Math.abs(a - b) >= 0.005) {
      out.add('plan-changed', c, f, { field: (lang === 'en' ? FIELD_EN : FIELD_ZH)[f], old: fmt(a), new: fmt(b) });
    }
  }
  const delta = m.completedThisPeriod;
  if (delta !== null && delta > 0.005 && c.planned !== null && p.completed !== null) {
    const left = c.planned - p.completed;
    if (delta > left + 0.005)
      out.add('period-over-plan-left', c, 'completed', { delta: fmt(delta), left: fmt(Math.max(0, left)) });
  }
  if (delta === null && (p.completed !== null || c.completed !== null)) {
    const side = p.completed === null ? (lang === 'en' ? 'previous' : '上期') : lang === 'en' ? 'current' : '本期';
    out.add('figure-missing', c, 'completed', { side });
  }
}

function toMatched(pair: Pair): MatchedProject {
  const { previous: p, current: c } = pair;
  const delta = p.completed !== null && c.completed !== null ? round2(c.completed - p.completed) : null;
  return { ...pair, changes: changesOf(p, c), completedThisPeriod: delta };
}

/** Period figures keyed by a classification of the current version (domain, lead, location). */
function breakdown(
  matched: MatchedProject[],
  added: ProjectVersion[],
  key: (v: ProjectVersion) => string,
): PeriodBreakdown[] {
  const m = new Map<string, PeriodBreakdown>();
  const bump = (k: string, amount: number): void => {
    const b = m.get(k) ?? { key: k, completedThisPeriod: 0, projects: 0 };
    b.completedThisPeriod = round2(b.completedThisPeriod + amount);
    b.projects += 1;
    m.set(k, b);
  };
  for (const x of matched) bump(key(x.current) || '未填', x.completedThisPeriod ?? 0);
  for (const a of added) bump(key(a) || '未填', a.completed ?? 0);
  return [...m.values()].sort((a, b) => b.completedThisPeriod - a.completedThisPeriod || a.key.localeCompare(b.key));
}

function sum(vs: ProjectVersion[]): number {
  return vs.reduce((s, v) => s + (v.completed ?? 0), 0);
}

export function compareLedgers(
  previous: LedgerVersion,
  current: LedgerVersion,
  pack: PolicyPack,
  options: CompareOptions = {},
): Comparison {
  return compareVersions(
    {
      source: { file: previous.file, sheet: previous.ledger.sheet },
      projects: projectVersions(previous.ledger, previous.file, pack),
    },
    {
      source: { file: current.file, sheet: current.ledger.sheet },
      projects: projectVersions(current.ledger, current.file, pack),
    },
    options,
  );
}

/** The comparison on projects already read (from ledgers, or from a snapshot Taizhang kept in the workbook). */
export function compareVersions(
  previous: { source: VersionSource; projects: ProjectVersion[] },
  current: { source: VersionSource; projects: ProjectVersion[] },
  options: CompareOptions = {},
): Comparison {
  const lang = options.lang ?? 'zh';
  const prev = previous.projects;
  const curr = current.projects;
  const { pairs, added, removed } = matchProjects(prev, curr);
  const matched = pairs.map(toMatched);
  const findings = new Findings(lang);
  for (const m of matched) judge(m, findings, lang);
  for (const r of removed) findings.add('project-removed', r, null, {});
  const matchedSum = round2(matched.reduce((s, m) => s + (m.completedThisPeriod ?? 0), 0));
  const addedSum = round2(sum(added));
  const removedSum = round2(sum(removed));
  return {
    previous: previous.source,
    current: current.source,
    matched,
    added,
    removed,
    totals: {
      matched: matchedSum,
      added: addedSum,
      removed: removedSum,
      net: round2(sum(curr) - sum(prev)),
      newThisPeriod: round2(matchedSum + addedSum),
    },
    byDomain: breakdown(matched, added, (v) => v.domain),
    byLeadUnit: breakdown(matched, added, (v) => v.lead),
    byLocation: breakdown(matched, added, (v) => v.location),
    findings: findings.list,
    figuresMissing: matched.filter((m) => m.completedThisPeriod === null).length,
  };
}

/**
 * More than two versions, oldest first: the comparison of the last two, plus `stalled` for each project of the
 * current version whose cumulative figure has not moved for `periods` periods or more (default 2) and is not done.
 */
export function compareSeries(
  versions: LedgerVersion[],
  pack: PolicyPack,
  options: CompareOptions & { periods?: number } = {},
): Comparison {
  if (versions.length < 2) throw new Error('compareSeries needs at least two versions');
  const lang = options.lang ?? 'zh';
  const need = options.periods ?? 2;
  const last = compareLedgers(versions[versions.length - 2], versions[versions.length - 1], pack, options);
  // Walk back from the current version: how many consecutive periods each project's figure stayed the same.
  let chain = new Map(
    last.matched.map((m) => [m.current, { now: m.previous, periods: m.completedThisPeriod === 0 ? 1 : 0 }]),
  );
  for (let i = versions.length - 2; i > 0; i--) {
    const older = projectVersions(versions[i - 1].ledger, versions[i - 1].file, pack);
    const newer = [...chain.values()].filter((c) => c.periods === versions.length - 1 - i).map((c) => c.now);
    const { pairs } = matchProjects(older, newer);
    const back = new Map(pairs.map((p) => [p.current, p.previous]));
    const next = new Map<ProjectVersion, { now: ProjectVersion; periods: number }>();
    for (const [cur, c] of chain) {
      const o = back.get(c.now);
      const still =
        o !== undefined &&
        c.periods === versions.length - 1 - i &&
        o.completed !== null &&
        c.now.completed !== null &&
        Math.abs(o.completed - c.now.completed) < 0.005;
      next.set(cur, still ? { now: o, periods: c.periods + 1 } : c);
    }
    chain = next;
  }
  const findings = new Findings(lang);
  for (const [cur, c] of chain) {
    const done = cur.planned !== null && cur.completed !== null && cur.completed >= cur.planned;
    if (c.periods >= need && !done)
      findings.add('stalled', cur, 'completed', { periods: c.periods, value: fmt(cur.completed ?? 0) });
  }
  return { ...last, findings: [...last.findings, ...findings.list] };
}
