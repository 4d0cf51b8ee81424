/**
 * When two rows are the same project — one rule for the validator (duplicate-row) and the totals (counted once),
 * inside one ledger and across files. Names are compared normalised: the same project is often typed with
 * full-width letters, stray spaces or other bracket styles in different units' files.
 */

const SPACES_RE = /[\s\u3000]+/g;
const OPEN_RE = /[（【[]/g;
const CLOSE_RE = /[）】\]]/g;
const QUOTES_RE = /[“”"'‘’]/g;

/** True when the text has nothing the key would change (most names: CJK, half-width digits, no spaces). */
function alreadyKey(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) continue; // CJK unified ideographs: NFKC leaves them as they are
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || c === 0x28 || c === 0x29 || c === 0x2d || c === 0x2e)
      continue;
    return false;
  }
  return true;
}

export function projectNameKey(name: string): string {
  if (alreadyKey(name)) return name;
  return name
    .normalize('NFKC')
    .replace(SPACES_RE, '')
    .replace(OPEN_RE, '(')
    .replace(CLOSE_RE, ')')
    .replace(QUOTES_RE, '')
    .toLowerCase();
}

/** Why two rows of the same name key are the same project. */
export type SameProjectReason = 'same-name-owner' | 'same-name-total';

export interface ProjectIdentity {
  /** The 建设单位 as typed ('' when the ledger has none or the cell is blank). */
  owner: string;
  /** 总投资 in 万元 (0 or null when unknown). */
  total: number | null;
}

/** Totals within this (万元) are the same figure (亿元 ledgers converted to 万元 may carry float noise). */
const SAME_TOTAL = 0.01;

/** Same name (already compared) and the same written owner, or else the same total; null: two projects. */
export function sameProject(a: ProjectIdentity, b: ProjectIdentity): SameProjectReason | null {
  if (a.owner && b.owner && projectNameKey(a.owner) === projectNameKey(b.owner)) return 'same-name-owner';
  if (a.total !== null && b.total !== null && a.total > 0 && Math.abs(a.total - b.total) <= SAME_TOTAL)
    return 'same-name-total';
  return null;
}
