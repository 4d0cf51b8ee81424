import type { SheetLayout } from '../../src/core/report/types';
import { ExcelWorkbook } from '../../src/excel/ExcelWorkbook';
import { charsToPoints } from '../../src/excel/writeSheets';
import { fakeRunner } from './fakeExcel';
import { FakeModel } from './fakeModel';
import { mockHost } from './mockHost';

function summary(name = '投资汇总', rows = 3): SheetLayout {
  const cells: SheetLayout['cells'] = [
    { row: 0, col: 0, value: '2023年源汇区重点项目投资汇总', bold: true, align: 'center' },
    { row: 1, col: 0, value: '领域', bold: true, fill: '#D9E1F2' },
    { row: 1, col: 1, value: '完成投资（万元）', bold: true, fill: '#D9E1F2' },
    { row: 1, col: 2, value: '状态', bold: true },
  ];
  for (let i = 0; i < rows; i++) {
    cells.push({ row: 2 + i, col: 0, value: ['工业', '服务业', '交通'][i % 3] });
    cells.push({ row: 2 + i, col: 1, value: 1000 * (i + 1), numberFormat: '#,##0.00' });
    cells.push({ row: 2 + i, col: 2, value: i === 0 ? '达标' : '-滞后', fontColor: '#9C0006' });
  }
  const last = 2 + rows - 1;
  cells.push({ row: last + 1, col: 0, value: '合计', bold: true });
  cells.push({ row: last + 1, col: 1, formula: `=SUM(B3:B${last + 1})`, value: 6000, link: "'项目台账'!E12" });
  return {
    name,
    cells,
    columnWidths: [12, 18, 0],
    merges: ['A1:C1'],
    freeze: { rows: 2, cols: 1 },
    conditional: [{ range: `C3:C${last + 1}`, equals: '达标', fill: '#C6EFCE', fontColor: '#006100' }],
    charts: [
      {
        kind: 'bar',
        title: '各领域完成投资',
        categories: `A3:A${last + 1}`,
        series: [{ name: '完成投资', values: `B3:B${last + 1}` }],
        anchor: 'E2',
        width: 8,
        height: 15,
      },
    ],
  };
}

function setup() {
  const model = new FakeModel();
  const ledger = model.addSheet('项目台账');
  ledger.enter(0, 0, '项目名称');
  const wb = new ExcelWorkbook(fakeRunner(model), mockHost().host);
  return { model, wb };
}

describe('writeSheets', () => {
  test('writes values, formulas, formats, widths, merges, freeze, conditional colours and charts', async () => {
    const { model, wb } = setup();
    await wb.writeSheets([summary()], { replace: false });
    const s = model.sheet('投资汇总')!;
    expect(s.display('A1')).toMatchObject({ value: '2023年源汇区重点项目投资汇总', bold: true, align: 'Center' });
    expect(s.display('B2')).toMatchObject({ fill: '#D9E1F2', bold: true });
    expect(s.display('B3')).toMatchObject({ value: 1000, numberFormat: '#,##0.00' });
    expect(s.display('C4')).toMatchObject({ value: '-滞后', formula: null, fontColor: '#9C0006' }); // text, not a formula
    expect(s.display('B6')).toMatchObject({ formula: '=SUM(B3:B5)', hyperlink: "'项目台账'!E12" });
    expect(s.columnWidths.get(0)).toBe(charsToPoints(12));
    expect(s.columnWidths.get(1)).toBe(charsToPoints(18));
    expect(s.columnWidths.has(2)).toBe(false); // 0 = leave Excel's default
    expect(charsToPoints(10)).toBe(56); // (10 × 7 + 5) px × 0.75
    expect(s.merges).toEqual(['A1:C1']);
    expect(s.freeze).toEqual({ rows: 2, cols: 1 });
    expect(s.conditional).toEqual([
      {
        range: 'C3:C5',
        type: 'CellValue',
        fill: '#C6EFCE',
        fontColor: '#006100',
        rule: { formula1: '="达标"', operator: 'EqualTo' },
      },
    ]);
    expect(s.charts).toEqual([
      {
        type: 'BarClustered',
        title: '各领域完成投资',
        series: [{ name: '完成投资', values: 'B3:B5', categories: 'A3:A5' }],
        position: ['E2', 'L16'],
      },
    ]);
    expect(model.syncs).toBe(3); // check, write, events back on
  });

  test('asks before replacing: an existing sheet with replace false throws and changes nothing', async () => {
    const { model, wb } = setup();
    const old = model.addSheet('投资汇总');
    old.enter(0, 0, '旧汇总');
    const before = model.dump();
    expect(await wb.existingSheets(['投资汇总', '目标进度'])).toEqual(['投资汇总']);
    await expect(wb.writeSheets([summary('目标进度'), summary()], { replace: false })).rejects.toMatchObject({
      code: 'SheetExists',
      zh: expect.stringContaining('“投资汇总”已存在'),
    });
    expect(model.dump()).toBe(before);
    expect(model.sheet('目标进度')).toBeUndefined();
  });

  test('replace, then undo: the new sheet goes and the old one comes back with its values, formulas, formats', async () => {
    const { model, wb } = setup();
    const old = model.addSheet('投资汇总');
    old.enter(1, 1, '旧汇总');
    old.enter(2, 1, '=1+1', 2);
    old.enter(3, 1, "'=看起来像公式");
    old.cell(2, 1).numberFormat = '0.0';
    await wb.writeSheets([summary()], { replace: true });
    expect(model.sheet('投资汇总')!.display('A1')!.value).toBe('2023年源汇区重点项目投资汇总');
    expect(model.sheets.map((s) => s.name)).toEqual(['项目台账', '投资汇总']);

    expect(await wb.undoLast()).toBe(true);
    const back = model.sheet('投资汇总')!;
    expect(back.display('B2')!.value).toBe('旧汇总');
    expect(back.display('B3')).toMatchObject({ formula: '=1+1', numberFormat: '0.0' });
    expect(back.display('B4')).toMatchObject({ value: '=看起来像公式', formula: null });
    expect(back.display('A1')?.value ?? null).toBeNull();
    expect(back.charts).toEqual([]);
    expect(model.sheets.map((s) => s.name)).toEqual(['项目台账', '投资汇总']);
  });

  test('undo of a new sheet deletes it', async () => {
    const { model, wb } = setup();
    await wb.writeSheets([summary()], { replace: false });
    await wb.undoLast();
    expect(model.sheets.map((s) => s.name)).toEqual(['项目台账']);
  });

  test('a bad sheet name is refused before anything is written', async () => {
    const { model, wb } = setup();
    await expect(wb.writeSheets([summary('汇总/2023')], { replace: false })).rejects.toMatchObject({
      zh: expect.stringContaining('不合规'),
    });
    expect(model.syncs).toBe(0);
  });

  test('two layouts with the same name are refused before anything is written', async () => {
    const { model, wb } = setup();
    await expect(wb.writeSheets([summary('汇总'), summary('汇总')], { replace: true })).rejects.toMatchObject({
      zh: expect.stringContaining('同名'),
    });
    expect(model.syncs).toBe(0);
  });

  test('a protected sheet to replace: Chinese message, nothing changed', async () => {
    const { model, wb } = setup();
    const old = model.addSheet('投资汇总');
    old.enter(0, 0, '旧');
    old.protected = true;
    const before = model.dump();
    await expect(wb.writeSheets([summary()], { replace: true })).rejects.toMatchObject({
      zh: expect.stringContaining('工作表“投资汇总”受保护'),
    });
    expect(model.dump()).toBe(before);
  });

  test('syncs grow with the bytes of the layout, each request well under the 5 MB cap', async () => {
    const a = setup();
    await a.wb.writeSheets([summary('汇总', 3)], { replace: false });
    const b = setup();
    await b.wb.writeSheets([summary('汇总', 3000)], { replace: false });
    expect(a.model.syncs).toBe(3);
    expect(b.model.syncs).toBeGreaterThan(3);
    expect(b.model.sheet('汇总')!.display('B3002')!.value).toBe(3_000_000);
    expect(Math.max(...b.model.requestBytesPerSync)).toBeLessThan(1_600_000);
  });
});
