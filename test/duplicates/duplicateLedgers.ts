/**
 * Generated ledgers with planted duplicates, and their truth worked out here from the plan (not by the engine).
 * A duplicate is another row with the same project name written differently (spaces, full-width forms, other
 * brackets) and one of four relations to the first row:
 *   owner    same 建设单位, another total         → the same project: counted once (same name and owner)
 *   exact    same 建设单位 and total              → the same project: counted once (same name and owner)
 *   total    another 建设单位, the same total     → the same project: counted once (same name and total)
 *   distinct another 建设单位 and another total   → two projects: both counted, but the name is still flagged
 */
import { gridFromRows, type CellValue, type Grid } from '../../src/core/grid';

export type Relation = 'owner' | 'exact' | 'total' | 'distinct';
export const RELATIONS: Relation[] = ['owner', 'exact', 'total', 'distinct'];

export interface PlannedRow {
  name: string;
  owner: string;
  domain: string;
  total: number;
  planned: number;
  completed: number;
  channel: string;
  /** The row this one repeats (the first of its name), if it is a repeat. */
  first?: PlannedRow;
  relation?: Relation;
}

/** Deterministic pseudo-random numbers (mulberry32): the same cases on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMAINS = ['工业', '服务业', '城镇基础设施', '交通', '能源'];
const CHANNELS = ['专项债券', '中央预算内投资', '制造业中长期贷款'];
const FULL = (s: string) => s.replace(/[A-Za-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Ways the same name is typed again: the variants the issue names (spaces, full-width forms, brackets). */
export const NAME_VARIANTS: ((s: string) => string)[] = [
  (s) => s,
  (s) => s.replace('（', ' (').replace('）', ') '),
  (s) => s.replace('（', '【').replace('）', '】'),
  (s) => FULL(s),
  (s) => `${s.slice(0, 2)}\u3000${s.slice(2)}`,
  (s) => ` ${s.replace('（', '[').replace('）', ']')}`,
];

function base(i: number, r: () => number): PlannedRow {
  const total = 2000 + Math.round(r() * 40000);
  const planned = Math.round(total * (0.2 + r() * 0.3));
  return {
    name: `第${i + 1}号产业项目（一期）AB${i}`,
    owner: `建设单位${i}有限公司`,
    domain: DOMAINS[i % DOMAINS.length],
    total,
    planned,
    completed: Math.round(planned * r()),
    channel: CHANNELS[i % CHANNELS.length],
  };
}

function repeat(of: PlannedRow, ofIndex: number, relation: Relation, variant: number, r: () => number): PlannedRow {
  const otherTotal = of.total + 1000 + Math.round(r() * 5000);
  const sameOwner = relation === 'owner' || relation === 'exact';
  const sameTotal = relation === 'exact' || relation === 'total';
  return {
    ...of,
    name: NAME_VARIANTS[variant % NAME_VARIANTS.length](of.name),
    owner: sameOwner ? of.owner : `另一建设单位${ofIndex}有限公司`,
    total: sameTotal ? of.total : otherTotal,
    completed: of.completed + Math.round(r() * 100),
    first: of,
    relation,
  };
}

/** `n` distinct projects, then one repeat of each relation per project picked, in shuffled positions. */
export function plan(seed: number, n = 12): PlannedRow[] {
  const r = rng(seed);
  const rows = Array.from({ length: n }, (_, i) => base(i, r));
  const repeats: PlannedRow[] = [];
  RELATIONS.forEach((rel, k) => {
    for (let j = k; j < n; j += RELATIONS.length) repeats.push(repeat(rows[j], j, rel, j + k, r));
  });
  // Repeats go after their first row (anywhere later), so "first seen" is the kept row.
  const out = [...rows];
  for (const rep of repeats) {
    const at = out.indexOf(rep.first!) + 1;
    out.splice(at + Math.floor(r() * (out.length - at + 1)), 0, rep);
  }
  return out;
}

/**
 * Is this planned row counted in the totals? A repeat is the same project as its first row when the owners are
 * the same (and written: a reserve library has none) or the totals are; then only the first row counts.
 */
export function countedInTruth(rows: PlannedRow[], hasOwner = true): boolean[] {
  return rows.map(
    (p) => p.relation === undefined || p.relation === 'distinct' || (!hasOwner && p.relation === 'owner'),
  );
}

export const PROJECT_HEADER: CellValue[] = [
  '序号',
  '项目名称',
  '建设单位',
  '所属领域',
  '总投资（万元）',
  '2023年计划投资（万元）',
  '1-10月完成投资（万元）',
  '牵头责任单位',
];

export function projectGrid(name: string, rows: PlannedRow[]): Grid {
  return gridFromRows(name, [
    ['2023年重点项目台账'],
    PROJECT_HEADER,
    ...rows.map((p, i) => [i + 1, p.name, p.owner, p.domain, p.total, p.planned, p.completed, '区发展改革委']),
  ]);
}

/** Reserve libraries have no 建设单位: a repeat is the same project only by its total. */
export function reserveGrid(name: string, rows: PlannedRow[]): Grid {
  return gridFromRows(name, [
    ['2023年储备项目库'],
    ['序号', '项目名称', '所属领域', '总投资（万元）', '资金渠道', '牵头责任单位'],
    ...rows.map((p, i) => [i + 1, p.name, p.domain, p.total, p.channel, '区发展改革委']),
  ]);
}

/** First sheet row of the data (title and header above). */
export const FIRST_DATA_ROW = 3;
