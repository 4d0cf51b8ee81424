/**
 * Copies a worksheet (values, formulas, styles, merges, widths, panes) into another workbook. The summary
 * command needs it: the summary sheets' formulas refer to the ledger sheets by name, so the output workbook
 * carries a copy of each ledger next to them.
 */
import type ExcelJS from 'exceljs';

/** A sheet name not yet used in `wb` (Excel compares names case-insensitively; at most 31 characters). */
export function freeSheetName(wb: ExcelJS.Workbook, wanted: string): string {
  const taken = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  const base = wanted.slice(0, 31);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const name = `${wanted.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * Puts a saved sheet model into a worksheet. ExcelJS's model getter lists merges as `merges` but its setter reads
 * `mergeCells` (the file reader's name), so both are given.
 */
export function applyModel(ws: ExcelJS.Worksheet, model: ExcelJS.WorksheetModel, name: string): void {
  const merges = (model as unknown as { merges?: string[] }).merges ?? [];
  ws.model = { ...model, name, mergeCells: merges } as unknown as ExcelJS.WorksheetModel;
}

export function copyWorksheet(source: ExcelJS.Worksheet, target: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = target.addWorksheet(name);
  // The model round trip is ExcelJS's own serialisation of a sheet; media and tables belong to the source workbook.
  applyModel(ws, { ...source.model, media: [], tables: [] } as ExcelJS.WorksheetModel, name);
  ws.state = 'visible';
  return ws;
}
