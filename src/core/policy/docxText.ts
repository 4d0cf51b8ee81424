import { strFromU8, unzipSync } from 'fflate';
import { ListCounter, readNumbering } from './docxNumbering';

/** The first bytes of a zip file (a .docx is one). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) =>
    e.startsWith('#x')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : ENTITIES[e],
  );
}

/** The text of one <w:p>: its list label if Word numbers it, its runs' <w:t>, tabs as tabs, breaks as line ends. */
function paragraphText(xml: string, lists?: ListCounter): string {
  const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(xml)?.[0] ?? '';
  let out = lists && pPr ? lists.labelOf(pPr) : '';
  for (const m of xml.replace(pPr, '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>|<w:cr\/>/g)) {
    if (m[1] !== undefined) out += unescapeXml(m[1]);
    else out += m[0] === '<w:tab/>' ? '\t' : '\n';
  }
  return out;
}

/** Each table row as one line of tab-separated cells (a cell's paragraphs run together). */
function tableText(xml: string): string {
  return [...xml.matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)]
    .map((row) =>
      [...row[0].matchAll(/<w:tc[\s>][\s\S]*?<\/w:tc>/g)]
        .map((cell) =>
          [...cell[0].matchAll(PARAGRAPH)].map((p) => paragraphText(p[0]).replace(/\s+/g, ' ').trim()).join(''),
        )
        .join('\t'),
    )
    .join('\n');
}

const PARAGRAPH = /<w:p[\s>][\s\S]*?<\/w:p>/g;

/**
 * The text of a Word document (.docx): one line per paragraph, each table row as one line of tab-separated
 * cells (the parser reads those as a task table). Undefined when the bytes are not a Word document.
 */
export function docxText(bytes: Uint8Array): string | undefined {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' || f.name === 'word/numbering.xml' });
  } catch {
    return undefined;
  }
  const doc = files['word/document.xml'];
  if (!doc) return undefined;
  const xml = strFromU8(doc);
  const numbering = files['word/numbering.xml'];
  const lists = new ListCounter(numbering ? readNumbering(strFromU8(numbering)) : new Map());
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[\s>][\s\S]*?<\/w:p>/g)]
    .map((m) => (m[0].startsWith('<w:tbl>') ? tableText(m[0]) : paragraphText(m[0], lists)))
    .join('\n');
}
