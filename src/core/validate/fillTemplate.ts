/**
 * A catalogue message with its slots filled: plain slots by their value, phrase slots by the chosen phrase (a
 * template itself, filled from the same values), list slots joined with the language's separator. Templates are
 * split at their slots once and kept.
 */
import { CATALOGUE, type IssueCode } from './catalogue';
import type { IssueTypeDef, Lang } from './catalogue/shape';

type Value = string | number | readonly string[] | undefined;

const SLOT_RE = /\{(\w+)\}/;
const split = new Map<string, string[]>();

/** text, slot name, text, slot name, ..., text. */
function partsOf(template: string): string[] {
  let p = split.get(template);
  if (!p) split.set(template, (p = template.split(SLOT_RE)));
  return p;
}

export interface Filled {
  message: string;
  /** The values as filled (lists joined, phrase slots by their key), for the issue's params. */
  params: Record<string, string | number>;
}

export function fillTemplate(code: IssueCode, lang: Lang, values: Record<string, Value>): Filled {
  const def: IssueTypeDef = CATALOGUE[code];
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue;
    params[k] = typeof v === 'string' || typeof v === 'number' ? v : v.join(def.lists?.[k]?.[lang] ?? '、');
  }
  return { message: fill(def, lang, def.message[lang], params), params };
}

function fill(def: IssueTypeDef, lang: Lang, template: string, params: Record<string, string | number>): string {
  const parts = partsOf(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const k = parts[i];
    const phrases = def.phrases?.[k];
    let text: string;
    if (phrases) {
      const phrase = phrases[String(params[k])];
      text = phrase ? fill(def, lang, phrase[lang], params) : `{${k}}`;
    } else {
      // The types make every slot filled; a slot left as written ({name}) is what a test catches.
      text = k in params ? String(params[k]) : `{${k}}`;
    }
    out += text + parts[i + 1];
  }
  return out;
}
