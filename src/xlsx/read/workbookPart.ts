/** Finding the sheets: _rels/.rels → the workbook part → its relationships → each sheet's part and state. */
import type { PackageSheet, SheetState } from './types';
import { eachElement } from './smallXml';
import { XlsxReadError } from './XlsxReadError';

export interface Relationship {
  id: string;
  type: string;
  /** Zip path, resolved against the part's folder. */
  target: string;
  external: boolean;
}

/** The relationships part of `part` (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`). */
export function relsPath(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

export function readRels(entries: Map<string, Uint8Array>, part: string): Relationship[] {
  const path = relsPath(part);
  const bytes = entries.get(path);
  if (!bytes) return [];
  const out: Relationship[] = [];
  eachElement(bytes, path, (e) => {
    if (e.name !== 'Relationship') return;
    const external = e.attrs.TargetMode === 'External';
    const target = e.attrs.Target ?? '';
    out.push({
      id: e.attrs.Id ?? '',
      type: e.attrs.Type ?? '',
      target: external ? target : resolveTarget(part, target),
      external,
    });
  });
  return out;
}

const typeEnds = (r: Relationship, kind: string) => r.type.endsWith(`/${kind}`);

export function workbookPartPath(entries: Map<string, Uint8Array>): string {
  const root = readRels(entries, '');
  const office = root.find((r) => typeEnds(r, 'officeDocument'));
  return office?.target ?? 'xl/workbook.xml';
}

export interface WorkbookInfo {
  sheets: PackageSheet[];
  activeTab: number;
  /** The workbook counts days from 1904-01-01 (old Mac Excel): its date serials are 1,462 less than 1900's. */
  date1904: boolean;
  rels: Relationship[];
}

export function readWorkbookPart(entries: Map<string, Uint8Array>, part: string, fileName: string): WorkbookInfo {
  const bytes = entries.get(part);
  if (!bytes) {
    throw new XlsxReadError(
      `“${fileName}”中找不到工作簿部件（${part}），不是完整的 .xlsx 文件。`,
      `"${fileName}" has no workbook part (${part}).`,
      'corrupt',
    );
  }
  const rels = readRels(entries, part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: PackageSheet[] = [];
  let activeTab = 0;
  let date1904 = false;
  eachElement(bytes, part, (e) => {
    if (e.name === 'workbookPr') date1904 = e.attrs.date1904 === '1' || e.attrs.date1904 === 'true';
    if (e.name === 'workbookView' && activeTab === 0) activeTab = Number(e.attrs.activeTab ?? 0) || 0;
    if (e.name !== 'sheet' || e.path[e.path.length - 1] !== 'sheets') return;
    const rId = e.attrs.id ?? '';
    const rel = byId.get(rId);
    const state: SheetState = e.attrs.state === 'hidden' || e.attrs.state === 'veryHidden' ? e.attrs.state : 'visible';
    sheets.push({
      name: e.attrs.name ?? '',
      state,
      path: rel?.target ?? '',
      rId,
      kind: rel && typeEnds(rel, 'worksheet') ? 'worksheet' : 'chart',
    });
  });
  return { sheets, activeTab, rels, date1904 };
}
