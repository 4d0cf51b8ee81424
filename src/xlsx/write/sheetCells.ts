/**
 * Surgery on a worksheet's `<sheetData>`: replace, add or remove single `<c>` elements, leaving every other byte
 * of the sheet as it was. Rows and cells are found with a scanner for the sheet grammar (rows hold cells, cells
 * hold v / f / is), which also handles rows and cells without an `r` attribute (their place is implicit).
 */
import { toA1 } from '../../core/grid';
import { rootPrefix } from './xmlText';

/** One cell's new XML (a whole `<c …>` element), or null to leave no cell there. Rows and columns 0-based. */
export interface CellPatch {
  row: number;
  col: number;
  xml: string | null;
}

export function cellRef(row: number, col: number): string {
  return toA1(row, col);
}

/** 0-based column of an A1 reference's letters ("AB12" → 27). */
function colOfRef(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** The `r` attribute of a row or cell start tag (the hot path: every row of a big sheet is looked at). */
function refAttr(tag: string): string | null {
  const m = R_ATTR.exec(tag);
  return m ? m[1] : null;
}
const R_ATTR = /\sr="([^"]*)"/;

interface Span {
  start: number;
  end: number; // exclusive
  index: number; // 0-based row or column
}

/** The elements `<p+name …>` directly in xml[from, to): their spans and indices (explicit or implicit). */
function scanElements(
  xml: string,
  from: number,
  to: number,
  name: string,
  indexOf: (tag: string) => number | null,
): Span[] {
  const spans: Span[] = [];
  const open = new RegExp(`<${name}[\\s/>]`, 'g');
  const close = `</${name}>`;
  open.lastIndex = from;
  let next = 0;
  for (let m = open.exec(xml); m && m.index < to; m = open.exec(xml)) {
    const tagEnd = xml.indexOf('>', m.index);
    const tag = xml.slice(m.index, tagEnd + 1);
    const end = tag.endsWith('/>') ? tagEnd + 1 : xml.indexOf(close, tagEnd) + close.length;
    const index = indexOf(tag) ?? next;
    spans.push({ start: m.index, end, index });
    next = index + 1;
    open.lastIndex = end;
  }
  return spans;
}

/** Where `<sheetData>`'s content lies; a self-closing `<sheetData/>` is opened up. */
function sheetDataBounds(xml: string, p: string): { xml: string; from: number; to: number } {
  const selfClosing = new RegExp(`<${p}sheetData\\s*/>`).exec(xml);
  if (selfClosing) {
    const opened = `<${p}sheetData></${p}sheetData>`;
    xml = xml.slice(0, selfClosing.index) + opened + xml.slice(selfClosing.index + selfClosing[0].length);
    const from = selfClosing.index + `<${p}sheetData>`.length;
    return { xml, from, to: from };
  }
  const open = new RegExp(`<${p}sheetData[\\s>]`).exec(xml);
  if (!open) throw new Error('worksheet without sheetData');
  const from = xml.indexOf('>', open.index) + 1;
  return { xml, from, to: xml.indexOf(`</${p}sheetData>`, from) };
}

function patchRow(rowXml: string, p: string, patches: CellPatch[], before: CellPatch[]): string {
  const selfClosing = /^<[^>]*\/>$/.test(rowXml);
  let xml = selfClosing ? rowXml.replace(/\s*\/>$/, `></${p}row>`) : rowXml;
  const from = xml.indexOf('>') + 1;
  const to = xml.lastIndexOf(`</${p}row>`);
  const cells = scanElements(xml, from, to, `${p}c`, (tag) => {
    const r = refAttr(tag);
    return r ? colOfRef(r) : null;
  });
  const byCol = new Map(cells.map((c) => [c.index, c]));
  // Right to left, so earlier offsets stay valid while later text changes.
  const sorted = [...patches].sort((a, b) => b.col - a.col);
  for (const patch of sorted) {
    const old = byCol.get(patch.col);
    before.push({ row: patch.row, col: patch.col, xml: old ? xml.slice(old.start, old.end) : null });
    const text = patch.xml ?? '';
    if (old) {
      xml = xml.slice(0, old.start) + text + xml.slice(old.end);
    } else {
      // Before the first cell to its right, or after the last cell. Patches run right to left and every change
      // so far lies at or after this place, so the offsets found by the scan still hold.
      const after = cells.find((c) => c.index > patch.col);
      const pos = after ? after.start : to;
      xml = xml.slice(0, pos) + text + xml.slice(pos);
    }
  }
  // A row left without cells and without attributes of its own (the kind we add) goes: undo leaves no trace.
  if (new RegExp(`^<${p}row r="\\d+"></${p}row>$`).test(xml)) return '';
  return xml;
}

/**
 * Applies the patches to a worksheet's XML. Returns the new XML and, for each patch, what was there before
 * (the old `<c>` element or null), so that the same function can undo it exactly.
 */
export function patchSheetCells(sheetXml: string, patches: CellPatch[]): { xml: string; before: CellPatch[] } {
  if (patches.length === 0) return { xml: sheetXml, before: [] };
  const p = rootPrefix(sheetXml, 'worksheet');
  const bounds = sheetDataBounds(sheetXml, p);
  const xml = bounds.xml;
  const rows = scanElements(xml, bounds.from, bounds.to, `${p}row`, (tag) => {
    const r = refAttr(tag);
    return r ? Number(r) - 1 : null;
  });
  const byRow = new Map<number, CellPatch[]>();
  for (const patch of patches) {
    const list = byRow.get(patch.row) ?? [];
    // The last patch of a cell wins, as if applied in order.
    const i = list.findIndex((q) => q.col === patch.col);
    if (i >= 0) list.splice(i, 1);
    list.push(patch);
    byRow.set(patch.row, list);
  }
  const before: CellPatch[] = [];
  const pieces: string[] = [];
  let cursor = bounds.from;
  pieces.push(xml.slice(0, cursor));
  const rowIdx = [...byRow.keys()].sort((a, b) => a - b);
  let ri = 0;
  for (const target of rowIdx) {
    while (ri < rows.length && rows[ri].index < target) ri++;
    const list = byRow.get(target)!;
    if (ri < rows.length && rows[ri].index === target) {
      const row = rows[ri];
      pieces.push(xml.slice(cursor, row.start), patchRow(xml.slice(row.start, row.end), p, list, before));
      cursor = row.end;
      ri++;
    } else {
      // A new row, before the first existing row below it (or at the end of sheetData).
      const at = ri < rows.length ? rows[ri].start : bounds.to;
      const cells = list.filter((q) => q.xml !== null).sort((a, b) => a.col - b.col);
      for (const q of list) before.push({ row: q.row, col: q.col, xml: null });
      pieces.push(xml.slice(cursor, at));
      if (cells.length > 0) pieces.push(`<${p}row r="${target + 1}">${cells.map((q) => q.xml).join('')}</${p}row>`);
      cursor = at;
    }
  }
  pieces.push(xml.slice(cursor));
  return { xml: pieces.join(''), before };
}

/** The `<c>` elements at the given places (null where there is none), without changing anything. */
export function readCellXml(sheetXml: string, places: { row: number; col: number }[]): (string | null)[] {
  const p = rootPrefix(sheetXml, 'worksheet');
  const open = new RegExp(`<${p}sheetData[\\s>]`).exec(sheetXml);
  if (!open || /^<[^>]*\/>/.test(sheetXml.slice(open.index))) return places.map(() => null);
  const from = sheetXml.indexOf('>', open.index) + 1;
  const to = sheetXml.indexOf(`</${p}sheetData>`, from);
  const wanted = new Set(places.map((q) => q.row));
  const rows = scanElements(sheetXml, from, to, `${p}row`, (tag) => {
    const r = refAttr(tag);
    return r ? Number(r) - 1 : null;
  });
  const found = new Map<string, string>();
  for (const row of rows) {
    if (!wanted.has(row.index)) continue;
    const tagEnd = sheetXml.indexOf('>', row.start) + 1;
    const cells = scanElements(sheetXml, tagEnd, row.end, `${p}c`, (tag) => {
      const r = refAttr(tag);
      return r ? colOfRef(r) : null;
    });
    for (const c of cells) found.set(`${row.index},${c.index}`, sheetXml.slice(c.start, c.end));
  }
  return places.map((q) => found.get(`${q.row},${q.col}`) ?? null);
}
