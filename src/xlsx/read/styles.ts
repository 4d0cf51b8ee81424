/** xl/styles.xml → the number format of each cell style index (the `s` of a cell). */
import { BUILTIN_FORMATS } from './builtinFormats';
import { eachElement } from './smallXml';

/** Whether a number format shows a date or time (quoted text and [..] sections aside), as ExcelJS decides it. */
export function isDateFormat(code: string): boolean {
  let known = DATE_FORMAT.get(code);
  if (known === undefined) {
    const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
    known = /[ymdhsb]/i.test(bare) && !/^general$/i.test(bare.trim());
    if (DATE_FORMAT.size < 1000) DATE_FORMAT.set(code, known);
  }
  return known;
}

const DATE_FORMAT = new Map<string, boolean>();

export function readStyles(bytes: Uint8Array | undefined, part: string): string[] {
  if (!bytes) return [];
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  eachElement(bytes, part, (e) => {
    if (e.name === 'numFmt' && e.path[e.path.length - 1] === 'numFmts') {
      custom.set(Number(e.attrs.numFmtId), e.attrs.formatCode ?? 'General');
    } else if (e.name === 'xf' && e.path[e.path.length - 1] === 'cellXfs') {
      xfIds.push(Number(e.attrs.numFmtId ?? 0));
    }
  });
  return xfIds.map((id) => custom.get(id) ?? BUILTIN_FORMATS[id] ?? 'General');
}
