/**
 * Taizhang's Office document settings as a saved .xlsx carries them: the pane's `Office.context.document.settings`
 * live in a web-extension part ([MS-OWEXML]; `xl/webextensions/webextension1.xml`, content type
 * `application/vnd.ms-office.webextension+xml`), `<we:webextension><we:reference id="<manifest Id>" …/>
 * <we:properties><we:property name="taizhang.settings" value="<JSON literal>"/>`. The pane stores a string, so the
 * value is JSON of JSON, XML-escaped. Found and edited as text: every other byte of the part stays as Excel wrote it,
 * and a package without our part is never given one (we cannot know the store and version Excel wants).
 */
import { settingsFromJson, type LoadedSettings } from '../core/port/settingsJson';
import { escapeAttr } from './write/xmlText';
import { putText } from './write/zipEntries';

/** manifest.xml's `<Id>` (a test holds the two equal): the `we:reference id` of our add-in's part. */
export const TAIZHANG_ADDIN_ID = '6f2b8c1e-4d3a-4b7e-9a51-2c0d7e5f8a13';
/** The document settings key the pane uses (src/excel/settings.ts SETTINGS_KEY; a test holds them equal). */
export const DOCUMENT_SETTINGS_KEY = 'taizhang.settings';
export const WEBEXTENSION_CONTENT_TYPE = 'application/vnd.ms-office.webextension+xml';

type Entries = Map<string, Uint8Array>;

const utf8 = new TextDecoder('utf-8');
const textOf = (entries: Entries, name: string): string | null => {
  const b = entries.get(name);
  return b ? utf8.decode(b) : null;
};

/**
 * An attribute's text unescaped. A settings value is ~1.5 MB with an entity every few characters (`&quot;`): one
 * pass per named entity is ~10× faster than a callback per entity. `&amp;` and numeric references share the last
 * pass, so `&amp;quot;` and `&#38;amp;` come out as written.
 */
function unescapeAttr(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  const s = raw
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  return s.replace(/&(amp|#x[0-9a-fA-F]+|#[0-9]+);/g, (whole, e: string) => {
    if (e === 'amp') return '&';
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** One attribute of a start tag: its decoded value and where its raw text sits in the part. */
interface Attr {
  value: string;
  start: number;
  end: number;
}

/** The attributes of the start tag at `tagStart` (text `tag`), positions relative to the whole part. */
function attributes(tag: string, tagStart: number): Map<string, Attr> {
  const out = new Map<string, Attr>();
  const re = /\s([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) {
    const raw = m[2] ?? m[3];
    const start = tagStart + m.index + m[0].length - raw.length - 1;
    out.set(m[1].replace(/^[\w.-]+:/, ''), { value: unescapeAttr(raw), start, end: start + raw.length });
  }
  return out;
}

/** Start tags of local name `local` (any prefix) in the part, with their attributes. */
function startTags(xml: string, local: string): Map<string, Attr>[] {
  // Quote-aware: `>` is legal unescaped inside an attribute value, and Excel need not escape it.
  const re = new RegExp(`<(?:[\\w.-]+:)?${local}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, 'g');
  const tags: Map<string, Attr>[] = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) tags.push(attributes(m[0], m.index));
  return tags;
}

/** Part names the package's content types declare as web extensions (a task pane's or a content add-in's). */
export function webExtensionParts(entries: Entries): string[] {
  const types = textOf(entries, '[Content_Types].xml') ?? '';
  return startTags(types, 'Override')
    .filter((a) => a.get('ContentType')?.value.trim() === WEBEXTENSION_CONTENT_TYPE)
    .map((a) => (a.get('PartName')?.value ?? '').replace(/^\//, ''))
    .filter((name) => entries.has(name));
}

const sameId = (a: string, b: string) => a.replace(/[{}]/g, '').trim().toLowerCase() === b.toLowerCase();

/** What one web-extension part says, read once per part bytes (the CLI asks for the settings several times). */
interface PartReading {
  ours: boolean;
  xml: string;
  /** The `value` attribute of our settings property, if the property is there. */
  value: Attr | null;
  /** That value as the pane's settings JSON text (the JSON literal parsed); undefined when not a JSON literal. */
  literal?: unknown;
}
const readings = new WeakMap<Uint8Array, PartReading>();

function readingOf(bytes: Uint8Array): PartReading {
  let r = readings.get(bytes);
  if (r) return r;
  const xml = utf8.decode(bytes);
  const ours = startTags(xml, 'reference').some((a) => sameId(a.get('id')?.value ?? '', TAIZHANG_ADDIN_ID));
  const prop = ours ? startTags(xml, 'property').find((a) => a.get('name')?.value === DOCUMENT_SETTINGS_KEY) : null;
  r = { ours, xml, value: prop?.get('value') ?? null };
  try {
    if (r.value) r.literal = JSON.parse(r.value.value);
  } catch {
    // a damaged value: read below as the pane reads one (nothing), not fatal
  }
  readings.set(bytes, r);
  return r;
}

/** Our add-in's part: the one whose reference names our manifest Id. */
export function ourWebExtension(entries: Entries): ({ part: string } & PartReading) | null {
  for (const part of webExtensionParts(entries)) {
    const bytes = entries.get(part);
    const r = bytes && readingOf(bytes);
    if (r && r.ours) return { part, ...r };
  }
  return null;
}

/** The settings Excel's pane saved in the file, read as the pane reads them; null when the file has none. */
export function readDocumentSettings(entries: Entries): LoadedSettings | null {
  const ours = ourWebExtension(entries);
  if (!ours?.value) return null;
  return settingsFromJson(ours.literal);
}

/**
 * Writes the settings JSON into our property's value, the pane's way (a JSON string literal), when the property
 * exists; returns whether it did. Only the attribute's text changes.
 */
export function writeDocumentSettings(entries: Entries, json: string): boolean {
  const ours = ourWebExtension(entries);
  const value = ours?.value;
  if (!ours || !value) return false;
  const text = escapeAttr(JSON.stringify(json)).replace(/'/g, '&apos;');
  putText(entries, ours.part, ours.xml.slice(0, value.start) + text + ours.xml.slice(value.end));
  return true;
}
