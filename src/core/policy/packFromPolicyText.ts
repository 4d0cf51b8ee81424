import { guessUnitKind } from '../units/guessUnitKind';
import { normaliseName } from '../units/normaliseName';
import { UnitDirectory } from '../units/UnitDirectory';
import { loadPolicyPack } from './loadPolicyPack';
import { channelsFromText, domainsFromText, type ValueNote } from './packValues';
import { parsePolicyText } from './parsePolicyText';
import type {
  AssignmentRule,
  Measure,
  NamedValue,
  ParseNote,
  ParsedPolicy,
  PolicyPack,
  Target,
  UnitEntry,
} from './types';

/** The flag on a directory entry the parser added: a unit the directory did not know. */
export const NEW_UNIT_FLAG = '新单位，请核对';

/** What a pack is built over: a directory, targets and rules (the overlay when building 2023's pack, or a pack). */
export interface PackBase {
  id: string;
  version: number;
  units: UnitEntry[];
  /** Spellings (aliases) of the domains the text lists; the list itself when the text has none. */
  domains: NamedValue[];
  /** The channels the text may name (a policy's prose cannot tell a new one), with their spellings. */
  channels: NamedValue[];
  targets: PolicyPack['targets'];
  rules: PolicyPack['rules'];
  status: PolicyPack['status'];
  /** The base's own document: its targets and rules carry over only to a text with the same document number. */
  document?: PolicyPack['document'];
}

export interface PackNote {
  kind: ParseNote['kind'] | ValueNote['kind'] | 'new-unit' | 'targets-dropped' | 'document';
  measure?: number;
  unit?: string;
  zh: string;
  en: string;
}

export interface PackDraft {
  pack: PolicyPack;
  /** The parse as read (names canonical through the base's directory). */
  parsed: ParsedPolicy;
  /** Everything the reviewer should look at before using the pack. */
  notes: PackNote[];
}

/** No measure in the text: a readable Chinese error (the wrong file, or a style we do not read). */
export class PolicyTextError extends Error {
  readonly en: string;
  constructor(zh: string, en: string) {
    super(zh);
    this.name = 'PolicyTextError';
    this.en = en;
  }
}

/**
 * The one way a pack is made from policy text (the build script, the pane's import, `policy parse --out`): the
 * parsed document and measures over the base's unit directory, targets and rules. Units the directory does not
 * know become new entries with a guessed kind and the 新单位，请核对 flag, so the pack stays loadable. The base's
 * targets and rules carry over only to its own document (a different one would get 2023's figures silently).
 */
export function packFromPolicyText(text: string, base: PackBase): PackDraft {
  const read = parsePolicyText(text, { units: base.units });
  const known = new UnitDirectory(base.units);
  // The parse's unit list says which names are new, as the pack's directory does.
  const parsed = {
    ...read,
    units: read.units.map((u) => (known.lookup(u.name) ? u : { ...u, review: NEW_UNIT_FLAG })),
  };
  if (parsed.measures.length === 0) {
    throw new PolicyTextError(
      '文本中没有识别出政策措施。措施应是编号的段落或表格行，如“1. ……（牵头责任单位：区发展改革委；配合责任单位：……）”或“（一）……（区发改局牵头，区财政局配合）”；请确认粘贴的是政策正文。',
      'No measures found: expected numbered paragraphs or table rows with their responsible units.',
    );
  }
  const notes: PackNote[] = (parsed.notes ?? []).map((n) => ({ ...n }));
  const units = withNewUnits(base.units, parsed, notes);
  const document = documentOf(parsed, text, notes);
  const sameDocument = !base.document || base.document.number === document.number;
  const all = new UnitDirectory(units);
  const measures = parsed.measures.map((m) => tidyMeasure(m, (n) => all.canonicalOf(n)));
  const domains = domainsFromText(measures, base.domains, notes);
  const channels = channelsFromText(text, base.channels, notes);
  const fits = fitsPack(measures, domains, channels);
  const targets = sameDocument ? base.targets.filter(fits.target) : [];
  const rules = sameDocument ? base.rules.filter(fits.rule) : [];
  if (targets.length < base.targets.length || rules.length < base.rules.length) {
    notes.push({
      kind: 'targets-dropped',
      zh: sameDocument
        ? `有 ${base.targets.length - targets.length} 个目标、${base.rules.length - rules.length} 条分配规则指向本文没有的措施、领域或资金渠道，已去掉`
        : `本文（${document.number}）不是 ${base.document?.number ?? ''}，未沿用其 ${base.targets.length} 个目标和 ${base.rules.length} 条分配规则；目标请在任务窗格“设置”或政策包的 targets 中填写`,
      en: sameDocument
        ? 'Targets or rules naming measures, domains or channels this text lacks were dropped'
        : `A different document: the base's targets and rules were not carried over`,
    });
  }
  const pack = {
    id: sameDocument ? base.id : `policy-${document.date.slice(0, 4)}`,
    version: base.version,
    document,
    measures,
    units,
    domains,
    channels,
    targets,
    rules,
    status: base.status,
  };
  return { pack: loadPolicyPack(pack), parsed, notes };
}

/** Which of the base's targets and rules still make sense: every measure, domain and channel they name exists. */
function fitsPack(measures: Measure[], domains: NamedValue[], channels: NamedValue[]) {
  const numbers = new Set(measures.map((m) => m.number));
  const domainNames = new Set(domains.map((d) => d.name));
  const channelNames = new Set(channels.map((c) => c.name));
  const named = (names: string[] | undefined, known: Set<string>) => (names ?? []).every((n) => known.has(n));
  const values = (w: { domain?: string[]; channel?: string[] } | undefined) =>
    named(w?.domain, domainNames) && named(w?.channel, channelNames);
  return {
    target: (t: Target) => numbers.has(t.measure) && values(t.filter),
    rule: (r: AssignmentRule) =>
      [r.source, ...(r.when.measure ?? [])].every((n) => n === undefined || numbers.has(n)) && values(r.when),
  };
}

function withNewUnits(known: UnitEntry[], parsed: ParsedPolicy, notes: PackNote[]): UnitEntry[] {
  const directory = new UnitDirectory(known);
  const added: UnitEntry[] = [];
  const keys = new Set<string>(); // 区Ａ局 and 区A局 are one new unit (the pack rejects names equal after normalising)
  for (const u of parsed.units) {
    if (directory.lookup(u.name) || keys.has(normaliseName(u.name))) continue;
    keys.add(normaliseName(u.name));
    added.push({ name: u.name, kind: guessUnitKind(u.name), aliases: [], review: NEW_UNIT_FLAG });
    notes.push({
      kind: 'new-unit',
      unit: u.name,
      zh: `“${u.name}”不在单位名录中，已作为新单位加入（类型按名称推测），请核对`,
      en: `"${u.name}" is new to the directory; added with a guessed kind`,
    });
  }
  return [...known.map((u) => ({ ...u })), ...added];
}

/** The schema wants a title, a number and an ISO date; a task list often has no number or date of its own. */
function documentOf(parsed: ParsedPolicy, text: string, notes: PackNote[]): PolicyPack['document'] {
  const d = { ...parsed.document };
  if (!d.title) d.title = '未命名政策文件';
  if (!d.number) {
    d.number = `（无文号）${d.title}`;
    notes.push({ kind: 'document', zh: '文本中没有文号，以标题代替', en: 'No document number; the title stands in' });
  }
  if (!d.date) {
    const year = /(20\d\d)\s*年/.exec(text)?.[1] ?? '2000';
    d.date = `${year}-01-01`;
    notes.push({
      kind: 'document',
      zh: `文本中没有印发日期，暂记为 ${d.date}，请核对`,
      en: `No date in the text; recorded as ${d.date}`,
    });
  }
  return d;
}

/** Sections and texts may not be empty in a pack (an item before any heading sits in 正文); one spelling per unit. */
function tidyMeasure(m: Measure, canonical: (name: string) => string): Measure {
  const names = (list: string[]) => [...new Set(list.map(canonical))];
  return {
    ...m,
    section: m.section || '正文',
    text: m.text || `第 ${m.number} 条`,
    lead: names(m.lead),
    coop: names(m.coop),
  };
}
