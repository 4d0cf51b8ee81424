import { closingOf, isOpen, lastUnclosed, openingOf } from './brackets';
import { prefixOf, readUnitList, type UnitListContext } from './unitList';

/** Role markers with a colon, longest first so 牵头责任单位 is not read as 责任单位. */
const MARKER =
  /(牵头责任单位|牵头单位|牵头部门|主办单位|配合责任单位|配合单位|配合部门|协办单位|参与单位|责任单位|责任部门)\s*[:：]/g;
/** Role verbs closing a phrase of （X牵头，Y、Z配合）. */
const LEAD_VERB = /(牵头负责|牵头)$/;
const COOP_VERB = /(配合|参与|协助|协同|协办)$/;
const ANY_VERB = /牵头|配合|负责|参与|协助|协同|协办/;
const SENTENCE_END = /[。！？!?]/;

type Role = 'lead' | 'coop' | 'responsible';

export interface Responsibility {
  /** Where the clause (with its opening bracket) starts in the text. */
  start: number;
  /** The clause has ended (its bracket closed, or it had none). */
  closed: boolean;
  lead: string[];
  coop: string[];
}

export interface ReadingContext extends UnitListContext {
  /** The document says the first unit listed leads (各项任务中列第一位的为牵头单位). */
  firstListedLeads: boolean;
}

const NO_CONTEXT: ReadingContext = { prefixes: new Set(), firstListedLeads: false };

/**
 * The attribution clause ending a measure's text, in any of the styles of issue #18: （牵头责任单位：…；配合责任单位：…）,
 * separate 牵头单位：/ 责任单位：/ 配合单位： lines, 〔责任单位：…按职责分工负责。…下同。〕, （X牵头，Y、Z配合）,
 * （X牵头，Y等相关部门按职责分工负责）, （X、Y按职责分工负责）. Full- or half-width punctuation alike.
 */
export function findResponsibility(text: string, ctx: ReadingContext = NO_CONTEXT): Responsibility | undefined {
  return markerClause(text, ctx) ?? verbClause(text, ctx);
}

function markerClause(text: string, ctx: ReadingContext): Responsibility | undefined {
  const marks = [...text.matchAll(MARKER)];
  if (marks.length === 0) return undefined;
  // The clause is the run of markers at the end with only names between them (no sentence ends).
  let first = marks.length - 1;
  while (
    first > 0 &&
    !SENTENCE_END.test(text.slice(marks[first - 1].index + marks[first - 1][0].length, marks[first].index))
  )
    first--;
  const run = marks.slice(first);
  const before = text.slice(0, run[0].index);
  const bracket = /[（(〔【［[]\s*$/.exec(before);
  const start = bracket ? bracket.index : run[0].index;
  let end = text.length;
  let closed = true;
  if (bracket) {
    const close = closingOf(text, bracket.index);
    closed = close >= 0;
    if (closed) end = close;
  }
  const parts = run.map((m, i) => ({
    role: roleOfMarker(m[1]),
    text: text.slice(m.index + m[0].length, i + 1 < run.length ? run[i + 1].index : end),
  }));
  return { start, closed, ...assignRoles(parts, ctx) };
}

function roleOfMarker(marker: string): Role {
  if (/^(牵头|主办)/.test(marker)) return 'lead';
  if (/^(配合|协办|参与)/.test(marker)) return 'coop';
  return 'responsible';
}

/** （X牵头，Y、Z配合） at the end of the text, or cut open by a page break. */
function verbClause(text: string, ctx: ReadingContext): Responsibility | undefined {
  const trimmed = text.replace(/[\s。.；;]+$/, '');
  const closed = /[）)〕】］\]]$/.test(trimmed);
  const open = closed ? openingOf(trimmed, trimmed.length - 1) : lastUnclosed(trimmed);
  const inner = trimmed.slice(open + 1, closed ? trimmed.length - 1 : undefined);
  if (open < 0 || !isOpen(trimmed[open]) || !ANY_VERB.test(inner) || SENTENCE_END.test(inner)) return undefined;
  const parts: { role: Role; text: string }[] = [];
  let pending = '';
  for (const phrase of inner.split(/[，,；;]/)) {
    const p = phrase.trim();
    const role: Role | undefined = LEAD_VERB.test(p)
      ? 'lead'
      : COOP_VERB.test(p)
        ? 'coop'
        : /负责$/.test(p)
          ? 'responsible'
          : undefined;
    if (!role) {
      pending += `${p}、`;
      continue;
    }
    parts.push({ role, text: pending + p });
    pending = '';
  }
  if (pending) parts.push({ role: 'responsible', text: pending });
  if (!parts.some((p) => p.role !== 'responsible' || /负责$/.test(p.text.trim()))) return undefined;
  return { start: open, closed, ...assignRoles(parts, ctx) };
}

/** Responsible units lead when no unit is marked as lead; the document may say its first-listed unit leads. */
function assignRoles(parts: { role: Role; text: string }[], ctx: ReadingContext): { lead: string[]; coop: string[] } {
  const lead: string[] = [];
  const coop: string[] = [];
  const hasLead = parts.some((p) => p.role === 'lead');
  let carried: string | undefined;
  for (const part of parts) {
    const names = readUnitList(part.text, ctx, carried);
    carried =
      names
        .map(prefixOf)
        .filter((x) => x !== undefined)
        .pop() ?? carried;
    const add = (to: string[], from: string[]): void => {
      for (const n of from) to.push(n);
    };
    if (part.role === 'lead') add(lead, names);
    else if (part.role === 'coop' || hasLead) add(coop, names);
    else if (ctx.firstListedLeads && lead.length === 0) {
      add(lead, names.slice(0, 1));
      add(coop, names.slice(1));
    } else if (ctx.firstListedLeads) add(coop, names);
    else add(lead, names);
  }
  return { lead: unique(lead), coop: unique(coop).filter((n) => !lead.includes(n)) };
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
