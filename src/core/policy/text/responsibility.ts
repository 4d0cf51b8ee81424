import { splitUnitNames } from '../../units/splitUnitNames';

/** Lead markers, longest first so 牵头责任单位 is not read as 责任单位. Not preceded by 配合 / 牵头. */
const LEAD_MARK = /(?<![合头])(牵头责任单位|牵头单位|责任单位)\s*[:：]/g;
const COOP_MARK = /[；;，,。.\s]*(配合责任单位|配合单位|协办单位)\s*[:：]/;
const OPEN = /[（(]\s*$/;

export interface Responsibility {
  /** Where the clause (with its opening bracket) starts in the text. */
  start: number;
  /** The clause has ended (its bracket closed, or it had none). */
  closed: boolean;
  lead: string[];
  coop: string[];
}

/**
 * The last （牵头责任单位：…；配合责任单位：…） clause of a measure's text. Accepts 牵头单位 / 责任单位,
 * 配合单位, ：or :, ；；，, between the halves, full- or half-width brackets, or no brackets at all.
 */
export function findResponsibility(text: string): Responsibility | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(LEAD_MARK)) last = m;
  if (!last) return undefined;
  const before = text.slice(0, last.index);
  const bracketed = OPEN.test(before);
  const start = bracketed ? before.search(OPEN) : last.index;
  let body = text.slice(last.index + last[0].length);
  let closed = !bracketed;
  if (bracketed) {
    const close = Math.max(body.lastIndexOf('）'), body.lastIndexOf(')'));
    closed = close >= 0 && /^[\s。.;；]*$/.test(body.slice(close + 1));
    if (closed) body = body.slice(0, close);
  }
  const coopAt = COOP_MARK.exec(body);
  const leadText = coopAt ? body.slice(0, coopAt.index) : body;
  const coopText = coopAt ? body.slice(coopAt.index + coopAt[0].length) : '';
  return { start, closed, lead: splitUnitNames(leadText), coop: splitUnitNames(coopText) };
}
