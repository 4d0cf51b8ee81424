/**
 * Undo on the package port restores bytes, not just values: after undoing an action (or clearing marks) every part
 * it touched is what it was — except styles.xml, which only grows (records no cell uses are harmless).
 */
import { unzipSync } from 'fflate';
import { XlsxWorkbook } from '../../src/xlsx/XlsxWorkbook';
import type { SheetLayout } from '../../src/core/report/types';
import { richWorkbookBytes } from '../fixtures/richWorkbook';

const summary: SheetLayout = {
  name: '汇总',
  cells: [
    { row: 0, col: 0, value: '合计', bold: true },
    { row: 1, col: 0, formula: '=SUM(项目台账!E4:E7)', value: 105000 },
  ],
  columnWidths: [12],
  merges: [],
  freeze: { rows: 1, cols: 0 },
  conditional: [],
  charts: [
    {
      kind: 'column',
      title: '图',
      categories: 'A1:A1',
      series: [{ name: 's', values: 'A2:A2' }],
      anchor: 'C2',
      width: 4,
      height: 8,
    },
  ],
  print: {
    orientation: 'landscape',
    paper: 'A4',
    fitWidth: 1,
    fitHeight: 0,
    titleRows: { first: 0, last: 0 },
    margins: { left: 0.4, right: 0.4, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    header: 'H',
    footer: '第 &P 页',
  },
};

function differing(a: Record<string, Uint8Array>, b: Record<string, Uint8Array>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !a[k] || !b[k] || Buffer.compare(Buffer.from(a[k]), Buffer.from(b[k])) !== 0).sort();
}

async function fresh(): Promise<{ port: XlsxWorkbook; input: Record<string, Uint8Array> }> {
  const bytes = richWorkbookBytes();
  return { port: await XlsxWorkbook.fromBuffer(bytes), input: unzipSync(bytes) };
}

test('undoing the fill while the summary stays puts the ledger sheet back byte for byte', async () => {
  const { port, input } = await fresh();
  const fill = await port.writeCells(
    [
      { sheet: '项目台账', row: 6, col: 7, value: '沙澧高新技术产业开发区', expected: null },
      { sheet: '项目台账', row: 11, col: 2, value: 'new row', expected: null },
    ],
    '填充责任单位',
    'fill',
  );
  await port.writeSheets([summary], { replace: false, label: '写入汇总表' });
  expect(await port.undoAction(fill!.id)).toBe(true);
  const now = unzipSync(port.toBytes());
  expect(differing(input, now)).not.toContain('xl/worksheets/sheet1.xml');
  expect((await port.listSheets()).map((s) => s.name)).toContain('汇总');
});

test('undoing an added sheet leaves the package as it was (styles only grown)', async () => {
  const { port, input } = await fresh();
  await port.writeSheets([summary], { replace: false });
  expect(differing(input, unzipSync(port.toBytes()))).toEqual(
    expect.arrayContaining(['xl/workbook.xml', '[Content_Types].xml']),
  );
  expect(await port.undoLast()).toBe(true);
  expect(differing(input, unzipSync(port.toBytes()))).toEqual(['xl/styles.xml']);
});

test('replacing a sheet and undoing it restores the old sheet, its rels and its print titles exactly', async () => {
  const { port } = await fresh();
  await port.writeSheets([summary], { replace: false });
  const first = unzipSync(port.toBytes());
  await port.writeSheets([{ ...summary, cells: [{ row: 0, col: 0, value: '第二次' }], charts: [], print: undefined }], {
    replace: true,
  });
  const second = unzipSync(port.toBytes());
  expect(differing(first, second)).toEqual(expect.arrayContaining(['xl/worksheets/sheet3.xml', 'xl/workbook.xml']));
  expect(await port.undoLast()).toBe(true);
  expect(differing(first, unzipSync(port.toBytes())).filter((k) => k !== 'xl/styles.xml')).toEqual([]);
});

test('clearMarks puts the marked sheet and the note parts back byte for byte; the user note survives the marks', async () => {
  const { port, input } = await fresh();
  await port.markCells([
    { sheet: '项目台账', row: 5, col: 6, severity: 'error', note: '完成投资超过总投资' },
    { sheet: '项目台账', row: 20, col: 20, severity: 'info', note: '新的批注' },
  ]);
  const marked = unzipSync(port.toBytes());
  expect(differing(input, marked)).toEqual([
    'xl/comments1.xml',
    'xl/drawings/vmlDrawing1.vml',
    'xl/styles.xml',
    'xl/worksheets/sheet1.xml',
  ]);
  await port.clearMarks();
  expect(differing(input, unzipSync(port.toBytes()))).toEqual(['xl/styles.xml']);
});

test('a note that would pass 32,767 characters with ours appended is cut and says so', async () => {
  const { port } = await fresh();
  await port.markCells([{ sheet: '项目台账', row: 5, col: 6, severity: 'error', note: '核'.repeat(32_767) }]);
  const xml = Buffer.from(unzipSync(port.toBytes())['xl/comments1.xml']).toString('utf8');
  const text = /<comment ref="G6"[\s\S]*?<t xml:space="preserve">([\s\S]*?)<\/t>/.exec(xml)![1];
  expect(text.length).toBe(32_767);
  expect(text.startsWith('张三：此项完成数待核实\n核')).toBe(true);
  expect(text.endsWith('已截断）')).toBe(true);
});

test('a cell write of more than 32,767 characters is cut and says so', async () => {
  const { port } = await fresh();
  await port.writeCells([{ sheet: '项目台账', row: 3, col: 9, value: 'x'.repeat(40_000) }], '写入');
  const v = (await port.readSheet('项目台账')).values[3][9] as string;
  expect(v.length).toBe(32_767);
  expect(v.endsWith('已截断）')).toBe(true);
});

test('a replaced sheet takes its old drawing and charts out of the package; undo brings them back', async () => {
  const { port } = await fresh();
  await port.writeSheets([summary], { replace: false });
  const first = unzipSync(port.toBytes());
  expect(Object.keys(first)).toEqual(expect.arrayContaining(['xl/drawings/drawing2.xml', 'xl/charts/chart2.xml']));
  await port.writeSheets([summary], { replace: true });
  await port.writeSheets([summary], { replace: true });
  const third = unzipSync(port.toBytes());
  const parts = Object.keys(third)
    .filter((k) => /^xl\/(charts|drawings)\/(chart|drawing)\d+\.xml$/.test(k))
    .sort();
  // The user's own drawing and chart, and ours of the last write only.
  expect(parts).toEqual([
    'xl/charts/chart1.xml',
    'xl/charts/chart4.xml',
    'xl/drawings/drawing1.xml',
    'xl/drawings/drawing4.xml',
  ]);
  const ct = Buffer.from(third['[Content_Types].xml']).toString();
  expect(ct).not.toContain('chart2.xml');
  expect(ct).toContain('chart4.xml');
  await port.undoLast();
  await port.undoLast();
  expect(differing(first, unzipSync(port.toBytes())).filter((k) => k !== 'xl/styles.xml')).toEqual([]);
});

test('a write over the head of a shared formula is refused whole, naming the cell', async () => {
  const entries = unzipSync(richWorkbookBytes());
  const xml = Buffer.from(entries['xl/worksheets/sheet1.xml'])
    .toString()
    .replace('<c r="E9" s="2"><f>SUM(E4:E7)</f>', '<c r="E9" s="2"><f t="shared" ref="E9:G9" si="0">SUM(E4:E7)</f>');
  entries['xl/worksheets/sheet1.xml'] = new Uint8Array(Buffer.from(xml));
  const { zipSync } = await import('fflate');
  const port = await XlsxWorkbook.fromBuffer(zipSync(entries));
  await expect(
    port.writeCells(
      [
        { sheet: '项目台账', row: 6, col: 7, value: '区工信局' },
        { sheet: '项目台账', row: 8, col: 4, value: 1 },
      ],
      '写入',
    ),
  ).rejects.toMatchObject({ code: 'formula-head' });
  expect((await port.readSheet('项目台账')).values[6][7] ?? null).toBeNull();
  expect(await port.listActions()).toEqual([]);
});
