/**
 * #16 item 7: protection done properly. The fake models Excel's partial protection: a protected sheet still takes
 * values in unlocked cells and formats where "Format cells" is allowed (allowFormatCells); workbook structure
 * protection forbids adding and deleting sheets; a failing op stops the batch after earlier ops took effect.
 */
import type { CellWrite } from '../../src/core/port/WorkbookPort';
import { ExcelWorkbook } from '../../src/excel/ExcelWorkbook';
import { fakeRunner } from './fakeExcel';
import { FakeModel } from './fakeModel';
import { mockHost } from './mockHost';

function setup() {
  const model = new FakeModel();
  const s = model.addSheet('项目台账');
  s.fillRows([
    ['序号', '项目名称', '牵头责任单位'],
    [1, '项目1', null],
    [2, '项目2', null],
    [3, '项目3', null],
  ]);
  for (let r = 1; r <= 3; r++) s.cell(r, 2).locked = false; // the clerk left the unit column open for input
  s.protected = true;
  const wb = new ExcelWorkbook(fakeRunner(model), mockHost().host);
  return { model, s, wb };
}

const fill = (value: string, row = 1): CellWrite => ({ sheet: '项目台账', row, col: 2, value, expected: null });
const summary = {
  name: '汇总',
  cells: [{ row: 0, col: 0, value: '合计' }],
  columnWidths: [],
  merges: [],
  conditional: [],
  charts: [],
};

describe('a protected sheet', () => {
  test('unlocked cells are written, and undo puts them back', async () => {
    const { s, wb } = setup();
    s.allowFormatCells = true;
    await wb.writeCells([fill('区住建局'), fill('0123', 2)], '填充');
    expect(s.get(1, 2)!.value).toBe('区住建局');
    expect(s.get(2, 2)!.value).toBe('0123');
    expect(await wb.undoLast()).toBe(true);
    expect(s.get(1, 2)!.value).toBeNull();
  });

  test('without "Format cells", unit names still go in; text Excel would convert is refused, naming the cell', async () => {
    const { model, s, wb } = setup();
    await wb.writeCells([fill('区住建局')], '填充');
    expect(s.get(1, 2)).toMatchObject({ value: '区住建局', numberFormat: 'General' });
    const before = model.dump();
    await expect(wb.writeCells([fill('区财政局', 2), fill('2023-05-01', 3)], '填充')).rejects.toMatchObject({
      code: 'InvalidOperation',
      zh: expect.stringContaining('“2023-05-01”无法作为文本写入 C4'),
    });
    expect(model.dump()).toBe(before);
  });

  test('a locked target cell refuses the whole write before anything changes, naming the cell', async () => {
    const { model, wb } = setup();
    const before = model.dump();
    await expect(
      wb.writeCells(
        [fill('区住建局'), { sheet: '项目台账', row: 2, col: 1, value: '改名', expected: '项目2' }],
        '填充',
      ),
    ).rejects.toMatchObject({
      code: 'InvalidOperation',
      zh: expect.stringContaining('B3 是锁定的单元格，未做任何修改'),
    });
    expect(model.dump()).toBe(before);
  });

  test('marks where the protection allows formatting cells; refused, unchanged, where it does not', async () => {
    const { model, s, wb } = setup();
    const before = model.dump();
    await expect(wb.markCells([{ sheet: '项目台账', row: 1, col: 1, severity: 'error' }])).rejects.toMatchObject({
      zh: expect.stringContaining('不允许“设置单元格格式”，未做任何修改'),
    });
    expect(model.dump()).toBe(before);
    s.allowFormatCells = true;
    await wb.markCells([{ sheet: '项目台账', row: 1, col: 1, severity: 'error' }]);
    expect(s.get(1, 1)!.fill).toBe('#FFC7CE');
    await wb.clearMarks();
    expect(s.get(1, 1)!.fill).toBeNull();
  });
});

describe('workbook structure protection', () => {
  test('adding summary sheets is refused up front with its own message', async () => {
    const { model, wb } = setup();
    model.structureProtected = true;
    const before = model.dump();
    await expect(wb.writeSheets([summary], { replace: false })).rejects.toMatchObject({
      zh: expect.stringContaining('工作簿结构受保护'),
    });
    expect(model.calls.filter((c) => c.startsWith('add sheet'))).toEqual([]);
    expect(model.dump()).toBe(before);
  });
});

describe('a batch Excel refused part-way', () => {
  test('is never reported as "nothing changed"', async () => {
    const { model, s, wb } = setup();
    s.protected = false;
    model.failAt = { sync: 3, afterOps: 1, error: { code: 'InvalidOperation', message: 'refused' } };
    const err = await wb
      .markCells([
        { sheet: '项目台账', row: 1, col: 0, severity: 'error' },
        { sheet: '项目台账', row: 2, col: 1, severity: 'warning' },
      ])
      .then(
        () => ({ zh: 'resolved' }),
        (e: unknown) => e as { zh: string },
      );
    expect(err.zh).not.toContain('未做任何修改');
    expect(err.zh).toContain('部分更改可能已经生效');
  });
});

describe('undo on a protected sheet without "Format cells"', () => {
  test('refuses to put back text that would come back as a number, naming the cell', async () => {
    const { model, s, wb } = setup();
    s.cell(1, 2).value = '0123'; // text the user entered with a quote before protecting
    const entry = (await wb.writeCells(
      [{ sheet: '项目台账', row: 1, col: 2, value: '区住建局', expected: '0123' }],
      '填充',
    ))!;
    const before = model.dump();
    await expect(wb.undoAction(entry.id)).rejects.toMatchObject({
      zh: expect.stringContaining('“0123”无法作为文本写入 C2'),
    });
    expect(model.dump()).toBe(before);
  });
});
