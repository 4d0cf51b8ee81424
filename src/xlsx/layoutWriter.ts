/**
 * Renders a host-independent SheetLayout into an ExcelJS worksheet. No Node APIs: the task pane reuses it.
 * ExcelJS cannot write charts, so each ChartSpec becomes a "图表数据" note naming the ranges to chart by hand.
 */
import type ExcelJS from 'exceljs';
import { quoteSheetName } from '../core/grid';
import type { LayoutCell, SheetLayout } from '../core/report/types';
import { argb, solidFill } from './colours';

/** Internal links are written as HYPERLINK formulas: ExcelJS writes cell hyperlinks as external relationships. */
function hyperlinkFormula(target: string, text: string): string {
  const t = target.startsWith('#') ? target : `#${target}`;
  return `HYPERLINK("${t.replace(/"/g, '""')}","${text.replace(/"/g, '""')}")`;
}

function cellValue(c: LayoutCell): ExcelJS.CellValue {
  const constant = c.value === undefined ? null : c.value;
  if (c.formula) {
    const result = constant === null ? undefined : constant;
    // ExcelJS takes the formula without its leading "="; the cached result lets readers see the figure unrecalculated.
    return { formula: c.formula.replace(/^=/, ''), result } as ExcelJS.CellFormulaValue;
  }
  if (c.link) {
    const text = constant === null ? c.link : String(constant);
    return { formula: hyperlinkFormula(c.link, text), result: text } as ExcelJS.CellFormulaValue;
  }
  // Strings stay strings: ExcelJS only makes a formula from a { formula } object, so "=1+1" lands as text.
  return constant;
}

function styleCell(cell: ExcelJS.Cell, c: LayoutCell): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (c.numberFormat) style.numFmt = c.numberFormat;
  if (c.bold || c.fontColor || c.link) {
    style.font = {
      ...(style.font ?? {}),
      ...(c.bold ? { bold: true } : {}),
      ...(c.fontColor ? { color: { argb: argb(c.fontColor) } } : c.link ? { color: { argb: 'FF0563C1' }, underline: true } : {}),
    };
  }
  if (c.fill) style.fill = solidFill(c.fill);
  if (c.align || c.wrap) {
    style.alignment = { ...(style.alignment ?? {}), ...(c.align ? { horizontal: c.align } : {}), ...(c.wrap ? { wrapText: true } : {}) };
  }
  // A fresh style object per cell: ExcelJS shares style objects between cells loaded with the same style id.
  cell.style = style;
}

function chartNote(layout: SheetLayout): string[] {
  return layout.charts.map((ch) => {
    const series = ch.series.map((s) => `${s.name}：${s.values}`).join('；');
    return `图表数据（${ch.title}）：分类 ${ch.categories}；系列 ${series}。本文件由命令行生成，无法写入图表，请选中以上区域插入${ch.kind === 'bar' ? '条形图' : '柱形图'}。`;
  });
}

export function renderLayout(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  for (const c of layout.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    cell.value = cellValue(c);
    styleCell(cell, c);
  }
  layout.columnWidths.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });
  for (const m of layout.merges) ws.mergeCells(m);
  if (layout.freeze && (layout.freeze.rows > 0 || layout.freeze.cols > 0)) {
    ws.views = [{ state: 'frozen', xSplit: layout.freeze.cols, ySplit: layout.freeze.rows }];
  }
  for (const cf of layout.conditional) {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: 'cellIs',
          operator: 'equal',
          priority: 1,
          formulae: [`"${cf.equals.replace(/"/g, '""')}"`],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } }, font: { color: { argb: argb(cf.fontColor) } } },
        },
      ],
    });
  }
  const notes = chartNote(layout);
  if (notes.length > 0) {
    // Below the last used row, two rows clear, so the note never covers the layout's own cells.
    const lastRow = layout.cells.reduce((m, c) => Math.max(m, c.row), -1) + 3;
    notes.forEach((text, i) => {
      const cell = ws.getCell(lastRow + i + 1, 1);
      cell.value = text;
      cell.style = { font: { italic: true, color: { argb: 'FF7F7F7F' } } };
    });
  }
}

/** For messages: the sheet name as a formula would quote it. */
export function sheetRef(name: string, a1: string): string {
  return `${quoteSheetName(name)}!${a1}`;
}
