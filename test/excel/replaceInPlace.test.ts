/**
 * #16 item 5: replacing a summary sheet rewrites it in place. The fake makes Worksheet.delete do what Excel does:
 * every formula elsewhere that pointed at the deleted sheet becomes #REF! (and Excel's undo history is cleared).
 */
import type { SheetLayout } from '../../src/core/report/types';
import { ExcelWorkbook } from '../../src/excel/ExcelWorkbook';
import { fakeRunner } from './fakeExcel';
import { FakeModel } from './fakeModel';
import { mockHost } from './mockHost';

const layout: SheetLayout = {
  name: '投资汇总',
  cells: [
    { row: 0, col: 0, value: '领域' },
    { row: 1, col: 0, value: '工业' },
    { row: 1, col: 1, value: 1200, numberFormat: '#,##0' },
  ],
  columnWidths: [],
  merges: ['A1:B1'],
  freeze: { rows: 1, cols: 0 },
  conditional: [],
  charts: [
    {
      kind: 'bar',
      title: '完成投资',
      categories: 'A2:A2',
      series: [{ name: '完成', values: 'B2:B2' }],
      anchor: 'D2',
      width: 4,
      height: 8,
    },
  ],
};

function setup() {
  const model = new FakeModel();
  model.addSheet('项目台账').enter(0, 0, '项目名称');
  const old = model.addSheet('投资汇总');
  old.enter(1, 1, 999);
  old.enter(49, 25, '旧的零散内容'); // Z50
  old.enter(2, 1, 42);
  old.cell(2, 1).numberFormat = '@'; // a number in a cell formatted Text afterwards
  old.charts.push({ type: 'ColumnClustered', title: '旧图', series: [] });
  const user = model.addSheet('领导看板');
  user.enter(0, 0, "='投资汇总'!B2", 999); // the section chief's own formula on our summary
  const wb = new ExcelWorkbook(fakeRunner(model), mockHost().host);
  return { model, old, user, wb };
}

describe('replacing a summary sheet', () => {
  test('rewrites the same sheet in place: other formulas still point at it, no sheet is deleted', async () => {
    const { model, old, user, wb } = setup();
    await wb.writeSheets([layout], { replace: true });
    const now = model.sheet('投资汇总')!;
    expect(now).toBe(old); // same sheet (same id), same place
    expect(model.sheets.map((s) => s.name)).toEqual(['项目台账', '投资汇总', '领导看板']);
    expect(model.calls.filter((c) => c.startsWith('delete sheet'))).toEqual([]);
    expect(user.get(0, 0)).toMatchObject({ formula: "='投资汇总'!B2" });
    expect(user.get(0, 0)!.error).toBeUndefined();
    expect(now.display('B2')).toMatchObject({ value: 1200, numberFormat: '#,##0' });
    expect(now.display('Z50')?.value ?? null).toBeNull(); // the old content is cleared
    expect(now.charts.map((c) => c.title)).toEqual(['完成投资']); // the old chart is gone
    expect(now.merges).toEqual(['A1:B1']);
  });

  test('undo of a replace puts the old content back in the same sheet', async () => {
    const { model, old, user, wb } = setup();
    await wb.writeSheets([layout], { replace: true });
    expect(await wb.undoLast()).toBe(true);
    expect(model.sheet('投资汇总')).toBe(old);
    expect(old.display('B2')!.value).toBe(999);
    expect(old.display('Z50')!.value).toBe('旧的零散内容');
    expect(old.display('B3')).toMatchObject({ value: 42, numberFormat: '@' });
    expect(old.display('A1')?.value ?? null).toBeNull();
    expect(old.charts).toEqual([]);
    expect(user.get(0, 0)!.error).toBeUndefined();
  });
});
