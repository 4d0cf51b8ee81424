import type { CellMark } from '../../src/core/port/WorkbookPort';
import { ExcelWorkbook } from '../../src/excel/ExcelWorkbook';
import { cellsToAreas, chunkAreas } from '../../src/excel/addresses';
import { fakeRunner } from './fakeExcel';
import { FakeModel } from './fakeModel';
import { mockHost } from './mockHost';

const RED = '#FFC7CE';
const YELLOW = '#FFEB9C';

function setup(rows: number, api = '1.18', notes = false) {
  const model = new FakeModel();
  const s = model.addSheet('项目台账');
  for (let r = 0; r < rows; r++) s.enter(r, 0, r + 1);
  const wb = new ExcelWorkbook(fakeRunner(model), mockHost(api).host, { notes });
  return { model, s, wb };
}

describe('cell grouping', () => {
  test('consecutive rows of a column become one area; others stay single', () => {
    expect(
      cellsToAreas([
        { row: 4, col: 2 },
        { row: 5, col: 2 },
        { row: 6, col: 2 },
        { row: 0, col: 0 },
        { row: 8, col: 2 },
      ]),
    ).toEqual(['A1', 'C5:C7', 'C9']);
  });
  test('chunks never exceed the address limit and keep every area', () => {
    const areas = Array.from({ length: 1000 }, (_, i) => `B${i * 2 + 1}`);
    const chunks = chunkAreas(areas, 200);
    expect(chunks.every((c) => c.length <= 200)).toBe(true);
    expect(chunks.join(',').split(',')).toEqual(areas);
  });
});

describe('markCells / clearMarks', () => {
  test('fills by severity, one format call per colour, and clear restores the original fills exactly', async () => {
    const { model, s, wb } = setup(20);
    s.cell(5, 0).fill = '#00B050'; // the user's own green
    const marks: CellMark[] = [
      { sheet: '项目台账', row: 4, col: 0, severity: 'error' },
      { sheet: '项目台账', row: 5, col: 0, severity: 'error' },
      { sheet: '项目台账', row: 6, col: 0, severity: 'error' },
      { sheet: '项目台账', row: 9, col: 1, severity: 'warning' },
      { sheet: '项目台账', row: 12, col: 3, severity: 'error' },
    ];
    await wb.markCells(marks);
    expect(s.get(4, 0)!.fill).toBe(RED);
    expect(s.get(5, 0)!.fill).toBe(RED);
    expect(s.get(12, 3)!.fill).toBe(RED);
    expect(s.get(9, 1)!.fill).toBe(YELLOW);
    expect(s.get(7, 0)?.fill ?? null).toBeNull();
    const fills = model.calls.filter((c) => c.includes('.fill'));
    expect(fills.sort()).toEqual([
      `项目台账!getRanges(A5:A7,D13).fill=${RED}`,
      `项目台账!getRanges(B10).fill=${YELLOW}`,
    ]);
    expect(model.syncs).toBe(4); // check, load fills, write, events back on

    model.calls = [];
    await wb.clearMarks();
    expect(s.get(5, 0)!.fill).toBe('#00B050');
    expect(s.get(4, 0)!.fill).toBeNull();
    expect(s.get(6, 0)!.fill).toBeNull();
    expect(s.get(9, 1)!.fill).toBeNull();
    expect(s.get(12, 3)!.fill).toBeNull();
    // one call per original fill: "none" (cleared) and the green
    expect(model.calls.filter((c) => c.includes('.fill')).sort()).toEqual(
      ['项目台账!getRanges(A5,A7,B10,D13).fill.clear', '项目台账!getRanges(A6).fill=#00B050'].sort(),
    );
  });

  test('a cell flagged as warning and error ends red; marking twice keeps the first saved original', async () => {
    const { s, wb } = setup(5);
    s.cell(1, 1).fill = '#123456';
    await wb.markCells([
      { sheet: '项目台账', row: 1, col: 1, severity: 'error' },
      { sheet: '项目台账', row: 1, col: 1, severity: 'warning' },
    ]);
    expect(s.get(1, 1)!.fill).toBe(RED);
    await wb.markCells([{ sheet: '项目台账', row: 1, col: 1, severity: 'warning' }]);
    await wb.clearMarks();
    expect(s.get(1, 1)!.fill).toBe('#123456');
  });

  test('syncs follow the bytes, format calls the address chunks: never one per marked cell', async () => {
    const counts: { syncs: number; calls: number }[] = [];
    for (const n of [10, 10_000]) {
      const { model, wb } = setup(n);
      const marks: CellMark[] = [];
      for (let r = 0; r < n; r++)
        marks.push({ sheet: '项目台账', row: r, col: 4, severity: r % 2 ? 'error' : 'warning' });
      await wb.markCells(marks);
      await wb.clearMarks();
      counts.push({ syncs: model.syncs, calls: model.calls.filter((c) => c.includes('.fill')).length });
    }
    expect(counts[0].syncs).toBe(8); // mark 4 + clear 4 (check, load current fills, restore; each + 1 for events)
    // one column run of 10,000 cells: getCellProperties (1.9) loads its fills in one call (~1.4 MB back)
    expect(counts[1].syncs).toBe(8);
    // 10,000 alternating cells cannot merge into runs, so they are chunked; the count follows the address length,
    // far below one call per cell.
    expect(counts[1].calls).toBeLessThan(200);
  });

  test('notes are added where supported and removed on clear; a user note is left alone', async () => {
    const { s, wb } = setup(5, '1.18', true);
    s.notes.set('A3', '用户自己的批注');
    await wb.markCells([
      { sheet: '项目台账', row: 1, col: 0, severity: 'error', note: '总投资应为数字' },
      { sheet: '项目台账', row: 2, col: 0, severity: 'error', note: '单位名称有误' },
      { sheet: '项目台账', row: 1, col: 0, severity: 'warning', note: '超过年度计划' },
    ]);
    expect(s.notes.get('A2')).toBe('总投资应为数字\n超过年度计划');
    expect(s.notes.get('A3')).toBe('用户自己的批注');
    await wb.clearMarks();
    expect(s.notes.has('A2')).toBe(false);
    expect(s.notes.get('A3')).toBe('用户自己的批注');
  });

  test('without ExcelApi 1.18 marks are fills only', async () => {
    const { s, wb } = setup(5, '1.17', true);
    await wb.markCells([{ sheet: '项目台账', row: 1, col: 0, severity: 'info', note: '提示' }]);
    expect(s.get(1, 0)!.fill).toBe('#DDEBF7');
    expect(s.notes.size).toBe(0);
  });

  test('a protected sheet: Chinese message naming it, nothing filled', async () => {
    const { model, s, wb } = setup(5);
    s.protected = true;
    const before = model.dump();
    await expect(wb.markCells([{ sheet: '项目台账', row: 1, col: 0, severity: 'error' }])).rejects.toMatchObject({
      code: 'InvalidOperation',
      zh: expect.stringMatching(/工作表“项目台账”受保护/),
    });
    expect(model.dump()).toBe(before);
  });
});
