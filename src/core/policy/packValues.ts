/**
 * The pack's value lists read from the policy text: the domains (所属领域) a measure lists, and the funding
 * channels (资金渠道) the text names. Spellings (aliases) are not in a policy text; they come from the base pack.
 * What the text does not say is taken from the base and said in a note, never silently.
 */
import type { Measure, NamedValue } from './types';

export interface ValueNote {
  kind: 'domains' | 'channels';
  zh: string;
  en: string;
}

/** Where notes go (the builder's list of every kind of note). */
type NoteList = { push(note: ValueNote): unknown };

/** "聚焦工业、服务业…、新基建等 9 大领域": the list before 等 … 大领域. */
const DOMAIN_LIST = /聚焦(.+?)等\s*\S*\s*大领域/;

/** The domain names a measure lists, in the text's order; undefined when no measure lists them. */
export function domainNamesIn(measures: Measure[]): string[] | undefined {
  for (const m of measures) {
    const hit = DOMAIN_LIST.exec(m.text);
    if (!hit) continue;
    const names = hit[1]
      .split(/[、，,]/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (names.length >= 2) return names;
  }
  return undefined;
}

const key = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * The pack's domains: the text's list with the base's aliases for names it knows (an alias that is now a domain
 * of its own is dropped, so no spelling means two domains); the base's list, with a note, when the text has none.
 */
export function domainsFromText(measures: Measure[], base: NamedValue[], notes: NoteList): NamedValue[] {
  const names = domainNamesIn(measures);
  if (!names) {
    notes.push({
      kind: 'domains',
      zh: `文本中没有“聚焦……等 N 大领域”的领域列表，所属领域沿用基础政策包的 ${base.length} 个（${base.map((d) => d.name).join('、')}），请核对`,
      en: `No domain list in the text; the base pack's ${base.length} domains are used`,
    });
    return base.map((d) => ({ name: d.name, aliases: [...d.aliases] }));
  }
  const taken = new Set(names.map(key));
  const known = new Map(base.map((d) => [key(d.name), d]));
  const fresh = names.filter((n) => !known.has(key(n)));
  if (fresh.length) {
    notes.push({
      kind: 'domains',
      zh: `文本列出的领域“${fresh.join('、')}”不在基础政策包中，已按文本加入（没有别名），请核对`,
      en: `Domains new to the base pack: ${fresh.join(', ')}`,
    });
  }
  return names.map((name) => ({
    name,
    aliases: (known.get(key(name))?.aliases ?? []).filter((a) => !taken.has(key(a))),
  }));
}

/**
 * The pack's funding channels: those of the base the text names (by name or alias), in the base's order; a
 * policy text lists channels in running prose, so new ones cannot be told from the words around them. When the
 * text names none, the base's list, with a note; channels the text leaves out are dropped, with a note.
 */
export function channelsFromText(text: string, base: NamedValue[], notes: NoteList): NamedValue[] {
  const t = key(text);
  const named = base.filter((c) => [c.name, ...c.aliases].some((n) => t.includes(key(n))));
  if (named.length === 0) {
    notes.push({
      kind: 'channels',
      zh: `文本中没有提到资金渠道，资金渠道沿用基础政策包的 ${base.length} 个（${base.map((c) => c.name).join('、')}），请核对`,
      en: `No funding channel named in the text; the base pack's ${base.length} channels are used`,
    });
    return base.map((c) => ({ name: c.name, aliases: [...c.aliases] }));
  }
  const left = base.filter((c) => !named.includes(c));
  if (left.length) {
    notes.push({
      kind: 'channels',
      zh: `文本没有提到资金渠道“${left.map((c) => c.name).join('、')}”，已从资金渠道列表去掉；如仍需要，请在政策包 channels 中补回`,
      en: `Channels the text does not name were dropped: ${left.map((c) => c.name).join(', ')}`,
    });
  }
  return named.map((c) => ({ name: c.name, aliases: [...c.aliases] }));
}
