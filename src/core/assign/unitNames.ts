/**
 * Unit names for assignment: split a cell into names, canonicalise them, compare two cells as sets,
 * and write a list the way the document does (joined by 、).
 */
import type { UnitEntry, UnitKind } from '../policy/types';

/** What assignment needs from the unit directory (src/core/units UnitDirectory has this face). */
export interface UnitNamer {
  resolve(name: string): {
    input: string;
    status: 'canonical' | 'alias' | 'collective' | 'unknown';
    canonical?: string;
    kind?: UnitKind;
    suggestions: string[];
  };
  split(text: string): string[];
  /** The directory entry (with a collective's `covers`), for names it knows. */
  lookup(name: string): UnitEntry | undefined;
}

export const UNIT_JOINER = '、';

/** A name as canonical as the directory can make it; unknown names are kept as typed (trimmed). */
export function canonicalName(namer: UnitNamer, name: string): string {
  const r = namer.resolve(name.trim());
  return r.status === 'unknown' || !r.canonical ? name.trim() : r.canonical;
}

/** Canonical names of a list, duplicates dropped, order kept. */
export function canonicalList(namer: UnitNamer, names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const c = canonicalName(namer, n);
    if (c && !out.includes(c)) out.push(c);
  }
  return out;
}

/** The names a cell holds, canonicalised. */
export function cellUnits(namer: UnitNamer, text: string): string[] {
  return canonicalList(namer, namer.split(text));
}

/** True when both lists name the same units, whatever the order. */
export function sameUnits(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

export function joinUnits(names: string[]): string {
  return names.join(UNIT_JOINER);
}

/**
 * The single units a cell names, canonicalised: names the directory knows that are not collectives. Unknown and
 * collective names are validate's findings (unknown-unit, unit-collective), not a disagreement with the policy.
 */
export function knownUnits(namer: UnitNamer, text: string): string[] {
  return canonicalList(
    namer,
    namer.split(text).filter((n) => {
      const s = namer.resolve(n).status;
      return s === 'canonical' || s === 'alias';
    }),
  );
}

/** The unit kinds a name stands for: a collective's `covers`, else its own kind. */
function kindsOf(namer: UnitNamer, name: string): { collective: boolean; kinds: UnitKind[] } {
  const e = namer.lookup(name);
  if (!e) return { collective: false, kinds: [] };
  return e.kind === 'collective' ? { collective: true, kinds: e.covers ?? [] } : { collective: false, kinds: [e.kind] };
}

/**
 * True when two lists of canonical names share a unit. A collective (各乡镇、街道) shares with every unit of a kind
 * it covers (空冢郭镇) and with a collective covering one of its kinds: 各乡镇办园区 and 各乡镇、街道 overlap.
 */
export function shareUnit(namer: UnitNamer, a: string[], b: string[]): boolean {
  if (a.some((x) => b.includes(x))) return true;
  return a.some((x) => {
    const kx = kindsOf(namer, x);
    return b.some((y) => {
      const ky = kindsOf(namer, y);
      if (!kx.collective && !ky.collective) return false;
      return kx.kinds.some((k) => ky.kinds.includes(k));
    });
  });
}
