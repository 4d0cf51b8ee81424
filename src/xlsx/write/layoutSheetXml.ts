/**
 * A host-independent SheetLayout as a worksheet part: values, formulas with cached results, styles (through the
 * StyleBook), widths, merges, frozen panes, internal links, conditional colours and the print setup. Elements
 * are written in the order the schema requires (Excel refuses a sheet whose elements are out of order).
 */
import { toA1 } from '../../core/grid';
import type { LayoutCell, PrintSetup, SheetLayout } from '../../core/report/types';
import { formulaCell, valueCell } from './cellXml';
import type { StyleBook } from './styles';
import { escapeAttr, escapeText, NS } from './xmlText';

const LINK_BLUE = '#0563C1';
const A4 = 9;

function styleFor(book: StyleBook, c: LayoutCell): number {
  return book.layoutXf({
    numberFormat: c.numberFormat,
    bold: c.bold,
    fontColor: c.fontColor ?? (c.link ? LINK_BLUE : undefined),
    underline: c.link ? true : undefined,
    fill: c.fill,
    align: c.align,
    wrap: c.wrap,
  });
}

function cellXml(book: StyleBook, c: LayoutCell): string | null {
  const ref = toA1(c.row, c.col);
  const s = styleFor(book, c);
  const value = c.value === undefined ? null : c.value;
  if (c.formula) return formulaCell(ref, s, c.formula, value);
  return valueCell(ref, s, c.link && value === null ? c.link : value);
}

function sheetDataXml(book: StyleBook, cells: LayoutCell[], heights: Record<number, number> = {}): string {
  const rows = new Map<number, LayoutCell[]>();
  for (const c of cells) {
    const list = rows.get(c.row) ?? [];
    list.push(c);
    rows.set(c.row, list);
  }
  const out: string[] = ['<sheetData>'];
  for (const r of Object.keys(heights).map(Number)) if (!rows.has(r)) rows.set(r, []);
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    // A later cell at the same place replaces an earlier one, as the Excel adapter's writes would.
    const byCol = new Map<number, LayoutCell>();
    for (const c of rows.get(r)!) byCol.set(c.col, c);
    const xs = [...byCol.keys()]
      .sort((a, b) => a - b)
      .map((col) => cellXml(book, byCol.get(col)!))
      .filter((x): x is string => x !== null);
    const ht = heights[r] ? ` ht="${heights[r]}" customHeight="1"` : '';
    if (xs.length || ht) out.push(`<row r="${r + 1}"${ht}>${xs.join('')}</row>`);
  }
  out.push('</sheetData>');
  return out.join('');
}

function paneXml(freeze: SheetLayout['freeze']): string {
  if (!freeze || (freeze.rows <= 0 && freeze.cols <= 0)) return '<sheetView workbookViewId="0"/>';
  const pane = freeze.rows > 0 && freeze.cols > 0 ? 'bottomRight' : freeze.rows > 0 ? 'bottomLeft' : 'topRight';
  const x = freeze.cols > 0 ? ` xSplit="${freeze.cols}"` : '';
  const y = freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : '';
  const topLeft = toA1(Math.max(0, freeze.rows), Math.max(0, freeze.cols));
  return `<sheetView workbookViewId="0"><pane${x}${y} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView>`;
}

function colsXml(widths: number[]): string {
  const cols = widths
    .map((w, i) => (w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : ''))
    .join('');
  return cols ? `<cols>${cols}</cols>` : '';
}

function conditionalXml(book: StyleBook, layout: SheetLayout): string {
  return layout.conditional
    .map((cf, i) => {
      const dxf = book.dxf(cf.fill, cf.fontColor);
      const text = `"${cf.equals.replace(/"/g, '""')}"`;
      return `<conditionalFormatting sqref="${escapeAttr(cf.range)}"><cfRule type="cellIs" dxfId="${dxf}" priority="${i + 1}" operator="equal"><formula>${escapeText(text)}</formula></cfRule></conditionalFormatting>`;
    })
    .join('');
}

function hyperlinksXml(cells: LayoutCell[]): string {
  const links = cells.filter((c) => c.link);
  if (!links.length) return '';
  const els = links.map((c) => {
    const location = c.link!.replace(/^#/, '');
    const display = c.value === undefined || c.value === null ? location : String(c.value);
    // An internal link is a location only: no relationship, so nothing opens as an external file.
    return `<hyperlink ref="${toA1(c.row, c.col)}" location="${escapeAttr(location)}" display="${escapeAttr(display)}"/>`;
  });
  return `<hyperlinks>${els.join('')}</hyperlinks>`;
}

/** Header/footer text: "&" is Excel's code character, so a literal one is doubled; &P and &N stay codes. */
function headerText(s: string): string {
  return s.replace(/&(?![PN])/g, '&&');
}

function printXml(print: PrintSetup | undefined): { sheetPr: string; tail: string } {
  if (!print)
    return {
      sheetPr: '',
      tail: '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    };
  const m = print.margins;
  const fit = print.fitWidth > 0 || print.fitHeight > 0;
  const header = print.header
    ? `<oddHeader>${escapeText(`&C&"-,Bold"&14${headerText(print.header)}`)}</oddHeader>`
    : '';
  const footer = print.footer ? `<oddFooter>${escapeText(`&C${headerText(print.footer)}`)}</oddFooter>` : '';
  return {
    sheetPr: fit ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '',
    tail:
      '<printOptions horizontalCentered="1"/>' +
      `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
      `<pageSetup paperSize="${A4}" orientation="${print.orientation}"${fit ? ` fitToWidth="${print.fitWidth}" fitToHeight="${print.fitHeight}"` : ''}/>` +
      (header || footer ? `<headerFooter>${header}${footer}</headerFooter>` : ''),
  };
}

function dimension(cells: LayoutCell[]): string {
  if (!cells.length) return 'A1';
  let r = 0;
  let c = 0;
  for (const x of cells) {
    if (x.row > r) r = x.row;
    if (x.col > c) c = x.col;
  }
  return `A1:${toA1(r, c)}`;
}

/** The worksheet XML of a layout; `drawingRelId` names the sheet's drawing relationship when it has charts. */
export function layoutSheetXml(layout: SheetLayout, book: StyleBook, drawingRelId?: string): string {
  const print = printXml(layout.print);
  const merges = layout.merges.length
    ? `<mergeCells count="${layout.merges.length}">${layout.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    print.sheetPr +
    `<dimension ref="${dimension(layout.cells)}"/>` +
    `<sheetViews>${paneXml(layout.freeze)}</sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(layout.columnWidths) +
    sheetDataXml(book, layout.cells, layout.rowHeights) +
    merges +
    conditionalXml(book, layout) +
    hyperlinksXml(layout.cells) +
    print.tail +
    (drawingRelId ? `<drawing r:id="${drawingRelId}"/>` : '') +
    '</worksheet>'
  );
}
