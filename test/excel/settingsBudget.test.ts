/**
 * One size budget for Taizhang's three keys in document settings (src/excel/budget.ts). The mock host fails
 * saveAsync like Excel once the whole bag passes 2 MB — for every key, and again at the next save while the bag
 * still holds the unsaved values. A pane reload is a new host over what the document saved.
 */
import type { LedgerSnapshot } from '../../src/core/compare';
import type { CellWrite, StoredSettings } from '../../src/core/port/WorkbookPort';
import { budgetNotes, planBudget, SETTINGS_TOTAL_BYTES } from '../../src/excel/budget';
import { KEYS } from '../../src/excel/budgetSave';
import { ExcelWorkbook } from '../../src/excel/ExcelWorkbook';
import { HISTORY_KEY, MARKS_KEY } from '../../src/excel/persist';
import { SETTINGS_KEY } from '../../src/excel/settings';
import { fakeRunner } from './fakeExcel';
import { FakeModel } from './fakeModel';
import { bagBytes, mockHost } from './mockHost';

const SHEET = '项目台账';
const PACK = '{"document":{"title":"源政办〔2023〕5号"}}';

/** A version-1 snapshot of `rows` projects: ~154 bytes a row (3,000 rows ≈ 0.46 MB). */
const snap = (day: string, rows: number): LedgerSnapshot => ({
  v: 1,
  source: { file: '本工作簿', sheet: SHEET },
  takenAt: `2026-11-${day}T09:00:00.000Z`,
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

/** Three weeks of snapshots: ~1.39 MB of JSON, under core's 1.5 MB settings budget on its own. */
const SETTINGS: StoredSettings = {
  policyPack: PACK,
  rules: { 'blank-row': { enabled: false } },
  mappings: { [SHEET]: { H: 'completed' } },
  snapshots: { [SHEET]: [snap('10', 3000), snap('17', 3000), snap('24', 3000)] },
};

/** A fill of `n` long unit names in column `col`: its undo snapshot is ~0.28 kB a cell (1,000 cells ≈ 0.28 MB). */
const fill = (col: number, n: number, from = 1): CellWrite[] =>
  Array.from({ length: n }, (_, i) => ({
    sheet: SHEET,
    row: from + i,
    col,
    value: `区发展和改革委员会重点项目服务中心第${i}号联络组（负责前期手续、要素保障与协调调度）`,
    expected: null,
  }));

function setup(limit?: number) {
  const model = new FakeModel();
  const s = model.addSheet(SHEET);
  for (let r = 0; r < 1200; r++) s.enter(r, 0, r + 1);
  const office = mockHost('1.18', false, limit);
  const open = (host = office.host) => new ExcelWorkbook(fakeRunner(model), host);
  /** The pane reloaded or the file reopened: only what saveAsync put in the document is there. */
  const reopen = () => open(mockHost('1.18', false, limit, new Map(office.saved)).host);
  return { model, office, open, reopen };
}

const days = (settings: StoredSettings | null) =>
  (settings?.snapshots?.[SHEET] ?? []).map((s) => s.takenAt.slice(8, 10));
const zh = (wb: ExcelWorkbook, after: 'mark' | 'settings') =>
  wb
    .notes(after)
    .map((n) => n.zh)
    .join('\n');

test('fills after a full shelf: every save succeeds, older snapshot days give way first, both undos survive', async () => {
  const { office, open, reopen } = setup();
  const wb = open();
  await wb.saveSettings(SETTINGS);
  await wb.writeCells(fill(1, 1000), '填充牵头责任单位', 'fill');
  await wb.writeCells(fill(2, 1000), '填充配合责任单位', 'fill');
  expect(office.saves.every((s) => s.ok)).toBe(true);
  expect(bagBytes(office.saved)).toBeLessThanOrEqual(SETTINGS_TOTAL_BYTES);
  expect(zh(wb, 'mark')).toMatch(/共用约 1\.9 MB.*删去了台账快照：“项目台账”2026-11-10/);
  const again = reopen();
  expect((await again.listActions()).map((a) => a.label)).toEqual(['填充牵头责任单位', '填充配合责任单位']);
  const loaded = await again.loadSettings();
  expect(loaded).toMatchObject({ policyPack: PACK, mappings: SETTINGS.mappings, rules: SETTINGS.rules });
  expect(days(loaded)).toEqual(['17', '24']);
});

test('a settings save after a big history keeps the user’s settings and the newest undo, trims older ones', async () => {
  const { office, open, reopen } = setup();
  const wb = open();
  const labels = [1, 2, 3, 4, 5].map((n) => `第${n}次填充`);
  for (const [i, label] of labels.entries()) await wb.writeCells(fill(i + 1, 1199), label, 'fill'); // ~1.65 MB
  await wb.saveSettings(SETTINGS);
  expect(office.saves.every((s) => s.ok)).toBe(true);
  expect(bagBytes(office.saved)).toBeLessThanOrEqual(SETTINGS_TOTAL_BYTES);
  // Both older snapshot days went first, then the oldest undo entries; the newest of each stayed.
  const again = reopen();
  const saved = (await again.listActions()).map((a) => a.label);
  expect(saved.length).toBeLessThan(5);
  expect(saved).toEqual(labels.slice(5 - saved.length));
  const loaded = await again.loadSettings();
  expect(loaded).toMatchObject({ policyPack: PACK, mappings: SETTINGS.mappings });
  expect(days(loaded)).toEqual(['24']);
  expect(zh(wb, 'settings')).toMatch(/删去了台账快照：“项目台账”2026-11-10、“项目台账”2026-11-17/);
  expect(zh(wb, 'settings')).toMatch(/条撤销记录（“第1次填充”.*关闭任务窗格前仍可撤销/);
  // The older fills are still undoable in this pane.
  expect((await wb.listActions()).map((a) => a.label)).toEqual(labels);
});

test('生成汇总’s own snapshot outranks the newest undo; a plain settings save does not', async () => {
  const { office, open, reopen } = setup();
  const wb = open();
  const big = [1, 2, 3, 4, 5].flatMap((c) => fill(c, 1199)); // one action, ~1.65 MB of undo
  await wb.writeCells(big, '大填充', 'fill');
  // The summary's save brings the shelf with today's snapshot: the snapshot is kept, the undo's saved copy goes.
  await wb.saveSettings({ ...SETTINGS, snapshots: { [SHEET]: [snap('24', 3000)] } });
  expect(bagBytes(office.saved)).toBeLessThanOrEqual(SETTINGS_TOTAL_BYTES);
  expect(days(await reopen().loadSettings())).toEqual(['24']);
  expect(await reopen().listActions()).toEqual([]);
  expect(zh(wb, 'settings')).toMatch(/1 条撤销记录（“大填充”）未保存到工作簿：关闭任务窗格前仍可撤销/);
  expect(wb.canUndo()).toBe(true);
  // 设置 saves without the shelf: now the newest undo outranks the stored snapshot.
  await wb.saveSettings({ policyPack: PACK, rules: {} });
  expect(office.saves.every((s) => s.ok)).toBe(true);
  expect(days(await reopen().loadSettings())).toEqual([]);
  expect((await reopen().listActions()).map((a) => a.label)).toEqual(['大填充']);
  expect(zh(wb, 'settings')).toContain('删去了台账快照：“项目台账”2026-11-24');
});

test('marks are never what gives way: a reloaded pane still clears them after the budget cut the rest', async () => {
  const { model, office, open, reopen } = setup();
  const s = model.sheet(SHEET)!;
  s.cell(5, 0).fill = '#00B050';
  const wb = open();
  await wb.saveSettings(SETTINGS);
  await wb.markCells([{ sheet: SHEET, row: 5, col: 0, severity: 'error' }]);
  await wb.writeCells(fill(1, 1000), '填充', 'fill');
  await wb.writeCells(fill(2, 1000), '再填充', 'fill');
  expect(zh(wb, 'mark')).toContain('删去了台账快照');
  expect(office.saved.get(MARKS_KEY)).toContain('00B050');
  await reopen().clearMarks();
  expect(s.get(5, 0)!.fill).toBe('#00B050');
});

test('a host that refuses ~1 MB (Excel 2021, #3957): the save is retried at half the budget, and said', async () => {
  const { office, open, reopen } = setup(1_000_000);
  const wb = open();
  await wb.saveSettings({ ...SETTINGS, snapshots: { [SHEET]: [snap('24', 3000)] } });
  await wb.writeCells(fill(1, 1000), '填充', 'fill');
  await wb.writeCells(fill(2, 1000), '再填充', 'fill'); // ~1.05 MB in all: under 1.9 MB, over this host's 1 MB
  expect(office.saves.some((x) => !x.ok)).toBe(true);
  expect(office.saves[office.saves.length - 1].ok).toBe(true);
  expect(bagBytes(office.saved)).toBeLessThanOrEqual(1_000_000);
  expect(zh(wb, 'mark')).toContain('约 0.95 MB');
  expect(zh(wb, 'mark')).toMatch(/“填充”.*关闭任务窗格前仍可撤销/);
  const again = reopen();
  expect((await again.listActions()).map((a) => a.label)).toEqual(['再填充']);
  expect(days(await again.loadSettings())).toEqual(['24']); // the newest snapshot outranks an older undo
});

test('a save that fails anyway is said, and does not poison the next save of another key', async () => {
  const { office, open } = setup(60_000);
  const wb = open();
  await wb.writeCells(fill(1, 300), '填充', 'fill'); // its undo alone is ~0.13 MB, over this host's 60 kB
  expect(zh(wb, 'mark')).toContain('撤销记录未能保存到工作簿');
  // The bag was put back to what the document holds: the refused value does not stay behind to fail the next save.
  expect(office.store.has(HISTORY_KEY) && office.store.get(HISTORY_KEY) !== office.saved.get(HISTORY_KEY)).toBe(false);
  await wb.saveSettings({ policyPack: PACK, rules: {} });
  expect(office.saves[office.saves.length - 1].ok).toBe(true);
  expect(JSON.parse(office.saved.get(SETTINGS_KEY) as string).policyPack).toBe(PACK);
});

test('a stored settings entry that cannot be read still counts: the history makes room around it', async () => {
  const { office, open, reopen } = setup();
  office.store.set(SETTINGS_KEY, `{"policyPack": "${'源'.repeat(400_000)}`); // 1.2 MB, damaged: left as it is
  const wb = open();
  for (const c of [1, 2, 3]) await wb.writeCells(fill(c, 1000), `第${c}次填充`, 'fill');
  expect(office.saves.every((x) => x.ok)).toBe(true);
  expect(office.saved.get(SETTINGS_KEY)).toBe(office.store.get(SETTINGS_KEY));
  expect((await reopen().listActions()).map((a) => a.label)).toEqual(['第2次填充', '第3次填充']);
  expect(zh(wb, 'mark')).toContain('1 条撤销记录（“第1次填充”）未保存到工作簿');
});

test('the plan never counts fewer bytes than the settings bag really holds', () => {
  const history = [
    {
      entry: { id: '1', kind: 'fill' as const, label: '填充“牵头”', size: 1, at: '2026-12-01T09:00:00.000Z' },
      payload: {
        label: '填充',
        cells: [{ sheet: SHEET, row: 1, col: 1, value: 'a"b\\c', formula: '', numberFormat: '@', written: '区住建局' }],
        addedSheets: [],
        replacedSheets: [],
      },
    },
  ];
  const plan = planBudget({ settings: SETTINGS, marks: '{"v":1,"fills":[],"notes":[]}', history }, KEYS);
  const bag = new Map<string, unknown>([
    [SETTINGS_KEY, JSON.stringify(plan.settings)],
    [MARKS_KEY, '{"v":1,"fills":[],"notes":[]}'],
    [HISTORY_KEY, JSON.stringify(plan.history)],
  ]);
  expect(plan.bytes).toBeGreaterThanOrEqual(bagBytes(bag));
  expect(plan.bytes - bagBytes(bag)).toBeLessThan(200); // and not by much
});

test('settings and marks alone past the total: nothing of theirs is cut, the note says so', () => {
  const marks = JSON.stringify({ v: 1, fills: [], notes: [{ sheet: SHEET, cells: ['x'.repeat(1_950_000)] }] });
  const plan = planBudget({ settings: SETTINGS, marks, history: [] }, KEYS);
  expect(plan.settings?.snapshots).toEqual({}); // every snapshot went first
  expect(plan.over).toBeGreaterThan(0);
  expect(budgetNotes(plan).map((n) => n.zh)[1]).toMatch(/设置和标注本身已超过工作簿设置的容量.*请先清除标注/);
});
