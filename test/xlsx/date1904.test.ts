/** A 1904-based workbook (old Mac Excel): date serials come out 1900-based, like every other workbook's. */
import ExcelJS from 'exceljs';
import { openXlsx } from '../../src/xlsx/read';
import { makePackage } from './makePackage';

test('a hand-made 1904 workbook: a date cell and a plain number', () => {
  const book = makePackage([
    { name: 'S', body: '<sheetData><row r="1"><c r="A1" s="2"><v>0</v></c><c r="B1"><v>0</v></c></row></sheetData>' },
  ]);
  const { unzipSync, zipSync, strToU8, strFromU8 } = jest.requireActual('fflate') as typeof import('fflate');
  const files = unzipSync(book);
  files['xl/workbook.xml'] = strToU8(
    strFromU8(files['xl/workbook.xml']).replace('<bookViews>', '<workbookPr date1904="1"/><bookViews>'),
  );
  // 1904-01-01 is serial 1462 counted from 1900; the plain number is no date and stays 0.
  expect(openXlsx(zipSync(files)).readGrid('S').values).toEqual([[1462, 0]]);
  expect(openXlsx(book).readGrid('S').values).toEqual([[0, 0]]);
});

test('an ExcelJS 1904 workbook reads the same date as a 1900 one', async () => {
  const serials: number[] = [];
  for (const date1904 of [false, true]) {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = date1904;
    wb.addWorksheet('S').getCell('A1').value = new Date(Date.UTC(2023, 9, 31));
    serials.push(
      openXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)).readGrid('S').values[0][0] as number,
    );
  }
  expect(serials).toEqual([45230, 45230]);
});
