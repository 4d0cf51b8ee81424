/**
 * Unit names for assignment: split a cell into names, canonicalise them, compare two cells as sets,
 * and write a list the way the document does (joined by 、).
 */
import type { UnitKind } from '../policy/types';

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

/** Names the directory does not know, as typed. */
export function unknownNames(namer: UnitNamer, text: string): string[] {
  return namer.split(text).filter((n) => namer.resolve(n).status === 'unknown');
}

export function joinUnits(names: string[]): string {
  return names.join(UNIT_JOINER);
}
