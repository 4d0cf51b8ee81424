/**
 * Taizhang's Office document settings in a saved .xlsx (the web-extension part Excel writes for the pane): read by
 * the real reader and the port, winning over the CLI's settings sheet with a note when the two differ, written back
 * in place (every other byte of the part and of the package kept), never created, and another add-in's part left
 * alone byte for byte even when it uses the same property name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import type { LedgerSnapshot } from '../../src/core/compare';
import type { StoredSettings } from '../../src/core/port/WorkbookPort';
import { SETTINGS_KEY } from '../../src/excel/settings';
import { openXlsx } from '../../src/xlsx/read';
import { DOCUMENT_SETTINGS_KEY, TAIZHANG_ADDIN_ID } from '../../src/xlsx/webExtension';
import { XlsxWorkbook } from '../../src/xlsx/XlsxWorkbook';
import { makePackage } from './makePackage';
import { propertyOf, withWebExtensions, type AddinSpec } from './webExtensionPackage';

const OTHER_ADDIN = '0b5e7c52-1a2b-4c3d-8e9f-aabbccddeeff';
const WE1 = 'xl/webextensions/webextension1.xml';
const WE2 = 'xl/webextensions/webextension2.xml';

/** What the clerk set in Excel: text with Chinese, quotes, `&`, `<` and `>` in the pack and a mapping. */
const PANE: StoredSettings = {
  policyPack: '{"document":{"title":"源政办〔2023〕5号 “扩大有效投资” & <附件> \'一\'"}}',
  rules: { 'blank-row': { enabled: false } },
  lang: 'zh',
  mappings: { '项目台账&"二期"<新>': { H: 'completed', J: 'stage' } },
};

const ledgerOnly = () => makePackage([{ name: '项目台账', body: '<sheetData/>' }]);
const ours = (settings: unknown, id = TAIZHANG_ADDIN_ID): AddinSpec => ({
  id,
  properties: { [DOCUMENT_SETTINGS_KEY]: JSON.stringify(settings), 'taizhang.marks': '{"v":1,"fills":[],"notes":[]}' },
});
/** Another add-in that happens to use the same key: never ours to read or write. */
const theirs: AddinSpec = {
  id: `{${OTHER_ADDIN}}`,
  properties: { [DOCUMENT_SETTINGS_KEY]: JSON.stringify({ policyPack: 'not ours', rules: {} }), colour: 'blue' },
};
const partsOf = (bytes: Uint8Array) => unzipSync(bytes);

test("the add-in id and the settings key are the manifest's and the pane's", () => {
  const manifest = readFileSync(join(__dirname, '../../manifest.xml'), 'utf8');
  expect(/<Id>([^<]+)<\/Id>/.exec(manifest)?.[1]).toBe(TAIZHANG_ADDIN_ID);
  expect(DOCUMENT_SETTINGS_KEY).toBe(SETTINGS_KEY);
});

test('the pane’s settings are read from the web-extension part by the reader and by the port', async () => {
  const bytes = withWebExtensions(ledgerOnly(), [theirs, ours(PANE)]);
  expect(openXlsx(bytes).readSettings()).toEqual(PANE);
  const wb = await XlsxWorkbook.fromBuffer(bytes);
  expect(await wb.loadSettings()).toEqual(PANE);
  expect(wb.notes('settings')).toEqual([]);
});

test('the reference id in braces and upper case is ours too; another add-in’s same-named property is not', async () => {
  const upper = withWebExtensions(ledgerOnly(), [ours(PANE, `{${TAIZHANG_ADDIN_ID.toUpperCase()}}`)]);
  expect(openXlsx(upper).readSettings()).toEqual(PANE);
  const onlyTheirs = withWebExtensions(ledgerOnly(), [theirs]);
  expect(openXlsx(onlyTheirs).readSettings()).toBeNull();
});

test('entities spelled otherwise (numeric, &apos;) read the same', () => {
  const json = JSON.stringify(JSON.stringify({ policyPack: null, rules: {}, mappings: { 台账: { H: 'completed' } } }));
  const spelled = json.replace(/"/g, '&#34;').replace('台', '&#x53F0;');
  const bytes = withWebExtensions(ledgerOnly(), [
    { id: TAIZHANG_ADDIN_ID, properties: {}, rawProperties: { [DOCUMENT_SETTINGS_KEY]: spelled } },
  ]);
  expect(openXlsx(bytes).readSettings()?.mappings).toEqual({ 台账: { H: 'completed' } });
});

test('a raw > inside the value (legal XML, Excel need not escape it) is read whole', () => {
  const json = JSON.stringify(JSON.stringify({ policyPack: null, rules: {}, mappings: { 'a>b': { H: 'completed' } } }));
  const raw = json.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  expect(raw).toContain('a>b');
  const bytes = withWebExtensions(ledgerOnly(), [
    { id: TAIZHANG_ADDIN_ID, properties: {}, rawProperties: { [DOCUMENT_SETTINGS_KEY]: raw } },
  ]);
  expect(openXlsx(bytes).readSettings()?.mappings).toEqual({ 'a>b': { H: 'completed' } });
});

test('with both stores the document settings win; a note says so only when the two differ', async () => {
  const sheetOnly = await XlsxWorkbook.fromBuffer(ledgerOnly());
  await sheetOnly.saveSettings({ policyPack: null, rules: {}, mappings: { 项目台账: { H: 'ignore' } } });
  const differ = withWebExtensions(sheetOnly.toBytes(), [ours(PANE)]);
  const wb = await XlsxWorkbook.fromBuffer(differ);
  expect(await wb.loadSettings()).toEqual(PANE);
  expect(wb.notes('settings').map((n) => n.zh)).toEqual([expect.stringContaining('已采用 Excel 任务窗格的设置')]);
  expect(openXlsx(differ).readSettingsAndNotes().notes).toHaveLength(1);

  const same = await XlsxWorkbook.fromBuffer(ledgerOnly());
  await same.saveSettings(PANE);
  const agree = await XlsxWorkbook.fromBuffer(withWebExtensions(same.toBytes(), [ours(PANE)]));
  expect(await agree.loadSettings()).toEqual(PANE);
  expect(agree.notes('settings')).toEqual([]);
});

test('a damaged document value falls back to the sheet and says so', async () => {
  const sheetOnly = await XlsxWorkbook.fromBuffer(ledgerOnly());
  await sheetOnly.saveSettings({ policyPack: null, rules: { x: { enabled: true } } });
  const bytes = withWebExtensions(sheetOnly.toBytes(), [
    { id: TAIZHANG_ADDIN_ID, properties: {}, rawProperties: { [DOCUMENT_SETTINGS_KEY]: '&quot;{not json' } },
  ]);
  const wb = await XlsxWorkbook.fromBuffer(bytes);
  expect((await wb.loadSettings())?.rules).toEqual({ x: { enabled: true } });
  expect(wb.notes('settings')[0].zh).toContain('无法读取');
});

test('saveSettings writes the property in place: the pane reads the CLI’s settings, every other byte is kept', async () => {
  const input = withWebExtensions(ledgerOnly(), [theirs, ours(PANE)]);
  const wb = await XlsxWorkbook.fromBuffer(input);
  const next: StoredSettings = { ...PANE, rules: { 'blank-row': { enabled: true } }, mappings: { 项目台账: {} } };
  await wb.saveSettings(next);
  const out = wb.toBytes();
  // The pane reads the property as office.js does: the JSON literal is a string holding the settings' JSON.
  const literal = propertyOf(out, WE2, DOCUMENT_SETTINGS_KEY);
  expect(typeof literal).toBe('string');
  expect(JSON.parse(literal as string)).toEqual(next);
  expect(openXlsx(out).readSettings()).toEqual(next);
  // Our part: only the value attribute changed.
  const [a, b] = [partsOf(input), partsOf(out)];
  const around = (xml: Uint8Array) => strFromU8(xml).replace(/(name="taizhang\.settings" value=")[^"]*"/, '$1…"');
  expect(around(b[WE2])).toBe(around(a[WE2]));
  expect(propertyOf(out, WE2, 'taizhang.marks')).toBe('{"v":1,"fills":[],"notes":[]}');
  // The other add-in's part, the task panes and their links, every part the settings sheet does not add to (workbook, rels, styles, types): as read.
  const touched = new Set([
    WE2,
    'xl/styles.xml',
    'xl/workbook.xml',
    'xl/_rels/workbook.xml.rels',
    '[Content_Types].xml',
  ]);
  const kept = Object.keys(a).filter((n) => !touched.has(n));
  expect(kept).toEqual(expect.arrayContaining([WE1, 'xl/webextensions/taskpanes.xml', '_rels/.rels']));
  for (const name of kept) expect([name, Buffer.from(b[name]).equals(Buffer.from(a[name]))]).toEqual([name, true]);
});

test('a file without the part behaves as before: no web-extension part is made', async () => {
  const wb = await XlsxWorkbook.fromBuffer(ledgerOnly());
  await wb.saveSettings(PANE);
  const out = wb.toBytes();
  expect(Object.keys(partsOf(out)).filter((n) => n.includes('webextension'))).toEqual([]);
  expect(openXlsx(out).readSettings()).toEqual(PANE);
});

test('our part without a settings property is not given one; the sheet carries the settings', async () => {
  const input = withWebExtensions(ledgerOnly(), [{ id: TAIZHANG_ADDIN_ID, properties: { 'taizhang.marks': '{}' } }]);
  const wb = await XlsxWorkbook.fromBuffer(input);
  expect(await wb.loadSettings()).toBeNull();
  await wb.saveSettings(PANE);
  const out = wb.toBytes();
  expect(Buffer.from(partsOf(out)[WE1]).equals(Buffer.from(partsOf(input)[WE1]))).toBe(true);
  expect(openXlsx(out).readSettings()).toEqual(PANE);
});

const snap = (takenAt: string, rows: number): LedgerSnapshot => ({
  v: 1,
  source: { file: '本周.xlsx', sheet: '项目台账' },
  takenAt,
  asOf: '2023-10-31',
  rows: Array.from({ length: rows }, (_, i) => [
    i + 4,
    `第${i}号项目`,
    '城发公司',
    '空冢郭镇',
    '工业',
    '开工一批',
    '区工信局',
    500,
    null,
    100,
  ]),
});

test('the sheet’s snapshots of days the pane’s shelf lacks are kept beside the pane’s (its own days win)', async () => {
  const [a, b1, b2, c] = [
    snap('2026-11-10T09:00:00.000Z', 1),
    snap('2026-11-17T09:00:00.000Z', 2),
    snap('2026-11-17T10:00:00.000Z', 3),
    snap('2026-11-24T09:00:00.000Z', 4),
  ];
  const sheetOnly = await XlsxWorkbook.fromBuffer(ledgerOnly());
  await sheetOnly.saveSettings({ policyPack: null, rules: {}, snapshots: { 项目台账: [a, b1] } });
  const pane = { ...PANE, snapshots: { 项目台账: [b2, c] } };
  const wb = await XlsxWorkbook.fromBuffer(withWebExtensions(sheetOnly.toBytes(), [ours(pane)]));
  const got = await wb.loadSettings();
  expect(got?.snapshots?.['项目台账'].map((s) => s.rows.length)).toEqual([1, 3, 4]);
  expect({ ...got, snapshots: undefined }).toEqual({ ...PANE, snapshots: undefined });
  expect(wb.notes('settings').map((n) => n.zh)).toEqual([expect.stringContaining('另有的 1 份台账快照')]);
});

test('awkward text round-trips through the property: line breaks, tabs, U+2028, emoji, a lone surrogate', async () => {
  const odd = '换行\n制表\t\u2028段落 🏗️ \ud800 "引号" \'撇\' & <尖> ]]> &amp;';
  const settings: StoredSettings = { policyPack: odd, rules: {}, mappings: { [odd]: { H: 'completed' } } };
  const wb = await XlsxWorkbook.fromBuffer(withWebExtensions(ledgerOnly(), [ours(PANE)]));
  await wb.saveSettings(settings);
  const out = wb.toBytes();
  const back = openXlsx(out).readSettings();
  expect(back?.mappings).toEqual(settings.mappings);
  expect(back?.policyPack).toBe(odd); // JSON.stringify writes the lone surrogate as \ud800, so it survives
  expect(JSON.parse(propertyOf(out, WE1, DOCUMENT_SETTINGS_KEY) as string).mappings).toEqual(settings.mappings);
  // The part is still well-formed XML to a strict parser, and the property is still one attribute.
  const xml = strFromU8(unzipSync(out)[WE1]);
  const names: string[] = [];
  const parser = new SaxesParser();
  parser.on('opentag', (t) => t.name === 'we:property' && names.push(String(t.attributes.name)));
  parser.write(xml).close();
  expect(names).toEqual(['Office.AutoShowTaskpaneWithDocument', DOCUMENT_SETTINGS_KEY, 'taizhang.marks']);
});

test('a single-quoted value with raw double quotes (legal XML) is read and written back in its quotes', async () => {
  const literal = JSON.stringify(JSON.stringify(PANE))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/'/g, '&apos;');
  expect(literal).toContain('"');
  const input = withWebExtensions(ledgerOnly(), [ours({ placeholder: true })]);
  const files = unzipSync(input);
  const xml = strFromU8(files[WE1]).replace(
    /(name="taizhang\.settings" value=)"[^"]*"/,
    (_m, a: string) => `${a}'${literal}'`,
  );
  files[WE1] = strToU8(xml);
  const bytes = zipSync(files);
  expect(openXlsx(bytes).readSettings()).toEqual(PANE);
  const wb = await XlsxWorkbook.fromBuffer(bytes);
  await wb.saveSettings({ ...PANE, lang: 'en' });
  const written = strFromU8(unzipSync(wb.toBytes())[WE1]);
  expect(written).toMatch(/name="taizhang\.settings" value='[^']*'\/>/);
  expect(openXlsx(wb.toBytes()).readSettings()?.lang).toBe('en');
});
