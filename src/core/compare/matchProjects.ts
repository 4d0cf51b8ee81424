/**
 * Matching the projects of two versions. The identity rule is the duplicates' one (normalised name, then owner or
 * total to tell same-named projects apart); a project renamed between weeks is matched by owner + total +
 * location, with a lower confidence, and only when exactly one candidate fits on each side.
 */
import { projectNameKey } from '../totals/projectName';
import type { MatchHow, ProjectVersion } from './types';

export interface Pair {
  previous: ProjectVersion;
  current: ProjectVersion;
  how: MatchHow;
  confidence: number;
}

const CONFIDENCE: Record<MatchHow, number> = { 'name-owner': 1, 'name-total': 0.95, name: 0.9, renamed: 0.6 };

const ownerKey = (p: ProjectVersion): string => projectNameKey(p.owner);

type Key = (p: ProjectVersion) => string | null;

const KEYS: { how: MatchHow; key: Key; unique: boolean }[] = [
  { how: 'name-owner', key: (p) => (p.owner ? `${projectNameKey(p.name)}\u0000${ownerKey(p)}` : null), unique: false },
  {
    how: 'name-total',
    key: (p) => (p.total !== null ? `${projectNameKey(p.name)}\u0000${p.total.toFixed(2)}` : null),
    unique: false,
  },
  { how: 'name', key: (p) => projectNameKey(p.name), unique: true },
  {
    how: 'renamed',
    key: (p) =>
      p.owner && p.total !== null && p.location ? `${ownerKey(p)}\u0000${p.total.toFixed(2)}\u0000${p.location}` : null,
    unique: true,
  },
];

function groupBy(items: ProjectVersion[], key: Key): Map<string, ProjectVersion[]> {
  const m = new Map<string, ProjectVersion[]>();
  for (const p of items) {
    const k = key(p);
    if (k === null) continue;
    const list = m.get(k);
    if (list) list.push(p);
    else m.set(k, [p]);
  }
  return m;
}

/**
 * One pass: pairs in sheet order within each key; with `unique`, only keys held by exactly one project on each
 * side (two same-named projects with no owner or total to tell them apart are not guessed at).
 */
function pass(prev: ProjectVersion[], curr: ProjectVersion[], how: MatchHow, key: Key, unique: boolean): Pair[] {
  const byKey = groupBy(prev, key);
  const currByKey = groupBy(curr, key);
  const pairs: Pair[] = [];
  for (const [k, cs] of currByKey) {
    const ps = byKey.get(k);
    if (!ps) continue;
    if (unique && (ps.length !== 1 || cs.length !== 1)) continue;
    const n = Math.min(ps.length, cs.length);
    for (let i = 0; i < n; i++) pairs.push({ previous: ps[i], current: cs[i], how, confidence: CONFIDENCE[how] });
  }
  return pairs;
}

export function matchProjects(
  previous: ProjectVersion[],
  current: ProjectVersion[],
): { pairs: Pair[]; added: ProjectVersion[]; removed: ProjectVersion[] } {
  let prev = previous;
  let curr = current;
  const pairs: Pair[] = [];
  for (const k of KEYS) {
    const found = pass(prev, curr, k.how, k.key, k.unique);
    if (found.length === 0) continue;
    const usedPrev = new Set(found.map((p) => p.previous));
    const usedCurr = new Set(found.map((p) => p.current));
    prev = prev.filter((p) => !usedPrev.has(p));
    curr = curr.filter((p) => !usedCurr.has(p));
    for (const p of found) pairs.push(p);
  }
  pairs.sort((a, b) => a.current.row - b.current.row);
  return { pairs, added: curr, removed: prev };
}
