/**
 * Hand-made .xlsx packages for the reader's tests: the parts common tools write (Excel, WPS, LibreOffice), put
 * together with fflate, so each feature is in the file exactly as those tools spell it — including what ExcelJS
 * cannot read (comments, a drawing with a chart, a chart sheet, cells without `r`, prefixed namespaces).
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface SheetSpec {
  name: string;
  state?: 'hidden' | 'veryHidden';
  /** The <worksheet> body (sheetData and friends); ignored for chart sheets. */
  body?: string;
  chart?: boolean;
  /** Adds a comments part and a VML drawing to this sheet. */
  comments?: boolean;
  /** Adds a drawing with a chart to this sheet. */
  drawingChart?: boolean;
  /** How the sheet's relationships name their targets: relative (Excel) or absolute from the package root (openpyxl). */
  targets?: 'relative' | 'absolute';
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = `${R}`;

function rels(items: [string, string, string][]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;
}

export const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS}"><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.00&quot;万元&quot;"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>
<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>
</styleSheet>`;

export function sharedStringsXml(items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS}" count="${items.length}" uniqueCount="${items.length}">${items.map((s) => `<si>${s}</si>`).join('')}</sst>`;
}

/** Builds the package. `sst` items are raw <si> bodies (`<t>..</t>` or rich `<r>` runs). */
export function makePackage(sheets: SheetSpec[], sst: string[] = [], extra: Record<string, string> = {}): Uint8Array {
  const files: Zippable = {};
  const put = (path: string, text: string) => (files[path] = strToU8(text));
  const overrides: string[] = [];
  const wbRels: [string, string, string][] = [];
  const sheetEls: string[] = [];
  let chartNo = 0;
  sheets.forEach((s, i) => {
    const n = i + 1;
    const rId = `rId${n}`;
    const state = s.state ? ` state="${s.state}"` : '';
    sheetEls.push(
      `<sheet name="${s.name.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" sheetId="${n}"${state} r:id="${rId}"/>`,
    );
    const sheetRels: [string, string, string][] = [];
    if (s.chart) {
      chartNo++;
      wbRels.push([rId, 'chartsheet', `chartsheets/sheet${n}.xml`]);
      overrides.push(
        `<Override PartName="/xl/chartsheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/>`,
      );
      put(
        `xl/chartsheets/sheet${n}.xml`,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<chartsheet xmlns="${NS}" xmlns:r="${R}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>`,
      );
      put(`xl/chartsheets/_rels/sheet${n}.xml.rels`, rels([['rId1', 'drawing', `../drawings/drawing${n}.xml`]]));
      addDrawingChart(put, overrides, n, chartNo);
      return;
    }
    wbRels.push([rId, 'worksheet', `worksheets/sheet${n}.xml`]);
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    let tail = '';
    const abs = s.targets === 'absolute';
    if (s.drawingChart) {
      chartNo++;
      sheetRels.push(['rIdD', 'drawing', abs ? `/xl/drawings/drawing${n}.xml` : `../drawings/drawing${n}.xml`]);
      addDrawingChart(put, overrides, n, chartNo);
      tail += '<drawing r:id="rIdD"/>';
    }
    if (s.comments) {
      const comments = abs ? `xl/comments/comment${n}.xml` : `xl/comments${n}.xml`;
      sheetRels.push(
        ['rIdC', 'comments', abs ? `/${comments}` : `../comments${n}.xml`],
        ['rIdV', 'vmlDrawing', abs ? `/xl/drawings/vmlDrawing${n}.vml` : `../drawings/vmlDrawing${n}.vml`],
      );
      overrides.push(
        `<Override PartName="/${comments}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`,
      );
      put(
        comments,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS}"><authors><author>张三</author></authors><commentList><comment ref="B2" authorId="0"><text><r><t>请核对金额</t></r></text></comment></commentList></comments>`,
      );
      put(
        `xl/drawings/vmlDrawing${n}.vml`,
        `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>`,
      );
      tail += '<legacyDrawing r:id="rIdV"/>';
    }
    const body = (s.body ?? '<sheetData/>').replace('</worksheet>', '');
    put(
      `xl/worksheets/sheet${n}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${R}">${body}${tail}</worksheet>`,
    );
    if (sheetRels.length) put(`xl/worksheets/_rels/sheet${n}.xml.rels`, rels(sheetRels));
  });
  const k = sheets.length;
  wbRels.push([`rId${k + 1}`, 'styles', 'styles.xml'], [`rId${k + 2}`, 'sharedStrings', 'sharedStrings.xml']);
  put(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${R}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheetEls.join('')}</sheets></workbook>`,
  );
  put('xl/_rels/workbook.xml.rels', rels(wbRels));
  put('xl/styles.xml', STYLES);
  put('xl/sharedStrings.xml', sharedStringsXml(sst));
  put('_rels/.rels', rels([['rId1', 'officeDocument', 'xl/workbook.xml']]));
  put(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>${overrides.join('')}</Types>`,
  );
  for (const [p, t] of Object.entries(extra)) put(p, t);
  return zipSync(files);
}

function addDrawingChart(put: (p: string, t: string) => void, overrides: string[], n: number, chartNo: number): void {
  overrides.push(
    `<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
  );
  overrides.push(
    `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
  );
  put(`xl/drawings/_rels/drawing${n}.xml.rels`, rels([['rId1', 'chart', `../charts/chart${chartNo}.xml`]]));
  put(
    `xl/drawings/drawing${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8666400" cy="6293000"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`,
  );
  put(
    `xl/charts/chart${chartNo}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'台账'!$C$3:$C$5</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`,
  );
}

/** The feature sheet: one of each kind of cell the core reads, as Excel writes them. */
export const FEATURE_SST = [
  '<r><t>2023年</t></r><r><rPr><b/></rPr><t>重点</t></r><r><t>项目台账</t></r>', // 0 rich text
  '<t>项目名称</t>', // 1
  '<t xml:space="preserve"> 总投资 &amp; 计划 </t>', // 2 entities, spaces kept
  '<t>bell_x0007_esc_x001B_end</t>', // 3 control characters escaped
  '<t>A_x0041__x4E2D_</t>', // 4 printable escapes → "AA中"
  '<t>line1\nline2_x000D_</t>', // 5 newline raw, CR escaped
  '<t>&#20013;&#x6587;</t>', // 6 numeric character references
  '<t>漯河</t><rPh sb="0" eb="2"><t>luohe</t></rPh>', // 7 phonetic run not part of the text
];

export const FEATURE_BODY = `<sheetPr><outlinePr summaryBelow="0"/></sheetPr><dimension ref="A1:K6"/>
<cols><col min="1" max="1" width="12" customWidth="1"/><col min="4" max="5" width="0" hidden="1" customWidth="1"/></cols>
<sheetData>
<row r="1" spans="1:11"><c r="A1" t="s"><v>0</v></c></row>
<row r="2" hidden="1"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><t>内联文本</t></is></c><c r="B3" s="1"><v>52000.5</v></c><c r="C3" s="2"><v>45230</v></c><c r="D3" t="b"><v>1</v></c><c r="E3" t="e"><v>#REF!</v></c><c r="F3"><f>B3*2</f><v>104001</v></c><c r="G3"><f>B3*3</f></c><c r="H3"><f t="shared" ref="H3:H5" si="0">B3+$B$3+Sheet2!B3</f><v>1</v></c><c r="I3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="J3" s="3"><v>0.25</v></c><c r="K3" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>
<row r="4"><c r="A4" t="s"><v>3</v></c><c r="H4"><f t="shared" si="0"/><v>2</v></c><c r="I4" t="inlineStr"><is><r><t>富</t></r><r><t>文本</t></r></is></c></row>
<row r="5"><c r="A5" t="s"><v>4</v></c><c r="B5" t="s"><v>5</v></c><c r="C5" t="s"><v>6</v></c><c r="D5" t="s"><v>7</v></c><c r="H5"><f t="shared" si="0"/><v>3</v></c><c r="J5" t="n"><v>-1.5E-3</v></c><c r="K5" s="4" t="s"><v>1</v></c></row>
<row r="6"><c t="s"><v>1</v></c><c><v>7</v></c><c r="E6"><v>9</v></c><c><v>10</v></c></row>
</sheetData>
<mergeCells count="2"><mergeCell ref="A1:K1"/><mergeCell ref="J4:K4"/></mergeCells>
<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`;
