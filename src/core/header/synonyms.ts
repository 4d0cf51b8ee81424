/**
 * The synonym index, built once from the ledger-kind data: normalised header text → field, per kind.
 * Exact matches win; otherwise the longest synonym (3+ characters) the header contains.
 */
import { LEDGER_KINDS } from '../schema';
import type { FieldId, LedgerKind } from '../schema/types';
import { normaliseHeader } from './normaliseHeader';

/** Shorter synonyms ("项目", "名称") only match exactly: as substrings they would match too much. */
const MIN_CONTAINED = 3;

interface KindIndex {
  exact: Map<string, FieldId>;
  /** Longest first. */
  contained: { text: string; field: FieldId }[];
}

let index: Map<LedgerKind, KindIndex> | undefined;

function build(): Map<LedgerKind, KindIndex> {
  const m = new Map<LedgerKind, KindIndex>();
  for (const def of LEDGER_KINDS) {
    const exact = new Map<string, FieldId>();
    const contained: { text: string; field: FieldId }[] = [];
    for (const field of def.fields) {
      for (const syn of field.synonyms) {
        const text = normaliseHeader(syn).text;
        if (!exact.has(text)) exact.set(text, field.id);
        if (text.length >= MIN_CONTAINED) contained.push({ text, field: field.id });
      }
    }
    contained.sort((a, b) => b.text.length - a.text.length);
    m.set(def.kind, { exact, contained });
  }
  return m;
}

/** The field whose synonym is exactly this normalised header text in `kind`, if any. */
export function matchExact(kind: LedgerKind, text: string): FieldId | undefined {
  if (!text) return undefined;
  index ??= build();
  return index.get(kind)?.exact.get(text);
}

/** The field a normalised header text means in `kind`, if any. */
export function matchField(kind: LedgerKind, text: string): FieldId | undefined {
  if (!text) return undefined;
  index ??= build();
  const k = index.get(kind);
  if (!k) return undefined;
  const hit = k.exact.get(text);
  if (hit) return hit;
  for (const c of k.contained) if (text.includes(c.text)) return c.field;
  return undefined;
}

/** True when the text means some field in some kind (used to find the header row). */
export function isHeaderWord(text: string): boolean {
  for (const def of LEDGER_KINDS) if (matchField(def.kind, text)) return true;
  return false;
}
