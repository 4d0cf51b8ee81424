/**
 * Columns → fields for one ledger kind. Every column gets candidates: an exact synonym of its own text (exact, 1),
 * its header words scored against the fields' words (scored, 0.5–0.95: the words a field needs are most of the evidence), a synonym inside its text or in a group
 * level (scored, 0.7–0.9). Then the sheet is assigned as a whole, best candidates first, so that each field gets
 * its best column and no column two fields. The user's choices (overrides) are fixed before anything else.
 */
import { kindDef } from '../schema';
import { FIELD_WORDS, type FieldWords } from '../schema/headerTokens';
import type { FieldId, LedgerKind } from '../schema/types';
import { normaliseHeader, type NormalisedHeader } from './normaliseHeader';
import { isHeaderWord, matchExact, matchField } from './synonyms';
import { headerTokens, type HeaderTokens } from './tokens';
import type { ColumnOverrides, MappingHow } from './types';

export interface ColumnHeader {
  col: number;
  letter: string;
  /** Distinct header levels top to bottom, as written. */
  levels: string[];
  norm: NormalisedHeader[];
}

export interface Candidate {
  col: number;
  field: FieldId;
  score: number;
  how: MappingHow;
}

export interface KindMapping {
  assigned: Candidate[];
  /** Columns whose best field went to a better column (duplicate headers). */
  duplicates: Candidate[];
  /** Columns the user told us to leave out. */
  ignored: number[];
  /** Unassigned columns → the fields they might be (for missing-field's candidates). */
  maybe: Map<number, FieldId[]>;
}

/** A contained synonym in the own text is nearly as good as an exact one; in a group level, less so. */
const CONTAINED_OWN = 0.9;
const CONTAINED_GROUP = 0.7;
/** Below this a candidate is only a hint (missing-field names it), never a mapping. */
const MIN_SCORE = 0.55;
/** A column left over whose best field is taken at this score or more is a duplicate header. */
const DUPLICATE_SCORE = 0.9;

function wordScore(words: FieldWords, t: HeaderTokens): number | null {
  const has = (tok: string) => t.own.has(tok) || t.group.has(tok);
  if (!words.need.every((alts) => alts.some(has))) return null;
  if (words.avoid.some((tok) => t.own.has(tok))) return null;
  let got = 0;
  let all = 0;
  for (const [tok, weight] of Object.entries(words.boost)) {
    all += weight;
    if (t.own.has(tok)) got += weight;
    else if (t.group.has(tok)) got += weight / 2;
  }
  const needOwn = words.need.every((alts) => alts.some((tok) => t.own.has(tok)));
  // Words in the own text are surer than words found only in a group over several columns.
  return Math.round((0.6 + 0.35 * (all ? got / all : 1) - (needOwn ? 0 : 0.1)) * 100) / 100;
}

/** The share of a field's boost weight its words in the column's own text carry (0 for fields without words). */
function ownShare(words: FieldWords | undefined, t: HeaderTokens): number {
  if (!words) return 0;
  let got = 0;
  let all = 0;
  for (const [tok, weight] of Object.entries(words.boost)) {
    all += weight;
    if (t.own.has(tok)) got += weight;
  }
  return all ? got / all : 0;
}

export function candidatesOf(kind: LedgerKind, h: ColumnHeader): Candidate[] {
  const out: Candidate[] = [];
  const fields = new Set(kindDef(kind).fields.map((f) => f.id));
  const add = (field: FieldId | undefined, score: number, how: MappingHow) => {
    if (!field || !fields.has(field)) return;
    const prev = out.find((c) => c.field === field);
    if (!prev) out.push({ col: h.col, field, score, how });
    else if (score > prev.score) Object.assign(prev, { score, how });
  };
  const own = h.norm[h.norm.length - 1];
  add(matchExact(kind, own.text), 1, 'exact');
  const tokens = headerTokens(h.norm, h.levels);
  for (const [field, words] of Object.entries(FIELD_WORDS) as [FieldId, FieldWords][]) {
    const s = wordScore(words, tokens);
    if (s !== null) add(field, s, 'scored');
  }
  add(matchField(kind, own.text), CONTAINED_OWN, 'scored');
  // A field named by a group (完成投资 over 9月 / 1-9月): the own text's words tell its columns apart.
  for (let i = h.norm.length - 2; i >= 0; i--) {
    const field = matchField(kind, h.norm[i].text);
    if (field)
      add(field, Math.round((CONTAINED_GROUP + 0.1 * ownShare(FIELD_WORDS[field], tokens)) * 1000) / 1000, 'scored');
  }
  if (h.norm.length > 1) add(matchField(kind, h.norm.map((n) => n.text).join('')), CONTAINED_GROUP, 'scored');
  return out.sort((a, b) => b.score - a.score);
}

/** Best first; at equal scores exact before scored, then the leftmost column. */
function better(a: Candidate, b: Candidate): number {
  return b.score - a.score || (a.how === 'exact' ? 0 : 1) - (b.how === 'exact' ? 0 : 1) || a.col - b.col;
}

export function mapColumns(kind: LedgerKind, headers: ColumnHeader[], overrides: ColumnOverrides = {}): KindMapping {
  const fields = new Set(kindDef(kind).fields.map((f) => f.id));
  const out: KindMapping = { assigned: [], duplicates: [], ignored: [], maybe: new Map() };
  const takenCols = new Set<number>();
  const takenFields = new Set<FieldId>();
  for (const h of headers) {
    const o = overrides[h.letter];
    if (o === undefined) continue;
    takenCols.add(h.col);
    if (o === 'ignore') out.ignored.push(h.col);
    else if (fields.has(o) && !takenFields.has(o)) {
      takenFields.add(o);
      out.assigned.push({ col: h.col, field: o, score: 1, how: 'user' });
    }
  }
  const byCol = new Map(headers.map((h) => [h.col, candidatesOf(kind, h)]));
  const all = [...byCol.values()]
    .flat()
    .filter((c) => c.score >= MIN_SCORE)
    .sort(better);
  for (const c of all) {
    if (takenCols.has(c.col) || takenFields.has(c.field)) continue;
    takenCols.add(c.col);
    takenFields.add(c.field);
    out.assigned.push(c);
  }
  for (const h of headers) {
    if (takenCols.has(h.col)) continue;
    const cands = byCol.get(h.col) ?? [];
    const best = cands[0];
    if (best && best.score >= DUPLICATE_SCORE && takenFields.has(best.field)) out.duplicates.push(best);
    else
      out.maybe.set(
        h.col,
        cands.map((c) => c.field),
      );
  }
  out.assigned.sort((a, b) => a.col - b.col);
  return out;
}

/** Texts longer than this are data (a project name, a progress note), never a header word found by its words. */
const MAX_WORDY_HEADER = 10;

/**
 * True when a text reads as a header: a synonym of some kind's field, or (short texts) words that make some field
 * likely (1-9月完成, 本年完成, 2023年计划). Finds header rows whose columns no synonym lists.
 */
export function looksLikeHeader(text: string): boolean {
  if (isHeaderWord(text)) return true;
  if (!text || text.length > MAX_WORDY_HEADER) return false;
  const tokens = headerTokens([normaliseHeader(text)]);
  return Object.values(FIELD_WORDS).some((words) => {
    const s = words && wordScore(words, tokens);
    return typeof s === 'number' && s >= MIN_SCORE;
  });
}
