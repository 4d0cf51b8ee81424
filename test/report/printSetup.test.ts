/** Print-ready summary sheets as data: every summary layout says how it prints, and widths fit Chinese text. */
import { defaultPack } from '../../src/core/policy';
import { buildSummaryLayouts } from '../../src/core/report';
import { fitColumnWidths, fitRowHeights, textWidth } from '../../src/core/report/printSetup';
import type { SheetLayout } from '../../src/core/report/types';
import { computeSummary } from '../../src/core/totals';
import { sampleInputs } from '../totals/fixtures';
import { applyPrint } from '../../src/excel/writeSheets';

const pack = defaultPack();
const inputs = sampleInputs();
const summary = computeSummary(inputs, pack, '2023-10-31');
const layouts = buildSummaryLayouts(summary, inputs, pack);

test('each summary sheet: A4 landscape, one page wide, its header row repeated, the policy title and the as-of footer', () => {
  for (const l of layouts) {
    expect(l.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitWidth: 1, fitHeight: 0 });
    expect(l.print!.titleRows).toEqual({ first: l.freeze!.rows - 1, last: l.freeze!.rows - 1 });
    expect(l.print!.header).toBe(`${pack.document.title}${l.name}`);
    expect(l.print!.footer).toBe('截至2023年10月31日 · 第 &P 页 共 &N 页');
  }
  expect(layouts[0].print!.header).toBe('源汇区促进经济稳定持续向好扩大有效投资政策措施目标完成情况');
});

test('charts: targets against pace, completed investment by domain and by township', () => {
  const charts = layouts.flatMap((l) => l.charts.map((c) => `${l.name}:${c.series.map((s) => s.name).join('/')}`));
  expect(charts).toEqual(
    expect.arrayContaining([
      '目标完成情况:完成率/序时进度',
      '分领域汇总:年度计划投资/累计完成投资',
      '分乡镇园区汇总:年度计划投资/累计完成投资',
    ]),
  );
});

test('a CJK character is two width units; columns widen to their longest unwrapped text, never past the cap', () => {
  expect(textWidth('源汇区ab')).toBe(8);
  const l: SheetLayout = {
    name: 'x',
    cells: [
      { row: 0, col: 0, value: '一个很长的标题跨过所有列不该撑宽第一列', bold: true },
      { row: 1, col: 0, value: '沙澧高新技术产业开发区' },
      { row: 1, col: 1, value: 1234567.5, numberFormat: '#,##0.00' },
      { row: 1, col: 2, value: '很长的说明'.repeat(20), wrap: true },
      { row: 1, col: 3, value: '很长'.repeat(40) },
    ],
    columnWidths: [8, 4, 10],
    merges: ['A1:D1'],
    conditional: [],
    charts: [],
  };
  fitColumnWidths(l);
  expect(l.columnWidths).toEqual([24, 14, 10, 50]);
  fitRowHeights(l);
  // 200 width units of wrapped text in a 10-wide column: about 23 lines.
  expect(l.rowHeights![1]).toBeGreaterThan(14.5 * 20);
  expect(l.rowHeights![0]).toBeUndefined();
});

test('the Excel adapter turns the print setup into pageLayout settings (ExcelApi 1.9)', () => {
  const calls: string[] = [];
  const page = {
    headersFooters: { defaultForAllPages: {} as Record<string, string> },
    setPrintTitleRows: (r: string) => calls.push(`titles ${r}`),
    setPrintMargins: (unit: string, m: Record<string, number>) => calls.push(`margins ${unit} ${m.left}/${m.top}`),
  } as unknown as Excel.PageLayout;
  applyPrint(page, layouts[0].print!);
  const p = page as unknown as Record<string, unknown> & {
    headersFooters: { defaultForAllPages: Record<string, string> };
  };
  expect(p.orientation).toBe('Landscape');
  expect(p.paperSize).toBe('A4');
  expect(p.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  expect(calls).toEqual(['titles $4:$4', 'margins Inches 0.4/0.75']);
  expect(p.headersFooters.defaultForAllPages.centerHeader).toBe(
    '&"-,Bold"&14源汇区促进经济稳定持续向好扩大有效投资政策措施目标完成情况',
  );
  expect(p.headersFooters.defaultForAllPages.centerFooter).toBe('截至2023年10月31日 · 第 &P 页 共 &N 页');
});

test('the issues sheet prints landscape, one page wide, its header row repeated, with page numbers', async () => {
  const { buildIssuesLayout } = await import('../../src/core/report');
  const l = buildIssuesLayout(
    [
      {
        code: 'over-plan',
        severity: 'error',
        sheet: '项目台账',
        cell: 'G6',
        row: 6,
        message: 'G6的完成投资超过总投资。'.repeat(10),
      } as never,
    ],
    'zh',
  );
  expect(l.print).toMatchObject({
    orientation: 'landscape',
    fitWidth: 1,
    fitHeight: 0,
    titleRows: { first: 3, last: 3 },
    footer: '第 &P 页 共 &N 页',
  });
  expect(l.rowHeights![4]).toBeGreaterThan(15);
});
