/**
 * Header text as people write it → the bare form synonyms are compared with. Runs once per header cell, so
 * clarity beats speed here.
 *   "投资情况（万元）"          → text "投资情况", unit 万元
 *   "2023年\n计划投资(亿元)"     → text "计划投资", unit 亿元, year 2023
 *   "1-10月完成投资"             → text "完成投资", month 10
 *   "所属乡镇（街道、园区）"     → text "所属乡镇"
 */
import type { AmountUnit } from './types';

export interface NormalisedHeader {
  text: string;
  unit?: AmountUnit;
  year?: number;
  /** The last month of a "1-N月" range or "截至N月". */
  month?: number;
}

const UNIT_RE = /(亿元|万元|元)/;
const BRACKETS_RE = /[(（[【][^()（）[\]【】]*[)）\]】]/g;
const YEAR_RE = /^(\d{4})年度?/;
const MONTH_RANGE_RE = /^(?:截[至止])?(?:\d{1,2}\s*[-—–~～至到]\s*)?(\d{1,2})月(?:份|底|末)?(?:累计)?/;

export function normaliseHeader(raw: string): NormalisedHeader {
  let s = raw.normalize('NFKC').replace(/[\s*＊※]+/g, '');
  const out: NormalisedHeader = { text: '' };
  // The unit is usually in brackets, sometimes bare ("总投资万元") or after 单位: inside the header.
  const bracketed = s.match(BRACKETS_RE) ?? [];
  for (const b of bracketed) {
    const u = UNIT_RE.exec(b);
    if (u) out.unit = u[1] as AmountUnit;
  }
  s = s.replace(BRACKETS_RE, '');
  const bare = /(?:单位[:：]?)?(亿元|万元)$/.exec(s);
  if (bare && bare.index > 0) {
    out.unit ??= bare[1] as AmountUnit;
    s = s.slice(0, bare.index);
  }
  const y = YEAR_RE.exec(s);
  if (y) {
    out.year = Number(y[1]);
    s = s.slice(y[0].length);
  }
  const m = MONTH_RANGE_RE.exec(s);
  if (m) {
    const month = Number(m[1]);
    if (month >= 1 && month <= 12) out.month = month;
    s = s.slice(m[0].length);
  }
  out.text = s.replace(/[:：、,，.。;；]+$/g, '');
  return out;
}
