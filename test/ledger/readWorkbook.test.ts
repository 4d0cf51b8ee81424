/** gridFromWorksheet on a workbook written and read back through ExcelJS (a real .xlsx round trip). */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Grid } from '../../src/core/grid';
import { readWorkbookFile } from '../xlsx/exceljsGrid';
import { tempDir } from '../fixtures/makeLedgers';

let grid: Grid;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表一');
  ws.getCell('A1').value = { richText: [{ text: '源汇区' }, { text: '台账', font: { bold: true } }] };
  ws.mergeCells('A1:C1');
  ws.getCell('A2').value = 42;
  ws.getCell('B2').value = '文本';
  ws.getCell('C2').value = true;
  ws.getCell('A3').value = new Date(Date.UTC(2023, 2, 15));
  ws.getCell('A3').numFmt = 'yyyy-mm-dd';
  ws.getCell('B3').value = { formula: 'A2*2', result: 84 };
  ws.getCell('C3').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  ws.getCell('D3').value = { text: '链接', hyperlink: 'https://example.org' };
  ws.getCell('A4').value = 0.85;
  ws.getCell('A4').numFmt = '0.0%';
  ws.getRow(4).hidden = true;
  ws.getColumn(2).hidden = true;
  const path = join(tempDir(), 'grid.xlsx');
  await wb.xlsx.writeFile(path);
  [grid] = await readWorkbookFile(path);
});

test('values as Excel shows them', () => {
  expect(grid.name).toBe('表一');
  expect(grid.values[0]).toEqual(['源汇区台账', null, null]);
  expect(grid.values[1]).toEqual([42, '文本', true]);
  expect(grid.values[2]).toEqual([45000, 84, { error: '#DIV/0!' }, '链接']); // 2023-03-15 is serial 45000
  expect(grid.values[3][0]).toBe(0.85);
});

test('formats, formulas, merges, hidden rows and columns', () => {
  expect(grid.numberFormats?.[2][0]).toBe('yyyy-mm-dd');
  expect(grid.numberFormats?.[3][0]).toBe('0.0%');
  expect(grid.formulas?.[2]).toEqual([null, '=A2*2', '=1/0', null]);
  expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  expect(grid.hiddenRows).toEqual([3]);
  expect(grid.hiddenCols).toEqual([1]);
  expect([grid.rowCount, grid.colCount]).toEqual([4, 4]);
});
