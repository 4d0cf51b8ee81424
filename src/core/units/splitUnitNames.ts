import { COLLECTIVE_CONTINUATIONS, KNOWN_COLLECTIVES } from './collectives';
import { tidyName } from './normaliseName';

/** The shortest unit name (区法院); shorter space-separated pieces are fragments of one name. */
const MIN_NAME_LENGTH = 3;

/** Separators people put between unit names in one cell, full- and half-width. */
const SEPARATORS = /[、，,；;／/|｜\n\r\t]+|\s{2,}|\u3000+/;

/**
 * Splits "区发改委、区财政局" or "区工信局,区商务局" into names, keeping collectives such as 各乡镇、街道 whole:
 * known collectives are lifted out before splitting, and a bare 街道 / 园区 after a 各… name joins it.
 */
export function splitUnitNames(
  text: string,
  collectives: readonly string[] = [],
  isKnown?: (name: string) => boolean,
): string[] {
  const phrases = [...new Set([...collectives, ...KNOWN_COLLECTIVES])]
    .filter((p) => /[、，,；;]/.test(p))
    .sort((a, b) => b.length - a.length);
  const held: string[] = [];
  let work = text.replace(/[()]/g, (c) => (c === '(' ? '（' : '）'));
  for (const phrase of phrases) {
    // Match the phrase with any separator form in place of its 、
    const pattern = new RegExp(escapeRegExp(phrase).replace(/[、，,；;]/g, '\\s*[、，,；;]\\s*'), 'g');
    work = work.replace(pattern, () => {
      held.push(phrase);
      return `\uE000${held.length - 1}\uE000`;
    });
  }
  const names: string[] = [];
  const restore = (raw: string): string => raw.replace(/\uE000(\d+)\uE000/g, (_m, i: string) => held[Number(i)] ?? '');
  const pieces = work.split(SEPARATORS).flatMap((raw) => splitOnSpaces(restore(raw), isKnown));
  for (const piece of pieces) {
    const name = tidyName(piece);
    if (!name) continue;
    const prev = names[names.length - 1];
    if (prev !== undefined && prev.startsWith('各') && COLLECTIVE_CONTINUATIONS.includes(name)) {
      names[names.length - 1] = `${prev}、${name}`;
      continue;
    }
    names.push(name);
  }
  return names;
}

/**
 * A single space may separate two names (区发改委 区财政局) or sit inside one name copied from a PDF
 * (区 发改委). Split when the directory knows every part but not the whole, or, with no directory, when every
 * part is long enough to be a name of its own.
 */
function splitOnSpaces(raw: string, isKnown?: (name: string) => boolean): string[] {
  const parts = raw.trim().split(/\s+/);
  if (parts.length < 2) return [raw];
  const whole = parts.join('');
  const split = isKnown
    ? !isKnown(whole) && parts.every(isKnown)
    : parts.every((p) => [...p].length >= MIN_NAME_LENGTH);
  return split ? parts : [raw];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
