/**
 * #16 item 3: Excel on the web's 5 MB cap on each request and each response. The fake estimates every sync's
 * message bytes (fakeExcel.ts) and refuses over model.payloadLimit (5 MB by default) with Excel's two error codes.
 */
import type { CellMark, CellWrite } from '../../src/core/port/WorkbookPort';
import { ExcelWorkbook } from '../../src/excel/ExcelWorkbook';
import { fakeRunner } from './fakeExcel';
import { FakeModel } from './fakeModel';
import { mockHost } from './mockHost';

const MB = 1_000_000;

/** rows × 8 columns; `text` makes every other cell a Chinese string of about that many characters. */
function ledger(rows: number, text: number) {
  const model = new FakeModel();
  const s = model.addSheet('项目台账');
  const word = '某某区重点项目建设内容说明'.repeat(Math.ceil(text / 13)).slice(0, text);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < 8; c++) s.enter(r, c, c % 2 && text > 0 ? `${word}${r}` : r * 10 + c);
  const wb = new ExcelWorkbook(fakeRunner(model), mockHost().host);
  return { model, s, wb };
}

const maxBytes = (m: FakeModel) => Math.max(...m.requestBytesPerSync, ...m.responseBytesPerSync);

describe('reads stay under the payload cap', () => {
  test('10,000 rows of real-looking text (about 6 MB) are read in several syncs, each well under 5 MB', async () => {
    const { model, wb } = ledger(10_000, 12);
    const grid = await wb.readSheet('项目台账');
    expect(grid.rowCount).toBe(10_000);
    expect(grid.values[9_999][1]).toMatch(/9999$/);
    expect(maxBytes(model)).toBeLessThan(2 * MB);
  });

  test('sync counts grow with the bytes read, not with rows', async () => {
    const numbersFew = ledger(10, 0);
    await numbersFew.wb.readSheet('项目台账');
    const numbersMany = ledger(2_000, 0);
    await numbersMany.wb.readSheet('项目台账');
    const textMany = ledger(2_000, 120);
    await textMany.wb.readSheet('项目台账');
    expect(numbersMany.model.syncs).toBe(numbersFew.model.syncs); // 2,000 rows of numbers: well under one budget
    expect(textMany.model.syncs).toBeGreaterThan(numbersMany.model.syncs); // same rows, 10× the bytes
  });

  test('when Excel still refuses a sync for its size, the block is halved and retried', async () => {
    const { model, wb } = ledger(3_000, 400); // far more bytes per cell than the adapter estimates
    const grid = await wb.readSheet('项目台账');
    expect(grid.rowCount).toBe(3_000);
    expect(grid.values[2_999][6]).toBe(29_996);
    expect(grid.values[2_999][7]).toMatch(/2999$/);
    expect(grid.values.every((row) => row.length === 8)).toBe(true);
    expect(model.responseBytesPerSync.some((b) => b > 5 * MB)).toBe(true); // it did hit the cap, and recovered
  });
});

describe('writes and marks stay under the payload cap', () => {
  test('a write sync refused for its size is halved and retried, and the write completes', async () => {
    const { model, s, wb } = ledger(10, 0);
    model.failAt = { sync: 3, error: { code: 'RequestPayloadSizeLimitExceeded', message: 'too large' } };
    const writes: CellWrite[] = [1, 2, 3, 4].map((r) => ({ sheet: '项目台账', row: r, col: 8, value: '区财政局' }));
    await wb.writeCells(writes, '填充');
    expect([1, 2, 3, 4].map((r) => s.get(r, 8)!.value)).toEqual(Array(4).fill('区财政局'));
    expect(model.syncs).toBe(1 + 1 + 1 + 2 + 1); // check, snapshot, refused write, two halves, events
  });

  test('30,000 edits are written and undone in slices under the cap', async () => {
    const { model, s, wb } = ledger(30_000, 0);
    const writes: CellWrite[] = Array.from({ length: 30_000 }, (_, r) => ({
      sheet: '项目台账',
      row: r,
      col: 8,
      value: '区工业和信息化局',
    }));
    await wb.writeCells(writes, '填充');
    expect(s.get(29_999, 8)!.value).toBe('区工业和信息化局');
    await wb.undoLast();
    expect(s.get(29_999, 8)?.value ?? null).toBeNull();
    expect(maxBytes(model)).toBeLessThan(2 * MB);
  });

  test('30,000 scattered marks are loaded, filled and cleared in slices under the cap', async () => {
    const { model, s, wb } = ledger(30_000, 0);
    const marks: CellMark[] = Array.from({ length: 30_000 }, (_, r) => ({
      sheet: '项目台账',
      row: r,
      col: r % 8,
      severity: r % 2 ? 'error' : 'warning',
    }));
    await wb.markCells(marks);
    expect(s.get(29_999, 7)!.fill).toBe('#FFC7CE');
    await wb.clearMarks();
    expect(s.get(29_999, 7)!.fill).toBeNull();
    expect(maxBytes(model)).toBeLessThan(2 * MB);
  });
});

describe('fills on a host without getCellProperties (ExcelApi 1.8)', () => {
  test('a column of 30,000 marks loads its fills cell by cell, in slices under the cap', async () => {
    const model = new FakeModel();
    model.apiMinor = 8;
    const s = model.addSheet('项目台账');
    for (let r = 0; r < 30_000; r++) s.enter(r, 0, r);
    const wb = new ExcelWorkbook(fakeRunner(model), mockHost('1.8').host);
    await wb.markCells(
      Array.from({ length: 30_000 }, (_, r) => ({ sheet: '项目台账', row: r, col: 0, severity: 'error' as const })),
    );
    await wb.clearMarks();
    expect(s.get(29_999, 0)!.fill).toBeNull();
    expect(maxBytes(model)).toBeLessThan(2 * MB);
    expect(model.syncs).toBeGreaterThan(8); // the per-cell proxies cost bytes, so syncs
  });
});
