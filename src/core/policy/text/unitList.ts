import { splitUnitNames } from '../../units/splitUnitNames';

/**
 * Wording around unit names that is not a name: the role verbs of （X牵头，Y按职责分工负责）, the "and other
 * departments" tail, and 下同-style remarks. Data: a new phrase is a new entry.
 */
const ROLE_TAILS =
  /(按职责分工负责|按职责分工|按职能分工负责|分工负责|按职责负责|共同负责|分别负责|牵头负责|负责落实|负责|牵头|配合|参与|协助|协同|协办)$/;
const OTHERS_TAIL = /(等相关部门|等有关部门|等相关单位|等有关单位|等部门|等单位|等)$/;
const LEADING_WORDS = /^(由|请)/;
/** Level prefixes a list may write once for several units (省商务厅、财政厅 = 省商务厅、省财政厅). */
const LEVEL_PREFIX = /^(省|市|区|县)/;
/** Words that start with a level character but carry no prefix (市场监管局 is 省市场监管局 without its 省). */
const NOT_A_PREFIX = /^(市场|区域|县域|区级|县级|市级|省级|市直|区直|县直|省直)/;
/** Only organs of the same government take the shared prefix; parks, banks and firms keep their own names. */
const ORGAN_SUFFIX = /(厅|局|委|办|委员会|办公室)$/;
/** Organs of another level that name themselves in full (国家税务总局…税务局, 人行…). */
const OWN_LEVEL = /^(国家|中国|人行|人民银行)|总局/;

export interface UnitListContext {
  /** Prefixes the document writes on organs' names: only these are carried to a name without one. */
  prefixes: ReadonlySet<string>;
}

/**
 * The names in one role's list, with its verbs, tails and remarks removed and shared prefixes carried; `carried`
 * is the prefix in force from the list before it in the same clause (（省商务厅牵头，财政厅配合）).
 */
export function readUnitList(text: string, ctx: UnitListContext, carried?: string): string[] {
  const names = splitUnitNames(text.split(/[。]/)[0])
    .map(stripWording)
    .flatMap(splitOnAnd)
    .filter((n) => n.length > 0);
  return carryPrefix(names, ctx, carried);
}

function stripWording(name: string): string {
  let n = name.replace(LEADING_WORDS, '');
  for (let i = 0; i < 3; i++) n = n.replace(ROLE_TAILS, '').replace(OTHERS_TAIL, '');
  return n.trim();
}

/** 区财政局和区住建局 is two units; 市自然资源和规划局 and 文化和旅游厅 are one (the left of 和 is no whole name). */
function splitOnAnd(name: string): string[] {
  for (let at = name.indexOf('和'); at > 0; at = name.indexOf('和', at + 1)) {
    const left = name.slice(0, at);
    const right = name.slice(at + 1);
    const leftIsName = /(局|委|厅|办|中心|政府|公司|院|会|部|室|行|社|区|镇|乡|街道)$/.test(left);
    // The right must start as a name does (省… / 区… / 各…): 区发改局和区工信局, 人行郑州中心支行和省人社厅.
    if (leftIsName && (prefixOf(right) !== undefined || right.startsWith('各'))) return [left, ...splitOnAnd(right)];
  }
  return [name];
}

export function prefixOf(name: string): string | undefined {
  if (NOT_A_PREFIX.test(name)) return undefined;
  return LEVEL_PREFIX.exec(name)?.[1];
}

function carryPrefix(names: string[], ctx: UnitListContext, carried?: string): string[] {
  let shared = carried;
  return names.map((n) => {
    const own = prefixOf(n);
    if (own) {
      shared = own;
      return n;
    }
    if (
      shared &&
      ctx.prefixes.has(shared) &&
      ORGAN_SUFFIX.test(n) &&
      !OWN_LEVEL.test(n) &&
      !/^[各全]/.test(n) &&
      !/^(街道|乡|镇)/.test(n)
    )
      return shared + n;
    return n;
  });
}

/** The level prefixes the document writes on an organ's name (省商务厅, 区发改局): only these are ever carried. */
export function documentPrefixes(text: string): Set<string> {
  const seen = new Map<string, Set<string>>();
  for (const m of text.matchAll(/(省|市|区|县)[\u4e00-\u9fa5]{1,12}?(厅|局|委|办)(?![\u4e00-\u9fa5]{0,1}[局委厅])/g)) {
    if (NOT_A_PREFIX.test(m[0])) continue;
    const set = seen.get(m[1]) ?? new Set<string>();
    set.add(m[0]);
    seen.set(m[1], set);
  }
  return new Set(seen.keys());
}
