/** What a non-project row says it is: a section heading, a subtotal, or a footer note. Patterns are data. */
import type { SubtotalKind } from './types';

const SECTION_PATTERNS = [
  /^[一二三四五六七八九十]+\s*[、.．]/, // 一、工业项目（12个）
  /^[（(][一二三四五六七八九十]+[)）]/, // （一）续建项目
  /^第[一二三四五六七八九十\d]+(?:部分|类|批)/,
];
const SUBTOTAL_RE = /^(合计|小计|总计|其中)/;
/** 全区合计, 工业项目小计, 本页小计: a short label ending in the word (with only numbers beside it, readLedger). */
const SUBTOTAL_SUFFIX_RE = /^.{1,10}?(合计|小计|总计)$/;
const JI = '计'.charCodeAt(0);
const FOOTER_RE = /^(填报人|填表人|审核人|联系人|联系电话|制表|注[:：]|说明[:：]|备注[:：])/;

/** First characters any label can start with: most rows (project names) are ruled out by one lookup. */
const LABEL_STARTS = new Set([...'一二三四五六七八九十（(第合小总其填审联制注说备'].map((c) => c.charCodeAt(0)));

/** True when the text might be a section, subtotal or footer label (cheap pre-check for the hot loop). */
export function mayBeLabel(text: string): boolean {
  return LABEL_STARTS.has(text.charCodeAt(0));
}

export function sectionLabel(text: string): boolean {
  return SECTION_PATTERNS.some((p) => p.test(text));
}

/** How deep a section heading sits: 第一部分 0, 一、 1, （一） 2; -1 when the text is no section heading. */
export function sectionLevel(text: string): number {
  const i = SECTION_PATTERNS.findIndex((p) => p.test(text));
  return i < 0 ? -1 : [1, 2, 0][i];
}

/** True when the text ends like a subtotal label (全区合计): worth the row check readLedger makes. */
export function mayBeSuffixSubtotal(text: string): boolean {
  return text.charCodeAt(text.length - 1) === JI;
}

/** The kind of a label ending in 合计/小计/总计 (全区合计 → 合计). */
export function suffixSubtotalKind(text: string): SubtotalKind | null {
  const m = SUBTOTAL_SUFFIX_RE.exec(text.replace(/[\s\u3000]+/g, ''));
  return m ? (m[1] as SubtotalKind) : null;
}

export function subtotalKind(text: string): SubtotalKind | null {
  const m = SUBTOTAL_RE.exec(text.replace(/[\s\u3000]+/g, ''));
  return m ? (m[1] as SubtotalKind) : null;
}

export function isFooter(text: string): boolean {
  return FOOTER_RE.test(text.replace(/[\s\u3000]+/g, ''));
}
