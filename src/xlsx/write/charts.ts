/**
 * DrawingML charts for a layout's ChartSpecs: one drawing part per sheet, one chart part per chart, linked to the
 * sheet's cells by reference (`'目标完成情况'!$F$5:$F$16`) so they follow the formulas; the cached points are the
 * engine's figures, for readers that do not recalculate.
 */
import { parseA1, quoteSheetName } from '../../core/grid';
import type { ChartSpec, LayoutCell, SheetLayout } from '../../core/report/types';
import { addContentType, addRel, freePartName } from './relationships';
import { CONTENT_TYPE, escapeText, NS, REL_TYPE } from './xmlText';
import { putText, type Entries } from './zipEntries';

const COLOURS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000'];
const FONT = '<a:latin typeface="等线"/><a:ea typeface="等线"/>';

/** "A5:A13" → its cells, top to bottom (one column). */
function cellsOf(range: string): { row: number; col: number }[] {
  const [a, b] = range.split(':');
  const from = parseA1(a);
  const to = parseA1(b ?? a);
  if (!from || !to) return [];
  const out: { row: number; col: number }[] = [];
  for (let r = from.row; r <= to.row; r++) for (let c = from.col; c <= to.col; c++) out.push({ row: r, col: c });
  return out;
}

function absolute(sheet: string, range: string): string {
  const abs = range
    .split(':')
    .map((ref) => ref.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');
  return `${quoteSheetName(sheet)}!${abs}`;
}

function cache(layout: SheetLayout, range: string, numeric: boolean): string {
  const at = new Map<string, LayoutCell>();
  for (const c of layout.cells) at.set(`${c.row},${c.col}`, c);
  const cells = cellsOf(range);
  const pts = cells
    .map((q, i) => {
      const v = at.get(`${q.row},${q.col}`)?.value;
      if (numeric) return typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '';
      return v === undefined || v === null ? '' : `<c:pt idx="${i}"><c:v>${escapeText(String(v))}</c:v></c:pt>`;
    })
    .join('');
  return numeric
    ? `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${cells.length}"/>${pts}</c:numCache>`
    : `<c:strCache><c:ptCount val="${cells.length}"/>${pts}</c:strCache>`;
}

function rich(text: string, size: number, bold: boolean): string {
  return `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}">${FONT}</a:defRPr></a:pPr><a:r><a:rPr lang="zh-CN" sz="${size}" b="${bold ? 1 : 0}">${FONT}</a:rPr><a:t>${escapeText(text)}</a:t></a:r></a:p></c:rich>`;
}

function seriesXml(layout: SheetLayout, spec: ChartSpec): string {
  return spec.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeText(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${COLOURS[i % COLOURS.length]}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escapeText(absolute(layout.name, spec.categories))}</c:f>${cache(layout, spec.categories, false)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeText(absolute(layout.name, s.values))}</c:f>${cache(layout, s.values, true)}</c:numRef></c:val></c:ser>`,
    )
    .join('');
}

/** The value axis format: percentages when every series is a ratio column (formatted 0.0%). */
function valueFormat(layout: SheetLayout, spec: ChartSpec): string {
  const first = cellsOf(spec.series[0]?.values ?? '')[0];
  const cell = first && layout.cells.find((c) => c.row === first.row && c.col === first.col);
  return cell?.numberFormat?.includes('%') ? '0%' : '#,##0';
}

export function chartXml(layout: SheetLayout, spec: ChartSpec): string {
  const horizontal = spec.kind === 'bar';
  // Horizontal bars list categories bottom-up by default; reversed, they read in the sheet's order, and the value
  // axis is moved to the other end so it stays at the bottom.
  const catAx = `<c:catAx><c:axId val="5001"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="5002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx = `<c:valAx><c:axId val="5002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/><c:majorGridlines/><c:numFmt formatCode="${valueFormat(layout, spec)}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="5001"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.a}" xmlns:r="${NS.rel}">` +
    '<c:lang val="zh-CN"/><c:roundedCorners val="0"/>' +
    `<c:chart><c:title><c:tx>${rich(spec.title, 1200, true)}</c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    seriesXml(layout, spec) +
    '<c:gapWidth val="80"/><c:axId val="5001"/><c:axId val="5002"/></c:barChart>' +
    catAx +
    valAx +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900">${FONT}</a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>` +
    '</c:chartSpace>'
  );
}

function anchorXml(spec: ChartSpec, index: number, relId: string): string {
  const at = parseA1(spec.anchor) ?? { row: 0, col: 0 };
  const pos = (col: number, row: number) =>
    `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${pos(at.col, at.row)}</xdr:from><xdr:to>${pos(at.col + spec.width, at.row + spec.height)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${escapeText(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.rel}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

/**
 * Writes the drawing and chart parts of a layout's charts, relates them to the sheet part at `sheetPath`, and
 * returns the sheet's relationship id of the drawing. Paths of the new parts are added to `created`.
 */
export function writeCharts(entries: Entries, sheetPath: string, layout: SheetLayout, created: string[]): string {
  const drawing = freePartName(entries, 'xl/drawings', 'drawing', 'xml');
  putText(entries, drawing, ''); // reserve the name before the chart names are chosen
  const anchors = layout.charts.map((spec, i) => {
    const chart = freePartName(entries, 'xl/charts', 'chart', 'xml');
    putText(entries, chart, chartXml(layout, spec));
    addContentType(entries, chart, CONTENT_TYPE.chart);
    created.push(chart);
    return anchorXml(spec, i, addRel(entries, drawing, REL_TYPE.chart, chart));
  });
  putText(
    entries,
    drawing,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.drawing}" xmlns:a="${NS.a}">${anchors.join('')}</xdr:wsDr>`,
  );
  addContentType(entries, drawing, CONTENT_TYPE.drawing);
  created.push(drawing);
  return addRel(entries, sheetPath, REL_TYPE.drawing, drawing);
}
