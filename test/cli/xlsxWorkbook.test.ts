/** XlsxWorkbook (the workbook port over the package): every write is checked by saving and reading the bytes back with ExcelJS (another tool). */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { SheetLayout } from '../../src/core/report/types';
import { WorkbookError } from '../../src/core/port/WorkbookPort';
import { XlsxWorkbook } from '../../src/xlsx/XlsxWorkbook';

async function roundTrip(port: XlsxWorkbook): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await port.toBuffer()) as unknown as ExcelJS.Buffer);
  return wb;
}

/** A sheet whose B2:C2 were loaded from a file with one shared style (the case where ExcelJS shares objects). */
async function loadedPort(): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.getCell('A1').value = '项目名称';
  ws.getCell('B2').value = 100;
  ws.getCell('C2').value = 200;
  const yellow: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
  ws.getCell('B2').fill = yellow;
  ws.getCell('C2').fill = yellow;
  ws.getCell('B3').value = 'x';
  ws.getCell('D1').value = '合并';
  ws.mergeCells('D1:E1');
  const bytes = await wb.xlsx.writeBuffer();
  return XlsxWorkbook.fromBuffer(bytes as ArrayBuffer);
}

function fgOf(cell: ExcelJS.Cell): string | undefined {
  const f = cell.fill as ExcelJS.FillPattern | undefined;
  return f?.fgColor?.argb;
}

test('strings that look like formulas are written as text, and undo restores the old values', async () => {
  const port = await loadedPort();
  await port.writeCells(
    [
      { sheet: '台账', row: 1, col: 1, value: '=1+1' },
      { sheet: '台账', row: 2, col: 1, value: '+86 123' },
      { sheet: '台账', row: 3, col: 0, value: 42 },
    ],
    '测试写入',
  );
  let back = await roundTrip(port);
  const ws = back.getWorksheet('台账')!;
  expect(ws.getCell('B2').value).toBe('=1+1');
  expect(ws.getCell('B2').type).toBe(ExcelJS.ValueType.String);
  expect(ws.getCell('B3').value).toBe('+86 123');
  expect(ws.getCell('A4').value).toBe(42);
  expect(port.canUndo()).toBe(true);
  expect(await port.undoLast()).toBe(true);
  back = await roundTrip(port);
  expect(back.getWorksheet('台账')!.getCell('B2').value).toBe(100);
  expect(back.getWorksheet('台账')!.getCell('B3').value).toBe('x');
  expect(back.getWorksheet('台账')!.getCell('A4').value).toBeNull();
  expect(await port.undoLast()).toBe(false);
});

test('readSheet gives the grid through the shared reader, and listSheets the visible sheets', async () => {
  const port = await loadedPort();
  const grid = await port.readSheet('台账');
  expect(grid.name).toBe('台账');
  expect(grid.values[0][0]).toBe('项目名称');
  expect(grid.values[1][1]).toBe(100);
  expect(grid.values[1][2]).toBe(200);
  expect(await port.listSheets()).toEqual([{ name: '台账', visible: true }]);
  await expect(port.readSheet('没有')).rejects.toMatchObject({ code: 'sheet-missing' });
});

test('a write to a missing sheet fails before anything is written', async () => {
  const port = await loadedPort();
  await expect(
    port.writeCells(
      [
        { sheet: '台账', row: 1, col: 1, value: 'changed' },
        { sheet: '没有这张表', row: 0, col: 0, value: 1 },
      ],
      'x',
    ),
  ).rejects.toBeInstanceOf(WorkbookError);
  expect((await roundTrip(port)).getWorksheet('台账')!.getCell('B2').value).toBe(100);
  expect(port.canUndo()).toBe(false);
});

test('marks fill by severity without repainting cells that shared the style, and clearMarks restores them', async () => {
  const port = await loadedPort();
  await port.markCells([
    { sheet: '台账', row: 1, col: 1, severity: 'error', note: 'B2：完成投资大于总投资' },
    { sheet: '台账', row: 2, col: 1, severity: 'warning' },
  ]);
  let ws = (await roundTrip(port)).getWorksheet('台账')!;
  expect(fgOf(ws.getCell('B2'))).toBe('FFFFC7CE');
  expect(fgOf(ws.getCell('B3'))).toBe('FFFFEB9C');
  expect(fgOf(ws.getCell('C2'))).toBe('FF00FF00'); // shared style untouched
  expect(JSON.stringify(ws.getCell('B2').note)).toContain('完成投资大于总投资');

  await port.clearMarks();
  ws = (await roundTrip(port)).getWorksheet('台账')!;
  expect(fgOf(ws.getCell('B2'))).toBe('FF00FF00');
  expect(ws.getCell('B3').fill).toBeUndefined();
  expect(ws.getCell('B2').note).toBeUndefined();
});

const layout: SheetLayout = {
  name: '汇总',
  cells: [
    { row: 0, col: 0, value: '领域', bold: true, fill: '#D9E1F2' },
    { row: 0, col: 1, value: '完成投资（万元）', bold: true },
    { row: 1, col: 0, value: '工业' },
    { row: 1, col: 1, value: 1200, numberFormat: '#,##0' },
    { row: 2, col: 0, value: '=不是公式' },
    { row: 2, col: 1, value: 800, numberFormat: '#,##0' },
    { row: 3, col: 0, value: '合计', bold: true },
    { row: 3, col: 1, formula: '=SUM(B2:B3)', value: 2000, numberFormat: '#,##0' },
    { row: 4, col: 0, value: '项目台账!E12', link: "'项目台账'!E12" },
    { row: 5, col: 0, value: '滞后', fontColor: '#9C0006' },
  ],
  columnWidths: [18, 14],
  merges: ['C1:D1'],
  freeze: { rows: 1, cols: 1 },
  conditional: [{ range: 'A6:A6', equals: '滞后', fill: '#FFC7CE', fontColor: '#9C0006' }],
  charts: [
    {
      kind: 'bar',
      title: '分领域完成投资',
      categories: 'A2:A3',
      series: [{ name: '完成投资', values: 'B2:B3' }],
      anchor: 'D2',
      width: 6,
      height: 12,
    },
  ],
};

test('writeSheets renders values, formulas with cached results, formats, links, merges, panes and a chart', async () => {
  const port = await loadedPort();
  await port.writeSheets([layout], { replace: false });
  const ws = (await roundTrip(port)).getWorksheet('汇总')!;
  expect(ws.getCell('A1').value).toBe('领域');
  expect(ws.getCell('A1').font?.bold).toBe(true);
  expect(fgOf(ws.getCell('A1'))).toBe('FFD9E1F2');
  expect(ws.getCell('B2').numFmt).toBe('#,##0');
  expect(ws.getCell('A3').value).toBe('=不是公式');
  const total = ws.getCell('B4').value as ExcelJS.CellFormulaValue;
  expect(total.formula).toBe('SUM(B2:B3)');
  expect(total.result).toBe(2000);
  // An internal link is a location, with no relationship (so nothing opens as an external file).
  expect(ws.getCell('A5').value).toBe('项目台账!E12');
  const parts = unzipSync(new Uint8Array(await port.toBuffer()));
  const sheetXml = strFromU8(parts['xl/worksheets/sheet2.xml']);
  expect(sheetXml).toContain('<hyperlink ref="A5" location="\'项目台账\'!E12" display="项目台账!E12"/>');
  expect(
    parts['xl/worksheets/_rels/sheet2.xml.rels'] && strFromU8(parts['xl/worksheets/_rels/sheet2.xml.rels']),
  ).not.toContain('hyperlink');
  expect(ws.getColumn(1).width).toBe(18);
  expect(ws.getCell('D1').isMerged).toBe(true);
  expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
  // ExcelJS keeps read conditional formats on an untyped property.
  expect(JSON.stringify((ws as unknown as { conditionalFormattings: unknown }).conditionalFormattings)).toContain(
    '滞后',
  );
  const texts: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
  expect(texts.some((t) => t.startsWith('图表数据'))).toBe(false);
  const chart = strFromU8(parts['xl/charts/chart1.xml']);
  expect(chart).toContain("<c:f>'汇总'!$B$2:$B$3</c:f>");
  expect(chart).toContain("<c:f>'汇总'!$A$2:$A$3</c:f>");
});

test('writeSheets asks before replacing, replaces when told, and undo brings the old sheet back', async () => {
  const port = await loadedPort();
  expect(await port.existingSheets(['台账', '汇总'])).toEqual(['台账']);
  await expect(port.writeSheets([{ ...layout, name: '台账' }], { replace: false })).rejects.toMatchObject({
    code: 'sheet-exists',
  });
  await port.writeSheets([{ ...layout, name: '台账' }], { replace: true });
  expect((await port.readSheet('台账')).values[0][0]).toBe('领域');
  expect(await port.undoLast()).toBe(true);
  const ws = (await roundTrip(port)).getWorksheet('台账')!;
  expect(ws.getCell('A1').value).toBe('项目名称');
  expect(ws.getCell('B2').value).toBe(100);
  expect(fgOf(ws.getCell('C2'))).toBe('FF00FF00');
  expect(ws.getCell('E1').isMerged).toBe(true);
});

test('settings survive a save in a very hidden sheet, even when longer than one cell holds', async () => {
  const port = await loadedPort();
  expect(await port.loadSettings()).toBeNull();
  const bigPack = JSON.stringify({ filler: '源'.repeat(70000) });
  await port.saveSettings({ policyPack: bigPack, rules: { 'unit-suspect': { enabled: false } }, lang: 'zh' });
  const back = await XlsxWorkbook.fromBuffer(await port.toBuffer());
  const s = await back.loadSettings();
  expect(s?.policyPack).toBe(bigPack);
  expect(s?.rules['unit-suspect']).toEqual({ enabled: false });
  expect((await back.listSheets()).map((x) => x.name)).toEqual(['台账']);
  expect((await roundTrip(back)).getWorksheet('_taizhang_settings')?.state).toBe('veryHidden');
});

test('selectCell makes the sheet active and rejects a bad address', async () => {
  const port = await loadedPort();
  await port.writeSheets([layout], { replace: false });
  await port.selectCell('汇总', 'B4');
  expect(await port.activeSheet()).toBe('汇总');
  await expect(port.selectCell('汇总', 'not a cell')).rejects.toBeInstanceOf(WorkbookError);
});

test('the port and its helpers use no Node APIs (the task pane loads them in the browser)', () => {
  const { readFileSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
  const { join } = jest.requireActual<typeof import('node:path')>('node:path');
  const { readdirSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
  const writer = readdirSync(join(__dirname, '..', '..', 'src', 'xlsx', 'write')).map((f) => join('write', f));
  for (const f of ['XlsxWorkbook.ts', 'packageGrid.ts', 'settingsSheet.ts', 'colours.ts', 'gridLayout.ts', ...writer]) {
    const text = readFileSync(join(__dirname, '..', '..', 'src', 'xlsx', f), 'utf8');
    expect(text).not.toMatch(/from ['"](node:|fs|path|os|child_process)['"/]|require\(|process\.|Buffer\.from/);
  }
});
