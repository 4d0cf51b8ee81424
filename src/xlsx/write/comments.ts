/**
 * Notes (legacy comments) for marked cells: the comments part and its VML drawing, related to the sheet. A sheet
 * that already has comments keeps them: ours are added to the same parts, and a cell that already has a note
 * gets ours appended under it (within Excel's 32,767 characters). Undo puts the parts back as they were.
 */
import {
  addContentType,
  addRel,
  freePartName,
  readRels,
  relsPathOf,
  removeContentType,
  resolveTarget,
} from './relationships';
import { CONTENT_TYPE, getAttr, limitCellText, NS, ooxmlText, REL_TYPE, rootPrefix, unescapeXml } from './xmlText';
import { putText, textOf, type Entries } from './zipEntries';
import { cellRef } from './sheetCells';

export interface Note {
  row: number;
  col: number;
  text: string;
}

/** The bytes of every part the notes changed (undefined = the part did not exist), and the element we added. */
export interface NotesUndo {
  parts: Map<string, Uint8Array | undefined>;
  sheetPath: string;
  legacyElement: string | null;
}

const AUTHOR = '台账助手';

function remember(entries: Entries, undo: NotesUndo, path: string): void {
  if (!undo.parts.has(path)) undo.parts.set(path, entries.get(path));
}

function noteShape(id: number, n: Note): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:2pt;width:200pt;height:80pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${n.col + 1}, 15, ${n.row}, 2, ${n.col + 4}, 15, ${n.row + 5}, 0</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${n.row}</x:Row><x:Column>${n.col}</x:Column></x:ClientData></v:shape>`
  );
}

const VML_HEAD =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function commentXml(ref: string, authorId: number, text: string): string {
  // One rich-text run, as Excel writes notes (some readers only look at runs).
  return `<comment ref="${ref}" authorId="${authorId}"><text><r><rPr><sz val="9"/><rFont val="宋体"/><family val="3"/><charset val="134"/></rPr><t xml:space="preserve">${ooxmlText(text)}</t></r></text></comment>`;
}

/** The plain text of one `<comment>` element (its runs joined). */
function commentText(el: string): string {
  return [...el.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((m) => unescapeXml(m[1])).join('');
}

/** Where the sheet's `<legacyDrawing>` goes: before the elements the schema puts after it, else before the end. */
function insertLegacyDrawing(sheetXml: string, el: string): string {
  const p = rootPrefix(sheetXml, 'worksheet');
  const after = new RegExp(
    `<${p}(legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\\s/>]`,
  ).exec(sheetXml);
  const at = after ? after.index : sheetXml.lastIndexOf(`</${p}worksheet>`);
  return sheetXml.slice(0, at) + el + sheetXml.slice(at);
}

function ensureParts(entries: Entries, sheetPath: string, undo: NotesUndo): { comments: string; vml: string } {
  const rels = readRels(textOf(entries, relsPathOf(sheetPath)));
  const c = rels.find((r) => r.type === REL_TYPE.comments);
  const v = rels.find((r) => r.type === REL_TYPE.vml);
  const comments = c ? resolveTarget(sheetPath, c.target) : freePartName(entries, 'xl', 'comments', 'xml');
  const vml = v ? resolveTarget(sheetPath, v.target) : freePartName(entries, 'xl/drawings', 'vmlDrawing', 'vml');
  remember(entries, undo, comments);
  remember(entries, undo, vml);
  remember(entries, undo, relsPathOf(sheetPath));
  if (!c) {
    putText(
      entries,
      comments,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS.main}"><authors><author>${AUTHOR}</author></authors><commentList></commentList></comments>`,
    );
    addContentType(entries, comments, CONTENT_TYPE.comments);
    addRel(entries, sheetPath, REL_TYPE.comments, comments);
  }
  if (!v) {
    putText(entries, vml, `${VML_HEAD}</xml>`);
    addContentType(entries, vml, CONTENT_TYPE.vml);
    const id = addRel(entries, sheetPath, REL_TYPE.vml, vml);
    const el = `<legacyDrawing r:id="${id}"/>`;
    const sheet = textOf(entries, sheetPath) ?? '';
    const withNs = /xmlns:r="/.test(sheet)
      ? sheet
      : sheet.replace(/<((?:\w+:)?worksheet)\b/, `<$1 xmlns:r="${NS.rel}"`);
    putText(entries, sheetPath, insertLegacyDrawing(withNs, el));
    undo.legacyElement = el;
  }
  return { comments, vml };
}

/** Adds notes to the sheet; returns what to restore to take them away again. */
export function addNotes(entries: Entries, sheetPath: string, notes: Note[]): NotesUndo {
  const undo: NotesUndo = { parts: new Map(), sheetPath, legacyElement: null };
  const { comments, vml } = ensureParts(entries, sheetPath, undo);
  let cx = textOf(entries, comments) ?? '';
  let vx = textOf(entries, vml) ?? `${VML_HEAD}</xml>`;
  const authors = [...cx.matchAll(/<(?:\w+:)?author>([\s\S]*?)<\/(?:\w+:)?author>/g)].map((m) => unescapeXml(m[1]));
  let authorId = authors.indexOf(AUTHOR);
  if (authorId < 0) {
    authorId = authors.length;
    cx = cx
      .replace(/<\/((?:\w+:)?)authors>/, `<$1author>${AUTHOR}</$1author></$1authors>`)
      .replace(/<((?:\w+:)?)authors\s*\/>/, `<$1authors><$1author>${AUTHOR}</$1author></$1authors>`);
  }
  let nextShape = [...vx.matchAll(/_x0000_s(\d+)/g)].reduce((m, x) => Math.max(m, Number(x[1])), 1024) + 1;
  // One pass over the comments already there, one rebuild: thousands of marks must not rescan the part each.
  const existing = new Map<string, { start: number; end: number; authorId: number; text: string; touched?: boolean }>();
  for (const m of cx.matchAll(/<(?:\w+:)?comment\s[^>]*>[\s\S]*?<\/(?:\w+:)?comment>/g)) {
    const tag = m[0].slice(0, m[0].indexOf('>') + 1);
    const ref = getAttr(tag, 'ref');
    if (ref)
      existing.set(ref, {
        start: m.index!,
        end: m.index! + m[0].length,
        authorId: Number(getAttr(tag, 'authorId') ?? authorId),
        text: commentText(m[0]),
      });
  }
  const fresh = new Map<string, string>();
  const shapes: string[] = [];
  for (const n of notes) {
    const ref = cellRef(n.row, n.col);
    const old = existing.get(ref);
    // The user's note stays; ours goes under it (and a second note of ours on the same cell under the first).
    if (old) {
      old.text = `${old.text}\n${n.text}`;
      old.touched = true;
    } else if (fresh.has(ref)) fresh.set(ref, `${fresh.get(ref)}\n${n.text}`);
    else {
      fresh.set(ref, n.text);
      shapes.push(noteShape(nextShape++, n));
    }
  }
  const pieces: string[] = [];
  let cursor = 0;
  // Only a note we added to is rewritten (as one run); every other note keeps its own runs and formatting.
  for (const [ref, c] of [...existing].filter(([, c]) => c.touched).sort((x, y) => x[1].start - y[1].start)) {
    pieces.push(cx.slice(cursor, c.start), commentXml(ref, c.authorId, limitCellText(c.text)));
    cursor = c.end;
  }
  pieces.push(cx.slice(cursor));
  cx = pieces.join('');
  const added = [...fresh].map(([ref, text]) => commentXml(ref, authorId, limitCellText(text))).join('');
  cx = cx
    .replace(/<\/((?:\w+:)?)commentList>/, (m) => `${added}${m}`)
    .replace(/<((?:\w+:)?)commentList\s*\/>/, (_m, p1: string) => `<${p1}commentList>${added}</${p1}commentList>`);
  vx = vx.replace(/<\/xml>\s*$/, (m) => `${shapes.join('')}${m}`);
  putText(entries, comments, cx);
  putText(entries, vml, vx);
  return undo;
}

export function undoNotes(entries: Entries, undo: NotesUndo): void {
  for (const [path, bytes] of undo.parts) {
    if (bytes) entries.set(path, bytes);
    else {
      entries.delete(path);
      removeContentType(entries, path);
    }
  }
  if (undo.legacyElement) {
    const sheet = textOf(entries, undo.sheetPath);
    if (sheet) putText(entries, undo.sheetPath, sheet.replace(undo.legacyElement, ''));
  }
}
