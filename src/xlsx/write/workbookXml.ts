/**
 * The workbook part (xl/workbook.xml) as text: its sheet list, defined names (print titles) and the book view.
 * A sheet is added or removed by editing its `<sheet>` element, its relationship and its content type; sheet
 * positions that move (a sheet inserted in front) shift `localSheetId` of defined names and the active tab.
 */
import {
  addContentType,
  addRel,
  readRels,
  relsPathOf,
  removeContentType,
  removeRel,
  resolveTarget,
} from './relationships';
import { CONTENT_TYPE, escapeAttr, escapeText, getAttr, REL_TYPE, rootPrefix, setAttr } from './xmlText';
import { putText, textOf, type Entries } from './zipEntries';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface WorkbookSheet {
  name: string;
  sheetId: number;
  rId: string;
  state: SheetState;
  /** The worksheet part, e.g. xl/worksheets/sheet1.xml (a chart sheet's part for chart sheets). */
  path: string;
}

/** Where the workbook part lives (the package's officeDocument relationship). */
export function workbookPath(entries: Entries): string {
  const rel = readRels(textOf(entries, '_rels/.rels')).find((r) => r.type.endsWith('/officeDocument'));
  return rel ? resolveTarget('', rel.target) : 'xl/workbook.xml';
}

/** The attribute name of the relationship id on `<sheet>`, whatever prefix the file gives that namespace. */
function relIdAttr(xml: string): string {
  const m = /xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(xml);
  return `${m?.[1] ?? 'r'}:id`;
}

export function listSheets(entries: Entries): WorkbookSheet[] {
  const wbPath = workbookPath(entries);
  const xml = textOf(entries, wbPath) ?? '';
  const rels = readRels(textOf(entries, relsPathOf(wbPath)));
  const idAttr = relIdAttr(xml);
  const out: WorkbookSheet[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)) {
    const rId = getAttr(m[0], idAttr) ?? '';
    const rel = rels.find((r) => r.id === rId);
    const state = (getAttr(m[0], 'state') ?? 'visible') as SheetState;
    out.push({
      name: getAttr(m[0], 'name') ?? '',
      sheetId: Number(getAttr(m[0], 'sheetId') ?? 0),
      rId,
      state,
      path: rel ? resolveTarget(wbPath, rel.target) : '',
    });
  }
  return out;
}

/** Shifts every `localSheetId` ≥ `from` by `by`, and drops the names of a removed sheet (by = -1 at `from`). */
function shiftLocalIds(xml: string, from: number, by: number): string {
  return xml.replace(
    /<((?:\w+:)?)definedName\b([^>]*)>([\s\S]*?)<\/\1definedName>/g,
    (whole, p: string, attrs: string) => {
      const id = getAttr(`<x${attrs}>`, 'localSheetId');
      if (id === null) return whole;
      const n = Number(id);
      if (by < 0 && n === from) return '';
      if (n < from || (by < 0 && n < from)) return whole;
      return whole
        .replace(/localSheetId="\d+"/, `localSheetId="${n + by}"`)
        .replace(`<${p}definedName`, `<${p}definedName`);
    },
  );
}

function shiftBookView(xml: string, from: number, by: number): string {
  return xml.replace(/<(?:\w+:)?workbookView\b[^>]*>/, (tag) => {
    let t = tag;
    for (const a of ['activeTab', 'firstSheet']) {
      const v = getAttr(t, a);
      if (v !== null && Number(v) >= from) t = setAttr(t, a, String(Math.max(0, Number(v) + by)));
    }
    return t;
  });
}

export interface NewSheet {
  name: string;
  xml: string;
  state?: SheetState;
  /** Position among the sheets (0 = first tab); at the end when left out. */
  index?: number;
}

/** Adds a worksheet part and its `<sheet>` entry; returns the part's path. */
export function addSheet(entries: Entries, sheet: NewSheet, path: string): string {
  const wbPath = workbookPath(entries);
  let xml = textOf(entries, wbPath) ?? '';
  const sheets = listSheets(entries);
  const index = Math.min(sheet.index ?? sheets.length, sheets.length);
  putText(entries, path, sheet.xml);
  addContentType(entries, path, CONTENT_TYPE.worksheet);
  const rId = addRel(entries, wbPath, REL_TYPE.worksheet, path);
  const p = rootPrefix(xml, 'workbook');
  const sheetId = sheets.reduce((m, s) => Math.max(m, s.sheetId), 0) + 1;
  const state = sheet.state && sheet.state !== 'visible' ? ` state="${sheet.state}"` : '';
  const el = `<${p}sheet name="${escapeAttr(sheet.name)}" sheetId="${sheetId}"${state} ${relIdAttr(xml)}="${rId}"/>`;
  const all = [...xml.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)];
  if (index < all.length) {
    const at = all[index].index!;
    xml = xml.slice(0, at) + el + xml.slice(at);
    xml = shiftBookView(shiftLocalIds(xml, index, 1), index, 1);
  } else if (all.length > 0) {
    const last = all[all.length - 1];
    const at = last.index! + last[0].length;
    xml = xml.slice(0, at) + el + xml.slice(at);
  } else {
    xml = xml.replace(new RegExp(`<${p}sheets\\s*/>|</${p}sheets>`), (m) =>
      m.startsWith('</') ? `${el}${m}` : `<${p}sheets>${el}</${p}sheets>`,
    );
  }
  putText(entries, wbPath, xml);
  return path;
}

/** Removes a sheet's entry, relationship, content type, part and rels part (its own parts are left to the caller). */
export function removeSheet(entries: Entries, name: string): void {
  const wbPath = workbookPath(entries);
  const sheets = listSheets(entries);
  const index = sheets.findIndex((s) => s.name === name);
  if (index < 0) return;
  const s = sheets[index];
  let xml = textOf(entries, wbPath) ?? '';
  const all = [...xml.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)];
  const el = all[index];
  xml = xml.slice(0, el.index!) + xml.slice(el.index! + el[0].length);
  xml = shiftBookView(shiftLocalIds(xml, index, -1), index + 1, -1);
  putText(entries, wbPath, xml);
  removeRel(entries, wbPath, s.rId);
  removeContentType(entries, s.path);
  entries.delete(s.path);
  entries.delete(relsPathOf(s.path));
}

/** Sets (or, with null, removes) the print titles of the sheet at `index`: rows repeated on every page. */
export function setPrintTitles(
  entries: Entries,
  index: number,
  name: string,
  rows: { first: number; last: number } | null,
): void {
  const wbPath = workbookPath(entries);
  let xml = textOf(entries, wbPath) ?? '';
  const p = rootPrefix(xml, 'workbook');
  const re = new RegExp(
    `<${p}definedName\\b[^>]*name="_xlnm\\.Print_Titles"[^>]*localSheetId="${index}"[^>]*>[\\s\\S]*?</${p}definedName>|<${p}definedName\\b[^>]*localSheetId="${index}"[^>]*name="_xlnm\\.Print_Titles"[^>]*>[\\s\\S]*?</${p}definedName>`,
  );
  xml = xml.replace(re, '');
  if (rows) {
    const quoted = `'${name.replace(/'/g, "''")}'`;
    const el = `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeText(`${quoted}!$${rows.first + 1}:$${rows.last + 1}`)}</${p}definedName>`;
    if (new RegExp(`</${p}definedNames>`).test(xml))
      xml = xml.replace(`</${p}definedNames>`, `${el}</${p}definedNames>`);
    else {
      // definedNames follows sheets (and externalReferences) in the schema's order.
      const after = new RegExp(`</${p}externalReferences>|</${p}sheets>`).exec(xml);
      const at = after ? after.index + after[0].length : xml.lastIndexOf(`</${p}workbook>`);
      xml = xml.slice(0, at) + `<${p}definedNames>${el}</${p}definedNames>` + xml.slice(at);
    }
  }
  putText(entries, wbPath, xml);
}

/** The print titles text of the sheet at `index`, or null (to put it back on undo). */
export function printTitlesOf(entries: Entries, index: number): string | null {
  const xml = textOf(entries, workbookPath(entries)) ?? '';
  for (const m of xml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g)) {
    const tag = `<x${m[1]}>`;
    if (getAttr(tag, 'name') === '_xlnm.Print_Titles' && getAttr(tag, 'localSheetId') === String(index)) return m[2];
  }
  return null;
}

/** Makes the sheet at `index` the active (and first shown) tab. */
export function setActiveTab(entries: Entries, index: number): void {
  const wbPath = workbookPath(entries);
  let xml = textOf(entries, wbPath) ?? '';
  const p = rootPrefix(xml, 'workbook');
  if (/<(?:\w+:)?workbookView\b/.test(xml)) {
    xml = xml.replace(/<(?:\w+:)?workbookView\b[^>]*>/, (tag) =>
      setAttr(setAttr(tag, 'activeTab', String(index)), 'firstSheet', index === 0 ? null : getAttr(tag, 'firstSheet')),
    );
  } else {
    const view = `<${p}bookViews><${p}workbookView activeTab="${index}"/></${p}bookViews>`;
    xml = xml.replace(new RegExp(`<${p}sheets[\\s>]`), (m) => view + m);
  }
  putText(entries, wbPath, xml);
}

export function activeTab(entries: Entries): number {
  const xml = textOf(entries, workbookPath(entries)) ?? '';
  const tag = /<(?:\w+:)?workbookView\b[^>]*>/.exec(xml)?.[0];
  return tag ? Number(getAttr(tag, 'activeTab') ?? 0) : 0;
}
