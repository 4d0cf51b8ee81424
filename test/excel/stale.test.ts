/**
 * #16 item 1: writes on stale positions. Between the preview (a read) and 全部应用 the user may type, sort or insert
 * rows; the fake lets a test act as that user (directly, or via model.beforeSync between two of our syncs).
 */
import type { CellEdit } from '../../src/core/assign/types';
import type { CellWrite } from '../../src/core/port/WorkbookPort';
import { ExcelWorkbook } from '../../src/excel/ExcelWorkbook';
import { editsToWrites } from '../../src/taskpane/state/assignJob';
import { fakeRunner } from './fakeExcel';
import { FakeModel } from './fakeModel';
import { mockHost } from './mockHost';

function setup() {
  const model = new FakeModel();
  const s = model.addSheet('项目台账');
  s.fillRows([['序号', '项目名称', '牵头责任单位', '总投资']]);
  for (let r = 1; r <= 12; r++) {
    s.enter(r, 0, r);
    s.enter(r, 1, `项目${r}`);
    s.enter(r, 3, 100 * r);
  }
  s.enter(5, 2, '区财政局');
  const wb = new ExcelWorkbook(fakeRunner(model), mockHost().host);
  return { model, s, wb };
}

/** Fill C2..C12 where blank, as the pane plans it after a read: expected = what the read saw. */
function plan(): CellWrite[] {
  return Array.from({ length: 11 }, (_, i) => i + 1)
    .filter((r) => r !== 5)
    .map((row) => ({ sheet: '项目台账', row, col: 2, value: '区住建局', expected: null }));
}

describe('writes check what they expect to find', () => {
  test('a cell the user typed in since the preview refuses the whole write, naming it', async () => {
    const { model, s, wb } = setup();
    s.enter(11, 2, '区教体局'); // C12 typed by the user after the preview
    const before = model.dump();
    await expect(wb.writeCells(plan(), '填充')).rejects.toMatchObject({
      code: 'cell-changed',
      zh: expect.stringContaining('C12 已被修改，请重新预览'),
    });
    expect(model.dump()).toBe(before);
    expect(wb.canUndo()).toBe(false);
  });

  test('a sort between preview and apply is caught (the rows moved under the planned positions)', async () => {
    const { model, s, wb } = setup();
    const writes = plan();
    model.beforeSync = (n) => n === 1 && s.swapRows(3, 5); // the user sorts while the write starts
    await expect(wb.writeCells(writes, '填充')).rejects.toMatchObject({
      code: 'cell-changed',
      zh: expect.stringContaining('C4'),
    });
    expect(s.get(5, 2)?.value ?? null).toBeNull();
    expect(s.get(3, 2)!.value).toBe('区财政局');
  });

  test('unchanged cells are written; numbers and text compare as the read gave them', async () => {
    const { s, wb } = setup();
    const entry = await wb.writeCells(
      [
        ...plan(),
        { sheet: '项目台账', row: 5, col: 2, value: '区发展改革委', expected: '区财政局' },
        { sheet: '项目台账', row: 2, col: 3, value: 250, expected: 200 },
      ],
      '填充',
    );
    expect(entry).not.toBeNull();
    expect(s.get(5, 2)!.value).toBe('区发展改革委');
    expect(s.get(2, 3)!.value).toBe(250);
  });

  test('the pane passes the old value of each edit as expected', () => {
    const edit: CellEdit = {
      sheet: '项目台账',
      cell: 'C6',
      row: 6,
      col: 2,
      field: 'lead',
      old: '区财政局',
      new: '区发展改革委',
      kind: 'normalise',
      reason: 'x',
      source: 'y',
      binding: false,
    };
    expect(editsToWrites([edit])).toEqual([
      { sheet: '项目台账', row: 5, col: 2, value: '区发展改革委', expected: '区财政局' },
    ]);
  });
});

describe('undo checks the cells still hold what the action wrote', () => {
  test('a written cell the user changed since: undo refuses, nothing changes, the action stays undoable', async () => {
    const { model, s, wb } = setup();
    const entry = (await wb.writeCells(plan(), '填充'))!;
    s.enter(7, 2, '区教体局'); // the user corrects C8 by hand
    const before = model.dump();
    await expect(wb.undoAction(entry.id)).rejects.toMatchObject({
      code: 'cell-changed',
      zh: expect.stringContaining('C8 已被修改'),
    });
    expect(model.dump()).toBe(before);
    expect((await wb.listActions()).map((a) => a.id)).toEqual([entry.id]);
  });
});

describe('clearing marks restores only cells still carrying our mark', () => {
  test('a mark the user recoloured keeps the user colour; the others get their original fill back', async () => {
    const { s, wb } = setup();
    s.cell(2, 1).fill = '#00B050';
    await wb.markCells([
      { sheet: '项目台账', row: 2, col: 1, severity: 'error' },
      { sheet: '项目台账', row: 3, col: 1, severity: 'warning' },
    ]);
    s.cell(3, 1).fill = '#0070C0'; // the user paints B4 blue over our yellow
    await wb.clearMarks();
    expect(s.get(2, 1)!.fill).toBe('#00B050');
    expect(s.get(3, 1)!.fill).toBe('#0070C0');
  });
});

describe('an undo that failed part-way', () => {
  test('can be retried: cells already back to their old value are accepted', async () => {
    const { model, s, wb } = setup();
    const entry = (await wb.writeCells(plan(), '填充'))!;
    // the restore sync fails after its first operations took effect, and nothing puts them back
    model.failAt = { sync: 3, afterOps: 3, error: { code: 'GeneralException', message: 'lost connection' } };
    await expect(wb.undoAction(entry.id)).rejects.toMatchObject({
      zh: expect.stringContaining('部分更改可能已经生效'),
    });
    expect(await wb.undoAction(entry.id)).toBe(true);
    expect(plan().map((w) => s.get(w.row, w.col)?.value ?? null)).toEqual(plan().map(() => null));
  });
});
