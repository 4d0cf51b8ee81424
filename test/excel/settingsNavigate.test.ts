import { WorkbookError } from '../../src/core/port/WorkbookPort';
import { ExcelWorkbook } from '../../src/excel/ExcelWorkbook';
import { toWorkbookError } from '../../src/excel/errors';
import { SETTINGS_KEY } from '../../src/excel/settings';
import { detectCapabilities, missingFeatureNotes } from '../../src/excel/requirements';
import { fakeRunner } from './fakeExcel';
import { FakeModel } from './fakeModel';
import { mockHost } from './mockHost';

describe('settings in the workbook (document settings through office-addin-mock)', () => {
  test('none stored → null (the built-in pack); save then load round-trips', async () => {
    const { host, store } = mockHost();
    const wb = new ExcelWorkbook(fakeRunner(new FakeModel()), host);
    expect(await wb.loadSettings()).toBeNull();
    const settings = {
      policyPack: '{"document":{"title":"源政办〔2023〕5号"}}',
      rules: { 'blank-row': { enabled: false } },
      lang: 'zh' as const,
    };
    await wb.saveSettings(settings);
    expect(typeof store.get(SETTINGS_KEY)).toBe('string');
    expect(await wb.loadSettings()).toEqual(settings);
  });

  test('a damaged entry falls back to null; a failed save is a Chinese WorkbookError', async () => {
    const { host, store } = mockHost('1.18', true);
    store.set(SETTINGS_KEY, '{not json');
    const wb = new ExcelWorkbook(fakeRunner(new FakeModel()), host);
    expect(await wb.loadSettings()).toBeNull();
    await expect(wb.saveSettings({ policyPack: null, rules: {} })).rejects.toMatchObject({
      code: 'SettingsSaveFailed',
      zh: expect.stringContaining('磁盘已满'),
    });
  });
});

describe('navigation and sheets', () => {
  test('selectCell activates the sheet and selects the cell', async () => {
    const model = new FakeModel();
    model.addSheet('说明');
    model.addSheet('项目台账').enter(0, 0, 'x');
    const wb = new ExcelWorkbook(fakeRunner(model), mockHost().host);
    expect(await wb.activeSheet()).toBe('说明');
    await wb.selectCell('项目台账', 'E12');
    expect(model.selected).toBe('项目台账!E12');
    expect(await wb.activeSheet()).toBe('项目台账');
    expect(await wb.listSheets()).toEqual([
      { name: '说明', visible: true },
      { name: '项目台账', visible: true },
    ]);
    await expect(wb.selectCell('已删除', 'A1')).rejects.toMatchObject({
      code: 'ItemNotFound',
      zh: expect.stringContaining('“已删除”'),
    });
  });
});

describe('error mapping', () => {
  const office = (code: string) => Object.assign(new Error('raw'), { code });
  test.each([
    ['InvalidOperation', /工作表“台账”的 C5的写入（工作表或工作簿受保护.*部分更改可能已经生效/],
    ['ItemNotFound', /找不到工作表“台账”的 C5/],
    ['RequestPayloadSizeLimitExceeded', /5 MB/],
    ['ResponsePayloadSizeLimitExceeded', /单次响应上限/],
    ['ApiNotFound', /要求集/],
    ['InvalidOperationInCellEditMode', /单元格编辑状态/],
    ['GeneralException', /写入工作表“台账”的 C5时 Excel 报错（GeneralException）：raw/],
  ])('%s → Chinese message', (code, re) => {
    const e = toWorkbookError(office(code), { sheet: '台账', cell: 'C5', action: '写入' });
    expect(e).toBeInstanceOf(WorkbookError);
    expect(e.code).toBe(code);
    expect(e.zh).toMatch(re);
    expect(e.en.length).toBeGreaterThan(0);
  });
  test('a WorkbookError passes through unchanged', () => {
    const w = new WorkbookError('中', 'en', 'X');
    expect(toWorkbookError(w)).toBe(w);
  });
});

describe('requirements', () => {
  test('optional sets are detected and missing ones explained', () => {
    const caps = detectCapabilities((n, v) => n === 'ExcelApi' && parseFloat(v.slice(2)) <= 12);
    expect(caps).toMatchObject({
      events: true,
      mergedAreas: false,
      notes: false,
      rangeAreas: true,
      fillDetails: true,
      rowProperties: true,
      undoGroups: false,
    }); // 1.8 ≤ 1.12
    const notes = missingFeatureNotes(caps).map((m) => m.zh);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain('1.13');
    expect(notes[1]).toContain('1.18');
    expect(missingFeatureNotes(detectCapabilities(() => true))).toEqual([]);
  });
});
