/** #16 item 8: the small ones — merges beyond 512, waiting for cell edit, Excel's undo groups, stray far cells, names. */
import { ExcelWorkbook } from '../../src/excel/ExcelWorkbook';
import type { ExcelRunner } from '../../src/excel/host';
import { fakeRunner } from './fakeExcel';
import { FakeModel } from './fakeModel';
import { mockHost } from './mockHost';

function ledger(model: FakeModel) {
  const s = model.addSheet('项目台账');
  s.fillRows([['2023年重点项目台账'], ['序号', '项目名称', '备注']]);
  for (let r = 2; r < 800; r++) {
    s.enter(r, 0, r - 1);
    s.enter(r, 1, `项目${r}`);
  }
  return s;
}

describe('more than 512 merged areas', () => {
  test('only the header band is asked for merges, so the title merge survives 600 merges below', async () => {
    const model = new FakeModel();
    const s = ledger(model);
    s.merges.push('A1:C1');
    for (let r = 100; r < 700; r++) s.merges.push(`B${r + 1}:C${r + 1}`);
    const wb = new ExcelWorkbook(fakeRunner(model), mockHost().host);
    const grid = await wb.readSheet('项目台账');
    expect(grid.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 2 });
    expect(wb.lastReadNotes.join()).not.toContain('512');
  });
});

describe('a used range inflated by one stray far cell', () => {
  test('the read is capped and says so instead of fetching a million rows', async () => {
    const model = new FakeModel();
    const s = ledger(model);
    s.enter(999_999, 3, 'x'); // D1000000: one stray value
    const wb = new ExcelWorkbook(fakeRunner(model), mockHost().host);
    const grid = await wb.readSheet('项目台账');
    expect(grid.rowCount).toBeLessThanOrEqual(200_000);
    expect(grid.values[799][1]).toBe('项目799');
    expect(wb.lastReadNotes.join()).toContain('D1000000');
  });
});

describe('sheet names compare case-insensitively, as in Excel', () => {
  test('existingSheets finds "Summary" for "summary", and writing it asks before replacing', async () => {
    const model = new FakeModel();
    model.addSheet('Summary').enter(0, 0, 'old');
    const wb = new ExcelWorkbook(fakeRunner(model), mockHost().host);
    expect(await wb.existingSheets(['summary'])).toEqual(['summary']);
    const layout = {
      name: 'summary',
      cells: [{ row: 0, col: 0, value: 'new' }],
      columnWidths: [],
      merges: [],
      conditional: [],
      charts: [],
    };
    await expect(wb.writeSheets([layout], { replace: false })).rejects.toMatchObject({ code: 'SheetExists' });
  });
});

describe("Excel's own undo (ExcelApi 1.20)", () => {
  test('each write action runs as one undo group on 1.20; not below; never for an undo that deletes sheets', async () => {
    for (const api of ['1.20', '1.19']) {
      const model = new FakeModel();
      ledger(model);
      const wb = new ExcelWorkbook(fakeRunner(model), mockHost(api).host);
      await wb.writeCells([{ sheet: '项目台账', row: 2, col: 2, value: '区住建局' }], '填充');
      await wb.writeSheets(
        [
          {
            name: '汇总',
            cells: [{ row: 0, col: 0, value: 1 }],
            columnWidths: [],
            merges: [],
            conditional: [],
            charts: [],
          },
        ],
        { replace: false },
      );
      model.runOptions = [];
      await wb.undoLast(); // deletes the added sheet
      expect(model.runOptions).toEqual([{ mergeUndoGroup: false }]);
      model.runOptions = [];
      await wb.undoLast(); // puts cells back
      expect(model.runOptions).toEqual([{ mergeUndoGroup: api === '1.20' }]);
    }
  });
});

describe('waiting while the user edits a cell (delayForCellEdit can wait until they leave it)', () => {
  test('after 2 s the pane is told 等待退出单元格编辑, and told again when the wait is over', async () => {
    jest.useFakeTimers();
    try {
      const model = new FakeModel();
      ledger(model);
      let release: () => void = () => undefined;
      const inner = fakeRunner(model);
      const slow: ExcelRunner = (batch, options) =>
        new Promise<void>((r) => (release = r)).then(() => inner(batch, options));
      const waits: (string | null)[] = [];
      const wb = new ExcelWorkbook(slow, mockHost().host, { onWaiting: (m) => waits.push(m ? m.zh : null) });
      const done = wb.readSheet('项目台账');
      await jest.advanceTimersByTimeAsync(1_500);
      expect(waits).toEqual([]);
      await jest.advanceTimersByTimeAsync(1_000);
      expect(waits[0]).toContain('等待退出单元格编辑');
      release();
      await jest.runAllTimersAsync();
      await done;
      expect(waits).toEqual([expect.stringContaining('等待退出单元格编辑'), null]);
    } finally {
      jest.useRealTimers();
    }
  });
});
