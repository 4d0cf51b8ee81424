import { guessUnitKind } from '../units/guessUnitKind';
import { splitUnitNames } from '../units/splitUnitNames';
import { UnitDirectory } from '../units/UnitDirectory';
import { NEW_UNIT_FLAG } from './packFromPolicyText';
import { extractTargets } from './text/targets';
import type { PolicyPack, UnitKind } from './types';

export type UnitField = 'lead' | 'coop';

/**
 * The pack with one measure's lead or cooperating units replaced by what the reviewer typed (区发改局、区财政局).
 * Names the directory knows become canonical; new ones join it flagged 新单位，请核对, so the pack stays loadable.
 */
export function withMeasureUnits(pack: PolicyPack, number: number, field: UnitField, typed: string): PolicyPack {
  const directory = new UnitDirectory(pack.units);
  const names = [...new Set(splitUnitNames(typed).map((n) => directory.canonicalOf(n)))];
  const added = names
    .filter((n) => !directory.lookup(n))
    .map((name) => ({ name, kind: guessUnitKind(name), aliases: [], review: NEW_UNIT_FLAG }));
  const measures = pack.measures.map((m) => (m.number === number ? { ...m, [field]: names } : m));
  // A flagged entry the reviewer has just replaced everywhere was a misreading: it leaves the directory too.
  const used = new Set([...measures, ...pack.rules].flatMap((m) => [...m.lead, ...m.coop]));
  const units = [...pack.units, ...added].filter((u) => u.review !== NEW_UNIT_FLAG || used.has(u.name));
  return { ...pack, units, measures };
}

/** The names of directory entries still carrying the 新单位，请核对 flag, for the review table. */
export function unitsToCheck(pack: PolicyPack): string[] {
  return pack.units.filter((u) => u.review === NEW_UNIT_FLAG).map((u) => u.name);
}

/**
 * The pack with one measure's targets replaced by what the reviewer typed (50个、270亿元、6月底前), read by the
 * same target reader as the text. A target the parser had keeps its source clause; a new one keeps the typing.
 */
export function withMeasureTargets(pack: PolicyPack, number: number, typed: string): PolicyPack {
  return {
    ...pack,
    measures: pack.measures.map((m) => {
      if (m.number !== number) return m;
      const targets = typed
        .split(/[、，,；;\s]+/)
        .flatMap((token) => extractTargets(token))
        .map((t) => m.targets.find((old) => old.value === t.value && old.unit === t.unit) ?? t);
      return { ...m, targets };
    }),
  };
}

/** The reviewer has checked the new units: their flag goes, the entries stay. */
export function confirmNewUnits(pack: PolicyPack): PolicyPack {
  return {
    ...pack,
    units: pack.units.map(({ review, ...u }) =>
      review === NEW_UNIT_FLAG ? u : { ...u, ...(review ? { review } : {}) },
    ),
  };
}

/** The reviewer corrects the kind guessed for a unit (区审改办 is a bureau, 立山经济开发区 a park). */
export function withUnitKind(pack: PolicyPack, name: string, kind: UnitKind): PolicyPack {
  return { ...pack, units: pack.units.map((u) => (u.name === name ? { ...u, kind } : u)) };
}
