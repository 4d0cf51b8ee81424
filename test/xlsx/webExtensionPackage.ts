/**
 * Adds Office add-ins' web-extension parts to any .xlsx, the way Excel saves a workbook in which task-pane add-ins
 * kept document settings ([MS-OWEXML]): `xl/webextensions/webextensionN.xml` per add-in, `taskpanes.xml` listing
 * them (linked from the package's root rels), their content types; each property value a JSON literal, XML-escaped.
 * The test's own writer, independent of src/xlsx/webExtension.ts, so the reader is checked against the format.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export interface AddinSpec {
  /** The `we:reference id` (the manifest's Id; Excel may write it in braces). */
  id: string;
  /** name → the value as JavaScript data: written as its JSON literal (a string setting is stored quoted). */
  properties: Record<string, unknown>;
  /** Raw attribute text instead (for damaged values, entities spelled differently). */
  rawProperties?: Record<string, string>;
}

const WE = 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11';
const WETP = 'http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_R = 'http://schemas.openxmlformats.org/package/2006/relationships';

export const xmlAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function webExtensionXml(a: AddinSpec, n: number): string {
  const props = [
    `<we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/>`,
    ...Object.entries(a.properties).map(
      ([k, v]) => `<we:property name="${xmlAttr(k)}" value="${xmlAttr(JSON.stringify(v))}"/>`,
    ),
    ...Object.entries(a.rawProperties ?? {}).map(([k, v]) => `<we:property name="${xmlAttr(k)}" value="${v}"/>`),
  ];
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<we:webextension xmlns:we="${WE}" ` +
    `id="{5C1D0F3A-0000-4000-8000-00000000000${n}}"><we:reference id="${a.id}" version="1.0.0.0" store="developer" ` +
    `storeType="Registry"/><we:alternateReferences/><we:properties>${props.join('')}</we:properties>` +
    `<we:bindings/><we:snapshot xmlns:r="${R}"/></we:webextension>`
  );
}

/** The package `xlsx` with one web-extension part per add-in, in task panes, as Excel links them. */
export function withWebExtensions(xlsx: Uint8Array, addins: AddinSpec[]): Uint8Array {
  const files = unzipSync(xlsx);
  const panes: string[] = [];
  const paneRels: string[] = [];
  const overrides: string[] = [];
  addins.forEach((a, i) => {
    const n = i + 1;
    files[`xl/webextensions/webextension${n}.xml`] = strToU8(webExtensionXml(a, n));
    panes.push(
      `<wetp:taskpane dockstate="right" visibility="1" width="350" row="${n}"><wetp:webextensionref xmlns:r="${R}" r:id="rId${n}"/></wetp:taskpane>`,
    );
    paneRels.push(
      `<Relationship Id="rId${n}" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension${n}.xml"/>`,
    );
    overrides.push(
      `<Override PartName="/xl/webextensions/webextension${n}.xml" ContentType="application/vnd.ms-office.webextension+xml"/>`,
    );
  });
  files['xl/webextensions/taskpanes.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<wetp:taskpanes xmlns:wetp="${WETP}">${panes.join('')}</wetp:taskpanes>`,
  );
  files['xl/webextensions/_rels/taskpanes.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${PKG_R}">${paneRels.join('')}</Relationships>`,
  );
  overrides.push(
    `<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>`,
  );
  const rels = strFromU8(files['_rels/.rels']);
  files['_rels/.rels'] = strToU8(
    rels.replace(
      '</Relationships>',
      `<Relationship Id="rIdTp" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>`,
    ),
  );
  const types = strFromU8(files['[Content_Types].xml']);
  files['[Content_Types].xml'] = strToU8(types.replace('</Types>', `${overrides.join('')}</Types>`));
  return zipSync(files);
}

/** A property's value as Office reads it back: the attribute unescaped, then the JSON literal parsed. */
export function propertyOf(xlsx: Uint8Array, part: string, name: string): unknown {
  const xml = strFromU8(unzipSync(xlsx)[part]);
  const m = new RegExp(`<we:property name="${name.replace(/\./g, '\\.')}" value="([^"]*)"/>`).exec(xml);
  if (!m) return undefined;
  const text = m[1]
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_w, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
  return JSON.parse(text);
}

/** The package with one property's value replaced (as the pane saving in Excel would leave it), all else kept. */
export function setProperty(xlsx: Uint8Array, part: string, name: string, value: unknown): Uint8Array {
  const files = unzipSync(xlsx);
  const xml = strFromU8(files[part]);
  const re = new RegExp(`(<we:property name="${name.replace(/\./g, '\\.')}" value=")[^"]*(")`);
  if (!re.test(xml)) throw new Error(`no property ${name} in ${part}`);
  files[part] = strToU8(xml.replace(re, (_m, a: string, b: string) => `${a}${xmlAttr(JSON.stringify(value))}${b}`));
  return zipSync(files);
}
