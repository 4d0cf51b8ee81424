/**
 * One `<c>` element as text. Text is always an inline string (`t="inlineStr"`), so sharedStrings.xml stays byte
 * for byte and nothing we write is ever read as a formula; numbers as `<v>`; a formula with its cached result.
 */
import { getAttr, limitCellText, ooxmlText, setAttr } from './xmlText';

export type CellContent = string | number | boolean | null;

function styleAttr(style: number | null): string {
  return style === null || style === 0 ? '' : ` s="${style}"`;
}

/** A finite number as Excel writes it (no exponent surprises for ordinary figures). */
function numberText(n: number): string {
  return Number.isFinite(n) ? String(n) : '0';
}

function valueParts(v: CellContent): { t: string; inner: string } {
  if (v === null || v === '') return { t: '', inner: '' };
  if (typeof v === 'number')
    return Number.isFinite(v) ? { t: '', inner: `<v>${numberText(v)}</v>` } : { t: 'e', inner: '<v>#NUM!</v>' };
  if (typeof v === 'boolean') return { t: 'b', inner: `<v>${v ? 1 : 0}</v>` };
  const text = limitCellText(v);
  // xml:space keeps leading/trailing blanks, which readers would otherwise trim.
  return { t: 'inlineStr', inner: `<is><t xml:space="preserve">${ooxmlText(text)}</t></is>` };
}

/** A constant cell; null style = no `s` attribute. Returns null for an empty value without a style (no cell). */
export function valueCell(ref: string, style: number | null, v: CellContent, p = ''): string | null {
  const { t, inner } = valueParts(v);
  if (!inner && (style === null || style === 0)) return null;
  const tAttr = t ? ` t="${t}"` : '';
  return inner
    ? `<${p}c r="${ref}"${styleAttr(style)}${tAttr}>${inner.replace(/<(\/?)(v|is|t)\b/g, `<$1${p}$2`)}</${p}c>`
    : `<${p}c r="${ref}"${styleAttr(style)}/>`;
}

/** A formula cell with the engine's figure as its cached result (so a reader that does not recalculate sees it). */
export function formulaCell(ref: string, style: number | null, formula: string, cached: CellContent): string {
  const f = `<f>${ooxmlText(formula.replace(/^=/, ''))}</f>`;
  if (cached === null || cached === undefined) return `<c r="${ref}"${styleAttr(style)}>${f}</c>`;
  if (typeof cached === 'number') return `<c r="${ref}"${styleAttr(style)}>${f}<v>${numberText(cached)}</v></c>`;
  if (typeof cached === 'boolean') return `<c r="${ref}"${styleAttr(style)} t="b">${f}<v>${cached ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${styleAttr(style)} t="str">${f}<v>${ooxmlText(limitCellText(cached))}</v></c>`;
}

/** The `s` of an existing `<c>` element (0 when absent, as the schema says). */
export function styleOf(cellXml: string | null): number {
  if (!cellXml) return 0;
  const tag = cellXml.slice(0, cellXml.indexOf('>') + 1);
  return Number(getAttr(tag, 's') ?? 0);
}

/** The same cell with another `s` (value, formula and everything else kept). */
export function withStyle(cellXml: string, style: number): string {
  const end = cellXml.indexOf('>') + 1;
  const tag = cellXml.slice(0, end);
  return setAttr(tag, 's', style === 0 ? null : String(style)) + cellXml.slice(end);
}

/** The element prefix a cell uses ("" or e.g. "x:"). */
export function cellPrefix(cellXml: string): string {
  return /^<([A-Za-z_][\w.-]*:)?c[\s/>]/.exec(cellXml)?.[1] ?? '';
}
