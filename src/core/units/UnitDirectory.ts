import { KNOWN_COLLECTIVES } from './collectives';
import { normaliseName } from './normaliseName';
import { nameSimilarity } from './similarity';
import { splitUnitNames } from './splitUnitNames';
import type { UnitEntry, UnitKind, UnitResolution } from './types';

/** Below this similarity a name is not worth suggesting. */
const MIN_SUGGESTION_SCORE = 0.3;
const MAX_SUGGESTIONS = 3;
/** Ledgers repeat the same few names thousands of times; remember answers, within bounds. */
const MEMO_LIMIT = 10_000;

interface KeyedName {
  key: string;
  entry: UnitEntry;
  isAlias: boolean;
}

/**
 * The unit directory of a policy pack: canonical names, aliases and collectives, looked up by a normalised key
 * (spaces, full-width forms, bracket styles do not matter). Unknown names get the nearest canonical names.
 */
export class UnitDirectory {
  private readonly byKey = new Map<string, KeyedName>();
  private readonly names: KeyedName[] = [];
  private readonly suggestMemo = new Map<string, string[]>();
  private readonly splitMemo = new Map<string, string[]>();

  constructor(private readonly units: UnitEntry[]) {
    for (const entry of units) {
      this.add(entry.name, entry, false);
      for (const alias of entry.aliases) this.add(alias, entry, true);
    }
  }

  /** All entries, in directory order. */
  get entries(): readonly UnitEntry[] {
    return this.units;
  }

  /** The entry whose canonical name or alias is `name`, if any (exact after normalisation). */
  lookup(name: string): UnitEntry | undefined {
    return this.byKey.get(normaliseName(name))?.entry;
  }

  resolve(name: string): UnitResolution {
    const input = name;
    const key = normaliseName(name);
    const hit = this.byKey.get(key);
    if (hit) {
      const status = hit.entry.kind === 'collective' ? 'collective' : hit.isAlias ? 'alias' : 'canonical';
      return { input, status, canonical: hit.entry.name, kind: hit.entry.kind, suggestions: [] };
    }
    if (looksCollective(key)) return { input, status: 'collective', kind: 'collective', suggestions: [] };
    return { input, status: 'unknown', suggestions: this.suggest(key) };
  }

  /** The canonical name for `name`, or `name` itself (tidied) when the directory does not know it. */
  canonicalOf(name: string): string {
    return this.lookup(name)?.name ?? name.trim();
  }

  /** Splits a cell of several names; collectives (the directory's and the usual ones) stay whole. */
  split(text: string): string[] {
    const known = this.splitMemo.get(text);
    if (known) return [...known];
    const collectives = this.names.filter((n) => n.entry.kind === 'collective').map((n) => n.key);
    const names = splitUnitNames(text, collectives, (n) => this.byKey.has(normaliseName(n)));
    remember(this.splitMemo, text, names);
    return [...names];
  }

  /** Nearest canonical names to `name`, best first. */
  suggest(name: string, limit = MAX_SUGGESTIONS): string[] {
    const key = normaliseName(name);
    const memoKey = `${limit}|${key}`;
    const known = this.suggestMemo.get(memoKey);
    if (known) return [...known];
    const best = new Map<string, number>();
    for (const n of this.names) {
      const score = nameSimilarity(key, n.key);
      if (score > (best.get(n.entry.name) ?? -1)) best.set(n.entry.name, score);
    }
    const ranked = [...best.entries()]
      .filter(([, s]) => s >= MIN_SUGGESTION_SCORE)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) // ties: stable code-point order
      .slice(0, limit)
      .map(([n]) => n);
    remember(this.suggestMemo, memoKey, ranked);
    return [...ranked];
  }

  kindOf(name: string): UnitKind | undefined {
    return this.lookup(name)?.kind;
  }

  private add(name: string, entry: UnitEntry, isAlias: boolean): void {
    const key = normaliseName(name);
    if (!key || this.byKey.has(key)) return; // first entry wins; the pack schema reports duplicates
    const keyed = { key, entry, isAlias };
    this.byKey.set(key, keyed);
    this.names.push(keyed);
  }
}

function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
}

const COLLECTIVE_KEYS = new Set(KNOWN_COLLECTIVES.map(normaliseName));

/** "各…" and the usual group phrases are collectives even when the directory does not list them. */
function looksCollective(key: string): boolean {
  return key.startsWith('各') || COLLECTIVE_KEYS.has(key);
}
