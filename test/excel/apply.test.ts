import type { CellWrite } from '../../src/core/port/WorkbookPort';
import { ExcelWorkbook } from '../../src/excel/ExcelWorkbook';
import { enteredAsIs } from '../../src/excel/textSafety';
import { fakeRunner } from './fakeExcel';
import { FakeModel } from './fakeModel';
import { mockHost } from './mockHost';

function setup(rows = 10) {
  const model = new FakeModel();
  const s = model.addSheet('项目台账');
  s.fillRows([['序号', '项目名称', '牵头责任单位', '总投资']]);
  for (let r = 1; r <= rows; r++) {
    s.enter(r, 0, r);
    s.enter(r, 1, `项目${r}`);
    s.enter(r, 3, 100 * r);
  }
  const wb = new ExcelWorkbook(fakeRunner(model), mockHost().host);
  return { model, s, wb };
}

describe('text safety', () => {
  test('text Excel takes as typed needs no "@" (used where formats may not change)', () => {
    expect(enteredAsIs('区发展改革委')).toBe(true);
    expect(
      ['=SUM(1)', '+86 123', '-', '@user', "'quoted", '#N/A', '0123', '2023年12月', 'true'].filter(enteredAsIs),
    ).toEqual([]);
  });
});

describe('writeCells and undo', () => {
  test('writes only the listed cells, "=SUM(1)" lands as text, and undo restores values, formulas and formats', async () => {
    const { model, s, wb } = setup();
    s.enter(2, 2, '=B3&"x"', '项目2x'); // a formula the user had in C3
    s.cell(2, 2).numberFormat = '@';
    const before = model.dump();
    const writes: CellWrite[] = [
      { sheet: '项目台账', row: 1, col: 2, value: '区发展改革委' },
      { sheet: '项目台账', row: 2, col: 2, value: '=SUM(1)' },
      { sheet: '项目台账', row: 3, col: 3, value: 450 },
    ];
    await wb.writeCells(writes, '填充牵头单位');
    expect(s.get(1, 2)).toMatchObject({ value: '区发展改革委', formula: null });
    expect(s.get(2, 2)).toMatchObject({ value: '=SUM(1)', formula: null });
    expect(s.get(3, 3)!.value).toBe(450);
    // only the listed cells were written
    const writesLogged = model.calls.filter((c) => c.includes('.values='));
    expect(writesLogged).toEqual([
      '项目台账!C2.values=[["区发展改革委"]]',
      '项目台账!C3.values=[["=SUM(1)"]]',
      '项目台账!D4.values=[[450]]',
    ]);
    expect(model.syncs).toBe(4); // check, snapshot, write, events back on
    expect(wb.canUndo()).toBe(true);

    expect(await wb.undoLast()).toBe(true);
    expect(s.get(2, 2)).toMatchObject({ formula: '=B3&"x"', numberFormat: '@' });
    expect(s.get(3, 3)!.value).toBe(300);
    expect(s.get(1, 2)?.value ?? null).toBeNull();
    expect(model.dump()).toBe(before.replace(/"value":"项目2x"/, '"value":null')); // the fake does not compute
    expect(wb.canUndo()).toBe(false);
    expect(await wb.undoLast()).toBe(false);
  });

  test('undo puts back text that looked like a formula as text', async () => {
    const { s, wb } = setup();
    s.enter(1, 1, "'=A1+1"); // typed with a quote: text
    await wb.writeCells([{ sheet: '项目台账', row: 1, col: 1, value: '项目甲' }], 'x');
    await wb.undoLast();
    expect(s.get(1, 1)).toMatchObject({ value: '=A1+1', formula: null });
  });

  test('the number of syncs grows with the bytes written, not one per edit', async () => {
    const syncs: number[] = [];
    for (const n of [10, 10_000]) {
      const { model, wb } = setup(n);
      const writes: CellWrite[] = Array.from({ length: n }, (_, i) => ({
        sheet: '项目台账',
        row: i + 1,
        col: 2,
        value: '区住建局',
      }));
      await wb.writeCells(writes, '填充');
      await wb.undoLast();
      syncs.push(model.syncs);
    }
    // 10: write 4 + undo 4 (check, cells still as written, restore; each + 1 for events). 10,000: the loads and
    // writes go in ≤ 1.5 MB slices — write 1 + 2 + 3 + 1, undo 1 + 3 + 4 + 1.
    expect(syncs).toEqual([8, 16]);
  });

  test('a protected sheet: Chinese message naming the sheet, nothing written, nothing to undo', async () => {
    const { model, s, wb } = setup();
    s.protected = true;
    const before = model.dump();
    await expect(
      wb.writeCells([{ sheet: '项目台账', row: 1, col: 2, value: '区财政局' }], '填充'),
    ).rejects.toMatchObject({
      name: 'WorkbookError',
      code: 'InvalidOperation',
      zh: expect.stringContaining('工作表“项目台账”受保护'),
    });
    expect(model.dump()).toBe(before);
    expect(model.calls.filter((c) => c.includes('.values='))).toEqual([]);
    expect(wb.canUndo()).toBe(false);
  });

  test('a missing sheet in the list stops everything before the first write', async () => {
    const { model, wb } = setup();
    const before = model.dump();
    await expect(
      wb.writeCells(
        [
          { sheet: '项目台账', row: 1, col: 2, value: '甲' },
          { sheet: '别的表', row: 1, col: 2, value: '乙' },
        ],
        '填充',
      ),
    ).rejects.toMatchObject({ code: 'ItemNotFound', zh: expect.stringContaining('“别的表”') });
    expect(model.dump()).toBe(before);
  });

  test('a write sync that fails part-way is rolled back and says so', async () => {
    const { model, wb } = setup();
    const before = model.dump();
    model.failAt = { sync: 3, afterOps: 1, error: { code: 'InvalidOperation', message: 'refused' } };
    const writes: CellWrite[] = [
      { sheet: '项目台账', row: 1, col: 2, value: '甲' },
      { sheet: '项目台账', row: 2, col: 3, value: 9 },
    ];
    await expect(wb.writeCells(writes, '填充')).rejects.toMatchObject({
      code: 'InvalidOperation',
      zh: expect.stringContaining('已写入的部分已恢复原样'),
    });
    expect(model.calls.filter((c) => c.includes('.values=')).length).toBe(4); // 2 written, 2 put back: the rollback ran
    expect(model.dump()).toBe(before);
    expect(wb.canUndo()).toBe(false);
  });

  test('cell-edit mode gets its own message', async () => {
    const { model, wb } = setup();
    model.failAt = { sync: 1, error: { code: 'InvalidOperationInCellEditMode', message: 'edit mode' } };
    await expect(wb.writeCells([{ sheet: '项目台账', row: 1, col: 2, value: '甲' }], '填充')).rejects.toMatchObject({
      zh: expect.stringContaining('单元格编辑状态'),
    });
  });
});
