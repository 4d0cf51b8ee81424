/**
 * The snapshot shelf through the Excel port: document settings (office-addin-mock host) round trip; the pane's
 * settings saves (no shelf given) keep it; a damaged shelf never blocks the pane — it is dropped with a note and
 * the pack stands; a shelf past the 1.5 MB budget is cut, oldest first, and the save of the other settings
 * succeeds (document settings hold about 2 MB in all).
 */
import { SETTINGS_BUDGET_BYTES, type LedgerSnapshot } from '../../src/core/compare';
import type { StoredSettings } from '../../src/core/port/WorkbookPort';
import { ExcelWorkbook } from '../../src/excel/ExcelWorkbook';
import { SETTINGS_KEY } from '../../src/excel/settings';
import { fakeRunner } from './fakeExcel';
import { FakeModel } from './fakeModel';
import { mockHost } from './mockHost';

const snap = (takenAt: string, rows = 3): LedgerSnapshot => ({
  v: 1,
  source: { file: '本工作簿', sheet: '项目台账' },
  takenAt,
  rows: Array.from({ length: rows }, (_, i) => [
    i + 4,
    `第${i}号项目建设工程（一期）`,
    '漯河市城发投资有限公司',
    '空冢郭镇',
    '工业',
    '开工一批',
    '区工信局',
    50000,
    null,
    1500,
  ]),
});
const SETTINGS: StoredSettings = {
  policyPack: '{"document":{"title":"源政办〔2023〕5号"}}',
  rules: {},
  lang: 'zh',
  snapshots: { 项目台账: [snap('2026-11-24T09:00:00.000Z'), snap('2026-12-01T09:00:00.000Z')] },
};

function workbook() {
  const { host, store } = mockHost();
  return { wb: new ExcelWorkbook(fakeRunner(new FakeModel()), host), store };
}

test('the shelf round-trips through document settings; the pane’s saves without it keep it', async () => {
  const { wb, store } = workbook();
  await wb.saveSettings(SETTINGS);
  expect(JSON.parse(store.get(SETTINGS_KEY) as string).snapshots).toEqual(SETTINGS.snapshots);
  expect(await wb.loadSettings()).toEqual(SETTINGS);
  await wb.saveSettings({ policyPack: null, rules: { 'blank-row': { enabled: false } }, lang: 'en' });
  expect(await wb.loadSettings()).toEqual({
    policyPack: null,
    rules: { 'blank-row': { enabled: false } },
    lang: 'en',
    snapshots: SETTINGS.snapshots,
  });
  expect(wb.notes('settings')).toEqual([]);
});

test('a damaged shelf is dropped with a note and never blocks the pane: the pack and mappings stand', async () => {
  const { wb, store } = workbook();
  const good = SETTINGS.snapshots!['项目台账'];
  store.set(
    SETTINGS_KEY,
    JSON.stringify({
      ...SETTINGS,
      mappings: { 项目台账: { H: 'completed' } },
      snapshots: { 项目台账: [...good, { v: 1 }], 其他: 7 },
    }),
  );
  const loaded = await wb.loadSettings();
  expect(loaded).toEqual({ ...SETTINGS, mappings: { 项目台账: { H: 'completed' } } });
  expect(wb.notes('settings')[0].zh).toContain('2 份无法读取');
  store.set(SETTINGS_KEY, JSON.stringify({ ...SETTINGS, snapshots: 'garbage' }));
  expect(await wb.loadSettings()).toEqual({ policyPack: SETTINGS.policyPack, rules: {}, lang: 'zh' });
  expect(wb.notes('settings')[0].zh).toContain('1 份无法读取');
});

test('past the budget the oldest snapshots go and the save succeeds, with a note', async () => {
  const { wb, store } = workbook();
  const shelf = { 项目台账: ['03', '10', '17', '24'].map((d) => snap(`2026-11-${d}T09:00:00.000Z`, 5200)) };
  await wb.saveSettings({ ...SETTINGS, snapshots: shelf });
  const raw = store.get(SETTINGS_KEY) as string;
  expect(Buffer.byteLength(raw)).toBeLessThanOrEqual(SETTINGS_BUDGET_BYTES);
  const days = JSON.parse(raw).snapshots['项目台账'].map((s: LedgerSnapshot) => s.takenAt.slice(8, 10));
  expect(days).toEqual(['03', '10', '17', '24'].slice(4 - days.length));
  expect(days.length).toBeLessThan(4);
  expect(wb.notes('settings')[0].zh).toMatch(/删去了 \d 份较早的台账快照/);
  expect(JSON.parse(raw).policyPack).toBe(SETTINGS.policyPack);
});
