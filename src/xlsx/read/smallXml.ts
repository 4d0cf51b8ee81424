/** The small parts (workbook, relationships, styles) through saxes: a well-kept, strict XML parser. */
import { SaxesParser } from 'saxes';
import { XlsxReadError } from './XlsxReadError';

export interface XmlElement {
  /** Local name (prefix dropped). */
  name: string;
  attrs: Record<string, string>;
  /** Names of the open ancestors, outermost first. */
  path: string[];
}

const utf8 = new TextDecoder('utf-8');

function local(name: string): string {
  const i = name.indexOf(':');
  return i >= 0 ? name.slice(i + 1) : name;
}

/** Calls `onOpen` for every element of the part. A part that is not XML is an XlsxReadError naming it. */
export function eachElement(bytes: Uint8Array, part: string, onOpen: (e: XmlElement) => void): void {
  const parser = new SaxesParser({ xmlns: false });
  const path: string[] = [];
  let failed: Error | null = null;
  parser.on('error', (e) => (failed ??= e));
  parser.on('doctype', () => (failed ??= new Error('doctype')));
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[local(k)] = String(v);
    const name = local(tag.name);
    onOpen({ name, attrs, path });
    if (!tag.isSelfClosing) path.push(name);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) path.pop();
  });
  try {
    parser.write(utf8.decode(bytes)).close();
  } catch (e) {
    if (e instanceof XlsxReadError) throw e;
    failed ??= e as Error;
  }
  if (failed) {
    throw new XlsxReadError(
      `工作簿的“${part}”不是有效的 XML（文件可能已损坏）。`,
      `Part "${part}" is not valid XML (the file may be damaged).`,
      'corrupt',
    );
  }
}
