/**
 * #16 item 6: ExcelApi 1.7 is the floor (Office 2019 volume licence and other government-office builds). The fake
 * refuses any member above model.apiMinor with ApiNotFound, as Office.js does for APIs a host lacks; mockHost tells
 * isSetSupported the same. Each set is switched off in turn and every action must still work, degraded.
 */
import type { SheetLayout } from '../../src/core/report/types';
import { ExcelWorkbook } from '../../src/excel/ExcelWorkbook';
import { fakeRunIn, fakeRunner } from './fakeExcel';
import { FakeModel } from './fakeModel';
import { mockHost } from './mockHost';

function host(api: string) {
  const model = new FakeModel();
  model.apiMinor = parseInt(api.split('.')[1], 10);
  const s = model.addSheet('项目台账');
  s.fillRows([
    ['序号', '项目名称', '牵头责任单位'],
    [1, '项目1', null],
    [2, '项目2', null],
    [3, '项目3', null],
  ]);
  s.hiddenRows.add(2);
  s.merges.push('A1:A1');
  s.cell(1, 1).fill = '#00B050';
  const wb = new ExcelWorkbook(fakeRunner(model), mockHost(api).host, { notes: true, runIn: fakeRunIn });
  return { model, s, wb };
}

const summary: SheetLayout = {
  name: '汇总',
  cells: [
    { row: 0, col: 0, value: '合计' },
    { row: 0, col: 1, value: 3, numberFormat: '0' },
  ],
  columnWidths: [10],
  merges: [],
  freeze: { rows: 1, cols: 0 },
  conditional: [],
  charts: [
    {
      kind: 'bar',
      title: 't',
      categories: 'A1:A1',
      series: [{ name: 's', values: 'B1:B1' }],
      anchor: 'D2',
      width: 3,
      height: 3,
    },
  ],
};

describe.each(['1.7', '1.8', '1.9', '1.12', '1.13', '1.17', '1.18', '1.20'])('on an ExcelApi %s host', (api) => {
  test('read, write + undo, mark + clear, summary + replace + undo all work', async () => {
    const { model, s, wb } = host(api);
    const grid = await wb.readSheet('项目台账');
    expect(grid.values[3][1]).toBe('项目3');
    expect(grid.hiddenRows).toEqual([2]);

    await wb.writeCells([{ sheet: '项目台账', row: 1, col: 2, value: '0123', expected: null }], '填充');
    expect(s.get(1, 2)!.value).toBe('0123');
    await wb.undoLast();
    expect(s.get(1, 2)?.value ?? null).toBeNull();

    await wb.markCells([
      { sheet: '项目台账', row: 1, col: 1, severity: 'error', note: '名称有误' },
      { sheet: '项目台账', row: 3, col: 1, severity: 'warning' },
    ]);
    expect(s.get(1, 1)!.fill).toBe('#FFC7CE');
    await wb.clearMarks();
    expect(s.get(1, 1)!.fill).toBe('#00B050');
    expect(s.get(3, 1)?.fill ?? null).toBeNull();
    expect(s.notes.size).toBe(0);

    await wb.writeSheets([summary], { replace: false });
    await wb.writeSheets([summary], { replace: true });
    expect(model.sheet('汇总')!.display('A1')!.value).toBe('合计');
    await wb.undoLast();
    await wb.undoLast();
    expect(model.sheet('汇总')).toBeUndefined();
  });

  test('missingFeatures says what is degraded, and only that', () => {
    const { wb } = host(api);
    const text = wb
      .missingFeatures()
      .map((m) => m.zh)
      .join('\n');
    const minor = parseInt(api.split('.')[1], 10);
    const names = (v: string) => new RegExp(`ExcelApi ${v.replace('.', '\\.')}(?!\\d)`).test(text);
    expect(names('1.8')).toBe(minor < 8);
    expect(names('1.9')).toBe(minor < 9);
    expect(names('1.13')).toBe(minor < 13);
    expect(names('1.18')).toBe(minor < 18);
  });
});

test('below ExcelApi 1.7 the adapter refuses with a message that names what is needed', () => {
  expect(() => host('1.6')).toThrow(/ExcelApi 1\.7/);
});
