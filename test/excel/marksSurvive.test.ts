/**
 * #16 item 4: marks that survive. A pane reload (or Excel restarting the add-in) makes a new ExcelWorkbook over the
 * same workbook; the document settings (office-addin-mock's store) are all that carries over, as in Excel.
 * The fake's fills have pattern, pattern colour and tints (ExcelApi 1.9) and can be gradients.
 */
import type { CellMark } from '../../src/core/port/WorkbookPort';
import { buildIssuesLayout } from '../../src/core/report';
import { ExcelWorkbook } from '../../src/excel/ExcelWorkbook';
import { fakeRunner } from './fakeExcel';
import { FakeModel } from './fakeModel';
import { mockHost } from './mockHost';

function setup() {
  const model = new FakeModel();
  const s = model.addSheet('项目台账');
  for (let r = 0; r < 10; r++) s.enter(r, 0, r + 1);
  const office = mockHost();
  const open = () => new ExcelWorkbook(fakeRunner(model), office.host);
  return { model, s, office, open };
}

const mark = (row: number, severity: CellMark['severity'] = 'error'): CellMark => ({
  sheet: '项目台账',
  row,
  col: 0,
  severity,
});

describe('marks survive a reload of the pane', () => {
  test('a new ExcelWorkbook over the same workbook clears the marks and restores the original fills', async () => {
    const { s, open } = setup();
    s.cell(2, 0).fill = '#00B050';
    await open().markCells([mark(1), mark(2), mark(3, 'warning')]);
    const reloaded = open(); // the pane was reloaded: nothing in memory
    await reloaded.clearMarks();
    expect(s.get(1, 0)!.fill).toBeNull();
    expect(s.get(2, 0)!.fill).toBe('#00B050');
    expect(s.get(3, 0)!.fill).toBeNull();
  });

  test('the action history survives too: the reloaded pane lists and undoes the write', async () => {
    const { s, open } = setup();
    await open().writeCells(
      [{ sheet: '项目台账', row: 4, col: 1, value: '区住建局', expected: null }],
      '填充责任单位',
      'fill',
    );
    const reloaded = open();
    const actions = await reloaded.listActions();
    expect(actions.map((a) => [a.kind, a.label])).toEqual([['fill', '填充责任单位']]);
    expect(reloaded.canUndo()).toBe(true);
    expect(await reloaded.undoAction(actions[0].id)).toBe(true);
    expect(s.get(4, 1)?.value ?? null).toBeNull();
    expect(await open().listActions()).toEqual([]); // the undo is saved as well
  });
});

describe('full fills', () => {
  test('pattern, pattern colour and tints come back exactly', async () => {
    const { s, open } = setup();
    const c = s.cell(5, 0);
    c.fill = '#FFFF00';
    c.fillDetail = { pattern: 'Gray50', patternColor: '#FF0000', tintAndShade: 0.4, patternTintAndShade: -0.25 };
    const wb = open();
    await wb.markCells([mark(5)]);
    expect(s.get(5, 0)).toMatchObject({ fill: '#FFC7CE' });
    await wb.clearMarks();
    expect(s.get(5, 0)).toMatchObject({
      fill: '#FFFF00',
      fillDetail: { pattern: 'Gray50', patternColor: '#FF0000', tintAndShade: 0.4, patternTintAndShade: -0.25 },
    });
  });

  test('a gradient fill (which Office.js cannot write back) is not marked over, and the pane is told', async () => {
    const { s, open } = setup();
    s.cell(6, 0).fill = '#5B9BD5';
    s.cell(6, 0).fillDetail = { pattern: 'LinearGradient' };
    const wb = open();
    await wb.markCells([mark(6), mark(7)]);
    expect(s.get(6, 0)).toMatchObject({ fill: '#5B9BD5', fillDetail: { pattern: 'LinearGradient' } });
    expect(s.get(7, 0)!.fill).toBe('#FFC7CE');
    expect(wb.lastMarkNotes.join()).toContain('A7');
    expect(
      wb
        .notes('mark')
        .map((n) => n.zh)
        .join(),
    ).toContain('A7');
  });

  test('a marked cell under a conditional format is named: the format hides our fill', async () => {
    const { s, open } = setup();
    s.conditional.push({ range: 'A8:A10', type: 'CellValue', fill: '#C6EFCE' });
    const wb = open();
    await wb.markCells([mark(1), mark(8)]);
    expect(wb.lastMarkNotes.join()).toMatch(/A9.*条件格式/);
    expect(wb.lastMarkNotes.join()).not.toContain('A2');
  });
});

describe("the notes('mark') the pane shows beside a write", () => {
  test('are of that write: a sheet write or an undo after a mark does not repeat the mark’s notes', async () => {
    const { s, open } = setup();
    s.cell(6, 0).fill = '#5B9BD5';
    s.cell(6, 0).fillDetail = { pattern: 'LinearGradient' };
    const wb = open();
    await wb.markCells([mark(6)]);
    expect(
      wb
        .notes('mark')
        .map((n) => n.zh)
        .join(),
    ).toContain('A7');
    const entry = await wb.writeSheets([buildIssuesLayout([], 'zh')], { replace: true, kind: 'issues' });
    expect(wb.notes('mark')).toEqual([]);
    await wb.markCells([mark(6)]);
    expect(await wb.undoAction(entry!.id)).toBe(true);
    expect(wb.notes('mark')).toEqual([]);
  });
});
