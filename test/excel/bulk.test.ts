import type { CellWrite } from '../../src/core/port/WorkbookPort';
import { ExcelWorkbook } from '../../src/excel/ExcelWorkbook';
import { fakeRunIn, fakeRunner } from './fakeExcel';
import { FakeModel } from './fakeModel';
import { mockHost } from './mockHost';

/** A workbook whose pauses are recorded (what had been queued or read when each pause happened), not timed. */
function setup(rows: number, cols = 2, api = '1.18') {
  const model = new FakeModel();
  const s = model.addSheet('项目台账');
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) s.enter(r, c, r + 1);
  const pauses: { syncs: number; writesQueued: number }[] = [];
  const pause = async () => {
    pauses.push({ syncs: model.syncs, writesQueued: model.calls.filter((c) => c.includes('.values=')).length });
  };
  const wb = new ExcelWorkbook(fakeRunner(model), mockHost(api).host, {
    pacing: { pause, chunk: 1000 },
    runIn: fakeRunIn,
    read: { blockRows: 500 },
  });
  return { model, s, wb, pauses };
}

const edits = (n: number): CellWrite[] =>
  Array.from({ length: n }, (_, i) => ({ sheet: '项目台账', row: i, col: 1, value: '区住建局' }));

describe('events off during bulk writes (Runtime.enableEvents, ExcelApi 1.8)', () => {
  test('writeCells, marks, clear, writeSheets and undo each run with events off and turn them back on', async () => {
    const { model, wb } = setup(10);
    await wb.writeCells(edits(3), '填充');
    // off from the first sync (queued with the sheet check) until the extra last one
    expect(model.eventsPerSync).toEqual([false, false, false, true]);
    await wb.markCells([{ sheet: '项目台账', row: 1, col: 1, severity: 'error' }]);
    await wb.clearMarks();
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
    await wb.undoLast();
    expect(model.calls.filter((c) => c.startsWith('enableEvents'))).toEqual(
      Array(5).fill(['enableEvents=false', 'enableEvents=true']).flat(),
    );
    expect(model.eventsEnabled).toBe(true);
  });

  test('a failing write sync still turns events back on (after the rollback)', async () => {
    const { model, wb } = setup(10);
    model.failAt = { sync: 3, afterOps: 1, error: { code: 'GeneralException', message: 'boom' } };
    await expect(wb.writeCells(edits(2), '填充')).rejects.toMatchObject({ code: 'GeneralException' });
    expect(model.eventsEnabled).toBe(true);
    expect(model.eventsPerSync.at(-1)).toBe(true);
  });

  test('a refused batch (protected sheet) turns them back on too', async () => {
    const { model, s, wb } = setup(10);
    s.protected = true;
    await expect(wb.markCells([{ sheet: '项目台账', row: 1, col: 1, severity: 'error' }])).rejects.toMatchObject({
      code: 'InvalidOperation',
    });
    expect(model.eventsPerSync).toEqual([false, true]);
  });

  test('reads leave events alone; nothing to write costs no sync', async () => {
    const { model, wb } = setup(10);
    await wb.readSheet('项目台账');
    await wb.writeCells([], 'x');
    await wb.markCells([]);
    await wb.clearMarks();
    expect(model.calls.filter((c) => c.startsWith('enableEvents'))).toEqual([]);
    expect(model.syncs).toBe(3); // the read only
  });
});

describe('pauses between blocks and chunks (no extra sync)', () => {
  test('a 3,000-row read pauses between its 500-row blocks, with the same syncs as without pauses', async () => {
    const { model, wb, pauses } = setup(3_000);
    const grid = await wb.readSheet('项目台账');
    expect(grid.values[2_999][1]).toBe(3_000);
    // 6 blocks: 5 pauses while queueing (before the block sync), 5 while converting (after it)
    expect(pauses.map((p) => p.syncs)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
    expect(model.syncs).toBe(3); // extent, all blocks, merges
  });

  test('10,000 edits queue at most 1,000 items between two pauses or syncs; syncs follow the bytes', async () => {
    const { model, wb, pauses } = setup(10);
    await wb.writeCells(edits(10_000), '填充');
    const writePauses = pauses.filter((p) => p.writesQueued > 0);
    for (let i = 1; i < writePauses.length; i++) {
      if (writePauses[i].syncs === writePauses[i - 1].syncs)
        expect(writePauses[i].writesQueued - writePauses[i - 1].writesQueued).toBeLessThanOrEqual(1000);
    }
    expect(pauses.filter((p) => p.writesQueued === 0).length).toBeGreaterThanOrEqual(8); // snapshot loads pause too
    // check, 2 snapshot slices (300 bytes a cell), 3 write slices (~330 bytes a cell) of ≤ 1.5 MB, events back on
    expect(model.syncs).toBe(1 + 2 + 3 + 1);
  });

  test('a small write does not pause at all', async () => {
    const { wb, pauses } = setup(10);
    await wb.writeCells(edits(5), '填充');
    expect(pauses).toEqual([]);
  });

  test('the default pause yields to the event loop (a timer), never blocks', async () => {
    jest.useFakeTimers();
    try {
      const { yieldToEventLoop } = await import('../../src/excel/bulk');
      let done = false;
      const p = yieldToEventLoop().then(() => (done = true));
      await Promise.resolve();
      expect(done).toBe(false); // waits for the timer, i.e. for the event loop to turn
      jest.runAllTimers();
      await p;
      expect(done).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('onActiveSheetChanged (worksheets.onActivated)', () => {
  test('the user activating another sheet calls back with its name; unsubscribe removes the handler', async () => {
    const { model, wb } = setup(3);
    model.addSheet('汇总表');
    const seen: string[] = [];
    const stop = wb.onActiveSheetChanged((name) => seen.push(name));
    await new Promise((r) => setTimeout(r, 0)); // registration runs in the background
    expect(model.activationHandlers.size).toBe(1);
    model.activate('汇总表');
    await model.settle();
    model.activate('项目台账');
    await model.settle();
    expect(seen).toEqual(['汇总表', '项目台账']);
    stop();
    await new Promise((r) => setTimeout(r, 0));
    expect(model.activationHandlers.size).toBe(0);
    model.activate('汇总表');
    await model.settle();
    expect(seen).toEqual(['汇总表', '项目台账']);
  });

  test('selectCell on another sheet fires it (events stay on for navigation); a bulk write does not', async () => {
    const { model, wb } = setup(3);
    model.addSheet('问题清单');
    const seen: string[] = [];
    wb.onActiveSheetChanged((name) => seen.push(name));
    await new Promise((r) => setTimeout(r, 0));
    await wb.selectCell('问题清单', 'A1');
    await model.settle();
    expect(seen).toEqual(['问题清单']);
    // a write that activates a sheet mid-batch (events off) is not reported
    model.eventsEnabled = false;
    model.activate('项目台账');
    await model.settle();
    expect(seen).toEqual(['问题清单']);
  });

  test('unsubscribing before registration finished still removes the handler', async () => {
    const { model, wb } = setup(3);
    const stop = wb.onActiveSheetChanged(() => undefined);
    stop();
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
    expect(model.activationHandlers.size).toBe(0);
  });
});
