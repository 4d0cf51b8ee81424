import { parseA1, toA1 } from '../core/grid';
import { WorkbookError } from '../core/port/WorkbookPort';
import type { ChartSpec, LayoutCell, PrintSetup, SheetLayout } from '../core/report/types';
import { protectedSheetError } from './errors';
import { BYTES, writeSliced, type QueuedOp } from './payload';
import { checkSheetName, sheetExistsError } from './sheetNames';
import { guardStructure } from './sheetGuard';
import { clearSheet } from './sheetClear';
import type { SheetSnapshot, Snapshot } from './snapshots';
import { queueValue } from './textSafety';
import { undoSnapshot } from './undo';
import { DEFAULT_PACING, forEachPaced, quiet, type Pacing } from './bulk';

const ALIGN: Record<NonNullable<LayoutCell['align']>, Excel.HorizontalAlignment> = {
  left: 'Left' as Excel.HorizontalAlignment,
  center: 'Center' as Excel.HorizontalAlignment,
  right: 'Right' as Excel.HorizontalAlignment,
};

/** Column width in characters → points (Excel's default font: about 7 px a character plus 5 px padding). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75);
}

function writeCell(ws: Excel.Worksheet, c: LayoutCell): void {
  const r = ws.getCell(c.row, c.col);
  const format = c.numberFormat ?? 'General';
  // Text goes in through "@" and gets the layout's format after (textSafety.ts): "2023年12月" stays text.
  if (c.numberFormat && (c.formula || typeof c.value !== 'string')) r.numberFormat = [[format]];
  if (c.formula) r.formulas = [[c.formula]];
  else if (c.value !== undefined) queueValue(r, c.value, format);
  if (c.bold) r.format.font.bold = true;
  if (c.fontColor) r.format.font.color = c.fontColor;
  if (c.fill) r.format.fill.color = c.fill;
  if (c.align) r.format.horizontalAlignment = ALIGN[c.align];
  if (c.wrap) r.format.wrapText = true;
  if (c.link) r.hyperlink = { documentReference: c.link.replace(/^#/, '') };
}

function addChart(ws: Excel.Worksheet, spec: ChartSpec): void {
  if (spec.series.length === 0) return;
  const type = (spec.kind === 'bar' ? 'BarClustered' : 'ColumnClustered') as Excel.ChartType;
  const chart = ws.charts.add(type, ws.getRange(spec.series[0].values), 'Columns' as Excel.ChartSeriesBy);
  chart.title.text = spec.title;
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(ws.getRange(s.values));
    series.setXAxisValues(ws.getRange(spec.categories));
  });
  const at = parseA1(spec.anchor) ?? { row: 0, col: 0 };
  chart.setPosition(spec.anchor, toA1(at.row + Math.max(1, spec.height) - 1, at.col + Math.max(1, spec.width) - 1));
}

/**
 * The layout's print setup through `worksheet.pageLayout` (ExcelApi 1.9): A4 landscape, fit to pages wide, print
 * titles, margins in inches, centred header and footer (the same "&P"/"&N" codes as the file format).
 */
export function applyPrint(page: Excel.PageLayout, print: PrintSetup): void {
  page.orientation = (print.orientation === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
  page.paperSize = 'A4' as Excel.PaperType;
  page.centerHorizontally = true;
  // 0 pages tall = as many as it takes (OOXML fitToHeight="0"); not yet confirmed in real Excel.
  page.zoom = { horizontalFitToPages: print.fitWidth, verticalFitToPages: print.fitHeight };
  if (print.titleRows) page.setPrintTitleRows(`$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
  page.setPrintMargins('Inches' as Excel.PrintMarginUnit, print.margins);
  const all = page.headersFooters.defaultForAllPages;
  if (print.header) all.centerHeader = `&"-,Bold"&14${print.header.replace(/&(?![PN])/g, '&&')}`;
  if (print.footer) all.centerFooter = print.footer.replace(/&(?![PN])/g, '&&');
}

/** Estimated request bytes of one layout cell: its path, one action per property set, the text. */
function cellBytes(c: LayoutCell): number {
  const props = [c.numberFormat, c.formula ?? c.value, c.bold, c.fontColor, c.fill, c.align, c.wrap, c.link].filter(
    (p) => p !== undefined,
  ).length;
  return BYTES.proxy + (props + 2) * BYTES.action + 3 * String(c.formula ?? c.value ?? '').length;
}

/** A layout as calls to queue on `target.ws` (set by an earlier call when the sheet is added in the same batch). */
function layoutOps(target: { ws: Excel.Worksheet }, layout: SheetLayout): QueuedOp[] {
  const ops: QueuedOp[] = layout.cells.map((c) => ({ bytes: cellBytes(c), run: () => writeCell(target.ws, c) }));
  const rest =
    layout.columnWidths.length + layout.merges.length + 3 * layout.conditional.length + 10 * layout.charts.length + 2;
  ops.push({ bytes: rest * (BYTES.proxy + BYTES.action), run: () => finishLayout(target.ws, layout) });
  return ops;
}

/** Column widths, merges, frozen panes, conditional colours and charts of a layout. */
function finishLayout(ws: Excel.Worksheet, layout: SheetLayout): void {
  layout.columnWidths.forEach((w, i) => {
    if (w > 0) ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = charsToPoints(w);
  });
  for (const [r, h] of Object.entries(layout.rowHeights ?? {}))
    ws.getRangeByIndexes(Number(r), 0, 1, 1).format.rowHeight = h;
  for (const m of layout.merges) ws.getRange(m).merge(false);
  if (layout.freeze && (layout.freeze.rows > 0 || layout.freeze.cols > 0)) {
    const { rows, cols } = layout.freeze;
    if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, cols));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else ws.freezePanes.freezeColumns(cols);
  }
  for (const cc of layout.conditional) {
    // Cell value equal to the text (ConditionalFormatType "CellValue", ExcelApi 1.6).
    const cf = ws.getRange(cc.range).conditionalFormats.add('CellValue' as Excel.ConditionalFormatType);
    cf.cellValue.format.fill.color = cc.fill;
    cf.cellValue.format.font.color = cc.fontColor;
    cf.cellValue.rule = { formula1: `="${cc.equals.replace(/"/g, '""')}"`, operator: 'EqualTo' };
  }
  for (const ch of layout.charts) addChart(ws, ch);
}

/**
 * Print setup after the sheets are written, in a sync of its own: it is a nicety, so a host that refuses one of
 * its settings leaves the summary written (printing with Excel's defaults) rather than rolled back. Hosts without
 * pageLayout (below ExcelApi 1.9, and the test fake) are skipped without a sync.
 */
async function applyPrintSetups(context: Excel.RequestContext, layouts: SheetLayout[]): Promise<void> {
  let queued = false;
  for (const l of layouts) {
    const ws = context.workbook.worksheets.getItem(l.name);
    if (!l.print || !ws.pageLayout) continue;
    applyPrint(ws.pageLayout, l.print);
    queued = true;
  }
  if (!queued) return;
  try {
    await context.sync();
  } catch {
    // The sheets stand; only their page setup is Excel's default.
  }
}

/** Refuses bad or duplicate sheet names before anything is asked of Excel (no sync). */
export function checkLayouts(layouts: SheetLayout[]): void {
  layouts.forEach((l) => checkSheetName(l.name));
  const names = layouts.map((l) => l.name);
  // Excel compares sheet names case-insensitively.
  const dup = names.find((n, i) => names.findIndex((m) => m.toLowerCase() === n.toLowerCase()) !== i);
  if (dup) {
    throw new WorkbookError(
      `汇总表中有两个同名工作表“${dup}”。`,
      `Two layouts share the sheet name "${dup}".`,
      'InvalidArgument',
    );
  }
}

/**
 * Adds (or, with replace, replaces) sheets from host-independent layouts. Syncs: 2, or 3 when replacing — (1) check
 * names, existing sheets and protection, (2) snapshot the sheets to be replaced, (3) write everything (a layout over
 * ~1.5 MB of requests in more syncs, still one action). Throws WorkbookError "SheetExists" before any write when
 * a sheet exists and replace is false. Replaced sheets are emptied and rewritten in place. If a write sync fails,
 * the added sheets are removed and replaced ones put back before the error is reported.
 */
export async function writeSheets(
  context: Excel.RequestContext,
  layouts: SheetLayout[],
  replace: boolean,
  pacing: Pacing = DEFAULT_PACING,
): Promise<Snapshot> {
  checkLayouts(layouts);
  const names = layouts.map((l) => l.name);
  const existing = layouts.map((l) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(l.name);
    ws.load('name,position');
    ws.protection.load('protected');
    return { layout: l, name: l.name, ws };
  });
  const structure = guardStructure(context);
  await context.sync();

  const present = existing.filter((e) => !e.ws.isNullObject);
  const absent = existing.filter((e) => e.ws.isNullObject);
  if (present.length > 0 && !replace) throw sheetExistsError(present.map((e) => e.name));
  if (absent.length > 0) structure.check(); // Protect Workbook forbids adding sheets: say so before any write
  for (const e of present) if (e.ws.protection.protected) throw protectedSheetError(e.name);
  // Only sheets that exist are asked for their content (a null object's ranges cannot be loaded).
  const olds = present.map((e) => {
    const used = e.ws.getUsedRangeOrNullObject(true);
    used.load('values,valueTypes,formulas,numberFormat,rowIndex,columnIndex');
    e.ws.charts.load('items/name');
    return { ...e, used };
  });
  if (olds.length > 0) await context.sync();

  const replacedSheets: SheetSnapshot[] = olds.map((e) => snapshotSheet(e.name, e.ws.position, e.used));
  const addedSheets = absent.map((e) => e.name);
  const snapshot: Snapshot = { label: `写入汇总表：${names.join('、')}`, cells: [], addedSheets, replacedSheets };

  // Replaced sheets are emptied and rewritten in place, never deleted: Worksheet.delete turns every reference to
  // the sheet into #REF! and clears Excel's own undo history. A big layout goes in ~1.5 MB syncs (payload.ts).
  const ops: QueuedOp[] = olds.map((e) => ({ bytes: 6 * BYTES.action, run: () => clearSheet(e.ws, e.ws.charts) }));
  for (const e of existing) {
    const target = { ws: e.ws };
    if (e.ws.isNullObject)
      ops.push({ bytes: BYTES.proxy + BYTES.action, run: () => (target.ws = context.workbook.worksheets.add(e.name)) });
    for (const op of layoutOps(target, e.layout)) ops.push(op);
  }
  const step = async (slice: QueuedOp[]): Promise<void> => {
    quiet(context, pacing);
    await forEachPaced(slice, pacing, (o) => o.run());
    await context.sync();
  };
  await writeSliced(
    ops,
    (o) => o.bytes,
    step,
    { sheet: names[0], action: '写入汇总表' },
    () => undoSnapshot(context, snapshot, pacing),
  );
  await applyPrintSetups(context, layouts);
  return snapshot;
}

/** The old used range, padded from A1 so the rebuild lands where it was. */
function snapshotSheet(name: string, position: number, used: Excel.Range): SheetSnapshot {
  if (used.isNullObject) return { name, position, values: [], formulas: [], numberFormats: [] };
  const pad = <T>(grid: T[][], fill: T): T[][] => {
    const width = used.columnIndex + (grid[0]?.length ?? 0);
    const rows: T[][] = [];
    for (let r = 0; r < used.rowIndex; r++) rows.push(new Array<T>(width).fill(fill));
    for (const row of grid) rows.push([...new Array<T>(used.columnIndex).fill(fill), ...row]);
    return rows;
  };
  return {
    name,
    position,
    values: pad<unknown>(used.values, ''),
    formulas: pad<unknown>(used.formulas, ''),
    numberFormats: pad<unknown>(used.numberFormat, 'General'),
    valueTypes: pad<unknown>(used.valueTypes, 'Empty'),
  };
}
