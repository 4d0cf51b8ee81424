/**
 * Text helpers of the surgical writer: XML escaping, OOXML's `_xHHHH_` escape, attribute reading and setting on
 * one start tag, and Excel's limits (cell text, sheet names). Strings only: the writer edits XML as text so that
 * everything it does not touch stays byte for byte.
 */

/** Excel's cap on the characters of one cell (and of one note). */
export const MAX_CELL_CHARS = 32767;
/** Excel's cap on a sheet name, and the characters it refuses in one. */
export const MAX_SHEET_NAME = 31;
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/;

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_m, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/**
 * Cell text as OOXML stores it: characters XML 1.0 cannot carry (control characters other than tab and line
 * breaks, lone surrogates) as `_xHHHH_`, and a literal `_xHHHH_` in the text escaped as `_x005F_xHHHH_` so a
 * reader does not decode what the user typed.
 */
export function ooxmlText(s: string): string {
  const guarded = s.replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_');
  const safe = guarded.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
  return escapeText(safe);
}

const TRUNCATED = '……（内容超过 Excel 单元格 32,767 个字符的上限，已截断）';

/** Text within Excel's 32,767 characters; a longer text is cut and says so at its end. */
export function limitCellText(s: string): string {
  if (s.length <= MAX_CELL_CHARS) return s;
  let cut = MAX_CELL_CHARS - TRUNCATED.length;
  // Do not split a surrogate pair: half a character would be written as an escape.
  if (/[\uD800-\uDBFF]/.test(s[cut - 1])) cut--;
  return s.slice(0, cut) + TRUNCATED;
}

/** Why a sheet name cannot be used, in Chinese and English; null when Excel accepts it. */
export function sheetNameProblem(name: string): { zh: string; en: string } | null {
  if (name.trim() === '') return { zh: '工作表名称不能为空。', en: 'A sheet name cannot be empty.' };
  if (name.length > MAX_SHEET_NAME)
    return { zh: `工作表名称“${name}”超过 31 个字符。`, en: `Sheet name "${name}" is longer than 31 characters.` };
  if (FORBIDDEN_IN_SHEET_NAME.test(name))
    return {
      zh: `工作表名称“${name}”含有 Excel 不允许的字符（[ ] : * ? / \\）。`,
      en: `Sheet name "${name}" has a character Excel refuses ([ ] : * ? / \\).`,
    };
  if (name.startsWith("'") || name.endsWith("'"))
    return {
      zh: `工作表名称“${name}”不能以单引号开头或结尾。`,
      en: `Sheet name "${name}" cannot start or end with an apostrophe.`,
    };
  return null;
}

/** The value of attribute `name` in one start tag (`<c r="A1" s="3">`), unescaped; null when absent. */
export function getAttr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(/[:.]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (!m) return null;
  return unescapeXml(m[2] ?? m[3] ?? '');
}

/** The start tag with attribute `name` set (added before the tag's end) or removed (value null). */
export function setAttr(tag: string, name: string, value: string | null): string {
  const re = new RegExp(`\\s${name.replace(/[:.]/g, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`);
  if (re.test(tag)) return value === null ? tag.replace(re, '') : tag.replace(re, ` ${name}="${escapeAttr(value)}"`);
  if (value === null) return tag;
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${escapeAttr(value)}"${tag.slice(end)}`;
}

/** The namespace prefix (with its colon) the document's root element uses, e.g. "x:" for `<x:worksheet>`. */
export function rootPrefix(xml: string, local: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s>]`).exec(xml);
  return m?.[1] ?? '';
}

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkgRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  ct: 'http://schemas.openxmlformats.org/package/2006/content-types',
  drawing: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
} as const;

export const REL_TYPE = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vml: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
} as const;

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
} as const;
