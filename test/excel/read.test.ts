import { ExcelWorkbook } from '../../src/excel/ExcelWorkbook';
import type { ReadOptions } from '../../src/excel/readGrid';
import { fakeRunner } from './fakeExcel';
import { FakeModel } from './fakeModel';
import { mockHost } from './mockHost';

const COLS = 8; // 10,000 rows × 8 columns = 80,000 cells: one payload budget

function ledger(model: FakeModel, dataRows: number) {
  const s = model.addSheet('项目台账');
  s.fillRows([
    ['2023年源汇区重点项目台账'],
    ['序号', '项目名称', '建设单位', '所属领域', '总投资（万元）', '年度计划投资', '累计完成投资', '牵头责任单位'],
  ]);
  for (let i = 0; i < dataRows; i++) {
    const r = i + 2;
    s.enter(r, 0, i + 1);
    s.enter(r, 1, `项目${i + 1}`);
    s.enter(r, 2, '某公司');
    s.enter(r, 3, '工业');
    s.enter(r, 4, 10000 + i);
    s.enter(r, 5, 5000);
    s.enter(r, 6, '=F' + (r + 1) + '*0.5', 2500);
    s.enter(r, 7, '区发展改革委');
  }
  return s;
}

function workbook(model: FakeModel, api = '1.18', read: Partial<ReadOptions> = {}) {
  return new ExcelWorkbook(fakeRunner(model), mockHost(api).host, { read });
}

describe('readSheet', () => {
  test('reads values, formats, formulas, errors, hidden rows/cols and merges, anchored at A1', async () => {
    const model = new FakeModel();
    const s = ledger(model, 3);
    s.merges.push('A1:H1');
    s.hiddenRows.add(3);
    s.hiddenCols.add(2);
    s.cell(2, 4).numberFormat = '#,##0.00';
    const err = s.cell(4, 6);
    err.error = '#REF!';
    err.formula = '=#REF!*0.5';
    const grid = await workbook(model).readSheet('项目台账');
    expect(grid.rowCount).toBe(5);
    expect(grid.colCount).toBe(COLS);
    expect(grid.values[0][0]).toBe('2023年源汇区重点项目台账');
    expect(grid.values[0][1]).toBeNull();
    expect(grid.values[2][4]).toBe(10000);
    expect(grid.numberFormats![2][4]).toBe('#,##0.00');
    expect(grid.numberFormats![2][5]).toBeNull(); // General → null
    expect(grid.formulas![2][6]).toBe('=F3*0.5');
    expect(grid.values[2][6]).toBe(2500);
    expect(grid.values[4][6]).toEqual({ error: '#REF!' });
    expect(grid.hiddenRows).toEqual([3]);
    expect(grid.hiddenCols).toEqual([2]);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 7 }]);
  });

  test('a range that does not start at A1 is still anchored at A1', async () => {
    const model = new FakeModel();
    const s = model.addSheet('Sheet1');
    s.enter(3, 2, '项目名称'); // C4
    s.enter(4, 3, 12); // D5
    const grid = await workbook(model).readSheet('Sheet1');
    expect(grid.rowCount).toBe(5);
    expect(grid.colCount).toBe(4);
    expect(grid.values[3][2]).toBe('项目名称');
    expect(grid.values[4][3]).toBe(12);
    expect(grid.values[0][0]).toBeNull();
  });

  test('an empty sheet gives an empty grid', async () => {
    const model = new FakeModel();
    model.addSheet('空表');
    const grid = await workbook(model).readSheet('空表');
    expect(grid).toMatchObject({ rowCount: 0, colCount: 0, values: [] });
  });

  test('syncs follow the bytes read: 10 rows in 3, 10,000 × 8 in a few, never one per row', async () => {
    const small = new FakeModel();
    ledger(small, 10);
    await workbook(small).readSheet('项目台账');
    const big = new FakeModel();
    ledger(big, 10_000 - 2);
    const grid = await workbook(big).readSheet('项目台账');
    expect(grid.rowCount).toBe(10_000);
    expect(grid.values[9_999][1]).toBe('项目9998');
    // 1 extent + blocks of ≤ 1.5 MB estimated (8 × 80 bytes a cell + 60 a row for rowHidden) + 1 merged areas
    expect(small.syncs).toBe(3);
    expect(big.syncs).toBe(2 + Math.ceil((10_000 * (8 * 80 + 60)) / 1_500_000));
    expect(Math.max(...big.responseBytesPerSync)).toBeLessThan(1_500_000);
  });

  test('past the byte budget the read splits into more syncs, never one per row', async () => {
    // 3,000 rows × 700 estimated bytes, 200,000 a sync → blocks of 285 rows → 11 data syncs.
    const model = new FakeModel();
    ledger(model, 3_000 - 2);
    const grid = await workbook(model, '1.18', { syncBytes: 200_000, blockRows: 500 }).readSheet('项目台账');
    expect(model.syncs).toBe(1 + 11 + 1);
    expect(model.cellsLoadedPerSync.filter((n) => n > 0)).toEqual([...Array(10).fill(285 * 8), (3_000 - 2_850) * 8]);
    expect(grid.values[2_999][1]).toBe('项目2998');
  });

  test('a narrow sheet asks hidden rows with getRowProperties: one call a block, not a proxy a row', async () => {
    const model = new FakeModel();
    const s = model.addSheet('单列');
    for (let r = 0; r < 5_000; r++) s.enter(r, 0, r);
    s.hiddenRows.add(4_321);
    const grid = await workbook(model, '1.18', { blockRows: 500 }).readSheet('单列');
    expect(grid.values[4_999][0]).toBe(4_999);
    expect(grid.hiddenRows).toEqual([4_321]);
    expect(model.syncs).toBe(3); // extent, all ten blocks, merges
    expect(model.requestBytesPerSync[1]).toBeLessThan(10_000);
  });

  test('without ExcelApi 1.13 merged areas are skipped, with a note and one sync fewer', async () => {
    const model = new FakeModel();
    const s = ledger(model, 3);
    s.merges.push('A1:H1');
    const wb = workbook(model, '1.12');
    const grid = await wb.readSheet('项目台账');
    expect(grid.merges).toEqual([]);
    expect(model.syncs).toBe(2);
    expect(wb.lastReadNotes.join()).toContain('合并单元格');
    // the port's optional notes() gives the same remarks to the pane
    expect(wb.notes('read')).toEqual(wb.lastReadNotes.map((zh) => ({ zh })));
    expect(wb.notes('mark')).toEqual([]);
    expect(
      wb
        .missingFeatures()
        .map((m) => m.zh)
        .join(),
    ).toContain('1.13');
  });

  test('a missing sheet gives a Chinese WorkbookError naming it', async () => {
    const model = new FakeModel();
    model.addSheet('项目台账');
    await expect(workbook(model).readSheet('不存在')).rejects.toMatchObject({
      name: 'WorkbookError',
      code: 'ItemNotFound',
      zh: expect.stringContaining('“不存在”'),
    });
  });

  test('a host below ExcelApi 1.7 is refused with a clear message', () => {
    const model = new FakeModel();
    expect(() => workbook(model, '1.6')).toThrow(/ExcelApi 1\.7/);
  });
});
