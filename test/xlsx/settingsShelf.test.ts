/**
 * The snapshot shelf through the .xlsx port: saved in the very hidden settings sheet, read back from the written
 * bytes by the streaming reader; settings saved without a shelf keep the stored one; a damaged snapshot is dropped
 * with a note while the policy pack and mappings stand; the JSON stays under the budget.
 */
import { SETTINGS_BUDGET_BYTES, type LedgerSnapshot } from '../../src/core/compare';
import type { StoredSettings } from '../../src/core/port/WorkbookPort';
import { openXlsx } from '../../src/xlsx/read';
import { settingsLayout } from '../../src/xlsx/settingsSheet';
import { XlsxWorkbook } from '../../src/xlsx/XlsxWorkbook';
import { makePackage } from './makePackage';

const snap = (takenAt: string, rows = 3, sheet = '项目台账'): LedgerSnapshot => ({
  v: 1,
  source: { file: '本周.xlsx', sheet },
  takenAt,
  asOf: '2023-10-31',
  rows: Array.from({ length: rows }, (_, i) => [
    i + 4,
    `第${i}号项目建设工程（一期）`,
    '漯河市城发投资有限公司',
    '空冢郭镇',
    '工业',
    '开工一批',
    '区工信局',
    50000 + i,
    i % 2 ? null : 2000,
    1500.5,
  ]),
});
const SETTINGS: StoredSettings = {
  policyPack: '{"document":{"title":"源政办〔2023〕5号"}}',
  rules: { 'blank-row': { enabled: false } },
  mappings: { 项目台账: { H: 'completed' } },
  snapshots: { 项目台账: [snap('2026-11-24T09:00:00.000Z'), snap('2026-12-01T09:00:00.000Z')] },
};

const book = () => XlsxWorkbook.fromBuffer(makePackage([{ name: '项目台账', body: '<sheetData/>' }]));
const reopen = async (wb: XlsxWorkbook) => XlsxWorkbook.fromBuffer(wb.toBytes());

test('written then read back from the bytes, by the port and by the reader the CLI uses', async () => {
  const wb = await book();
  await wb.saveSettings(SETTINGS);
  const again = await reopen(wb);
  expect(await again.loadSettings()).toEqual(SETTINGS);
  expect(again.notes('settings')).toEqual([]);
  expect(openXlsx(wb.toBytes()).readSettings()).toEqual(SETTINGS);
  expect((await again.listSheets()).map((s) => s.name)).toEqual(['项目台账']); // the settings sheet is not a tab
});

test('settings saved without a shelf (the pane’s 设置, a column mapping) keep the stored shelf; {} empties it', async () => {
  const wb = await reopen(await book().then(async (w) => (await w.saveSettings(SETTINGS), w)));
  await wb.saveSettings({ policyPack: null, rules: {}, lang: 'en' });
  const kept = await (await reopen(wb)).loadSettings();
  expect(kept).toEqual({ policyPack: null, rules: {}, lang: 'en', snapshots: SETTINGS.snapshots });
  await wb.saveSettings({ policyPack: null, rules: {}, snapshots: {} });
  expect((await (await reopen(wb)).loadSettings())?.snapshots).toBeUndefined();
});

test('a damaged snapshot is dropped with a note; the pack and mappings stand', async () => {
  const wb = await book();
  const damaged = { ...snap('2026-11-17T09:00:00.000Z'), rows: [[4, '缺列']] } as unknown as LedgerSnapshot;
  const shelf = { 项目台账: [damaged, ...SETTINGS.snapshots!['项目台账']], 别的: 'x' as unknown as LedgerSnapshot[] };
  // Written as a damaged file would hold it (saveSettings itself keeps only readable snapshots).
  wb.editor.writeSheet(settingsLayout({ ...SETTINGS, snapshots: shelf }), { state: 'veryHidden' });
  const again = await reopen(wb);
  const loaded = await again.loadSettings();
  expect(loaded).toEqual(SETTINGS);
  expect(again.notes('settings').map((n) => n.zh)).toEqual([
    '工作簿中保存的台账快照有 2 份无法读取（已损坏或来自其他版本），已忽略；其他设置不受影响。',
  ]);
  // Saved again, the damaged ones are gone for good and the note with them.
  await again.saveSettings({ policyPack: null, rules: {} });
  const third = await reopen(again);
  expect((await third.loadSettings())?.snapshots).toEqual(SETTINGS.snapshots);
  expect(third.notes('settings')).toEqual([]);
});

test('a shelf past the budget is cut oldest first when saved, with a note; the save itself succeeds', async () => {
  const wb = await book();
  // Four days of a ~0.5 MB snapshot each: 2 MB, past the 1.5 MB budget.
  const big = (day: string) => snap(`2026-11-${day}T09:00:00.000Z`, 5200);
  const shelf = { 项目台账: ['03', '10', '17', '24'].map(big) };
  await wb.saveSettings({ ...SETTINGS, snapshots: shelf });
  expect(wb.notes('settings')[0].zh).toMatch(/删去了 \d 份较早的台账快照/);
  const loaded = (await (await reopen(wb)).loadSettings())!;
  const days = loaded.snapshots!['项目台账'].map((s) => s.takenAt.slice(8, 10));
  expect(days.length).toBeLessThan(4);
  expect(days).toEqual(['03', '10', '17', '24'].slice(4 - days.length)); // the newest kept
  expect(Buffer.byteLength(JSON.stringify(loaded))).toBeLessThanOrEqual(SETTINGS_BUDGET_BYTES);
  expect(loaded.policyPack).toBe(SETTINGS.policyPack);
});
