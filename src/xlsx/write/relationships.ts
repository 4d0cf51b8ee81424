/**
 * Relationship parts (`_rels/*.rels`) and `[Content_Types].xml`: read, add to and remove from, as text. Only the
 * elements we add or remove change; the rest of each part is kept as it was.
 */
import { escapeAttr, getAttr, NS } from './xmlText';
import type { Entries } from './zipEntries';
import { putText, textOf } from './zipEntries';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The rels part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part ("../drawings/d1.xml" from xl/worksheets/s.xml). */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = sourcePart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The path of `to` relative to the folder of `from` (both package paths without a leading slash). */
export function relativeTarget(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

export function readRels(xml: string | null): Relationship[] {
  if (!xml) return [];
  const out: Relationship[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)) {
    out.push({
      id: getAttr(m[0], 'Id') ?? '',
      type: getAttr(m[0], 'Type') ?? '',
      target: getAttr(m[0], 'Target') ?? '',
      external: getAttr(m[0], 'TargetMode') === 'External',
    });
  }
  return out;
}

/** Adds a relationship to the rels part of `sourcePart` (creating the part); returns its new id. */
export function addRel(entries: Entries, sourcePart: string, type: string, targetPart: string): string {
  const path = relsPathOf(sourcePart);
  const xml =
    textOf(entries, path) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}"></Relationships>`;
  const taken = new Set(readRels(xml).map((r) => r.id));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const el = `<Relationship Id="${id}" Type="${type}" Target="${escapeAttr(relativeTarget(sourcePart, targetPart))}"/>`;
  const open = xml.replace(/<Relationships([^>]*)\/>/, '<Relationships$1></Relationships>');
  putText(entries, path, open.replace(/<\/Relationships>\s*$/, `${el}</Relationships>`));
  return id;
}

/** Removes relationship `id` from the rels part of `sourcePart`. */
export function removeRel(entries: Entries, sourcePart: string, id: string): void {
  const path = relsPathOf(sourcePart);
  const xml = textOf(entries, path);
  if (!xml) return;
  const re = new RegExp(`<(?:\\w+:)?Relationship\\s[^>]*Id="${id}"[^>]*/>`);
  putText(entries, path, xml.replace(re, ''));
}

const CT_PATH = '[Content_Types].xml';

/** Declares the content type of a new part (an Override), unless its extension's Default already says so. */
export function addContentType(entries: Entries, part: string, type: string): void {
  const xml =
    textOf(entries, CT_PATH) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${NS.ct}"></Types>`;
  const name = `/${part}`;
  if (xml.includes(`PartName="${escapeAttr(name)}"`)) return;
  const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  const def = new RegExp(`<(?:\\w+:)?Default\\s[^>]*Extension="${ext}"[^>]*ContentType="([^"]*)"`, 'i').exec(xml);
  if (def?.[1] === type) return;
  putText(
    entries,
    CT_PATH,
    xml.replace(/<\/Types>\s*$/, `<Override PartName="${escapeAttr(name)}" ContentType="${type}"/></Types>`),
  );
}

export function removeContentType(entries: Entries, part: string): void {
  const xml = textOf(entries, CT_PATH);
  if (!xml) return;
  const re = new RegExp(
    `<(?:\\w+:)?Override\\s[^>]*PartName="${escapeAttr(`/${part}`).replace(/[.[\]]/g, '\\$&')}"[^>]*/>`,
  );
  putText(entries, CT_PATH, xml.replace(re, ''));
}

/** A part name not yet in the package: xl/worksheets/sheet{n}.xml with the smallest free n ≥ start. */
export function freePartName(entries: Entries, folder: string, stem: string, ext: string, start = 1): string {
  for (let n = start; ; n++) {
    const name = `${folder}/${stem}${n}.${ext}`;
    if (!entries.has(name)) return name;
  }
}
