/** ExcelJS helpers for writing the sample sheets the way district clerks lay them out. */
import type ExcelJS from 'exceljs';
import { columnLetters } from '../../src/core/grid/a1';
import type { YearMonth } from './projects';

export const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export function title(ws: ExcelJS.Worksheet, row: number, text: string, lastCol: number, size = 16): void {
  ws.mergeCells(row, 1, row, lastCol);
  const c = ws.getCell(row, 1);
  c.value = text;
  c.style = {
    font: { name: '方正小标宋简体', size, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle' },
  };
  ws.getRow(row).height = size * 2;
}

export function note(ws: ExcelJS.Worksheet, row: number, text: string, lastCol: number): void {
  ws.mergeCells(row, 1, row, lastCol);
  const c = ws.getCell(row, 1);
  c.value = text;
  c.style = { font: { name: '仿宋_GB2312', size: 11 }, alignment: { horizontal: 'left' } };
}

export function headerCell(ws: ExcelJS.Worksheet, row: number, col: number, text: string): void {
  const c = ws.getCell(row, col);
  c.value = text;
  c.style = {
    font: { name: '黑体', size: 11, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
    border: THIN,
  };
}

/** A data cell with the ledger's usual border and font. */
export function put(ws: ExcelJS.Worksheet, row: number, col: number, value: ExcelJS.CellValue, numFmt?: string): void {
  const c = ws.getCell(row, col);
  c.value = value;
  c.style = {
    font: { name: '仿宋_GB2312', size: 11 },
    border: THIN,
    alignment: { vertical: 'middle', wrapText: true },
    ...(numFmt ? { numFmt } : {}),
  };
}

/** Dates as clerks type them: real dates, "2023.3", "2023年5月", "2022-11-15". */
export function dateCell(ym: YearMonth, style: number): ExcelJS.CellValue {
  switch (style % 4) {
    case 0:
      return new Date(Date.UTC(ym.year, ym.month - 1, ym.day ?? 1));
    case 1:
      return `${ym.year}.${ym.month}`;
    case 2:
      return `${ym.year}年${ym.month}月`;
    default:
      return `${ym.year}-${String(ym.month).padStart(2, '0')}-${String(ym.day ?? 1).padStart(2, '0')}`;
  }
}

/** 1-based column number → letters (ExcelJS numbers columns from 1). */
export function columnLetter(col: number): string {
  return columnLetters(col - 1);
}
