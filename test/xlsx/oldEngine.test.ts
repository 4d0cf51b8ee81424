/**
 * How the old reader (ExcelJS + src/xlsx/readWorkbook.ts) does on the hand-made packages of openXlsx.test.ts,
 * kept as a record of why it was replaced: these assertions describe its failures, and pass while they last.
 */
import ExcelJS from 'exceljs';
import { gridFromWorksheet } from './exceljsGrid';
import { FEATURE_BODY, FEATURE_SST, makePackage } from './makePackage';

async function oldRead(bytes: Uint8Array): Promise<{ grids?: ReturnType<typeof gridFromWorksheet>[]; error?: string }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    return { grids: wb.worksheets.map(gridFromWorksheet) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** The feature sheet without its row of cells that have no `r` (the old engine fails on those alone). */
const WITH_REFS = FEATURE_BODY.replace(/<row r="6">.*<\/row>/, '');

test('old engine on the feature sheet with comments, a drawing chart and a chart sheet', async () => {
  const noRefs = await oldRead(makePackage([{ name: '台账', body: FEATURE_BODY }], FEATURE_SST));
  const withAll = await oldRead(
    makePackage(
      [
        { name: '台账', body: WITH_REFS, comments: true, drawingChart: true },
        { name: '图表', chart: true },
      ],
      FEATURE_SST,
    ),
  );
  const plain = await oldRead(makePackage([{ name: '台账', body: WITH_REFS }], FEATURE_SST));
  const comments = await oldRead(makePackage([{ name: '台账', body: WITH_REFS, comments: true }], FEATURE_SST));
  const chart = await oldRead(makePackage([{ name: '台账', body: WITH_REFS, drawingChart: true }], FEATURE_SST));
  const chartSheet = await oldRead(
    makePackage(
      [
        { name: '台账', body: WITH_REFS },
        { name: '图表', chart: true },
      ],
      FEATURE_SST,
    ),
  );
  const openpyxlComments = await oldRead(
    makePackage([{ name: '台账', body: WITH_REFS, comments: true, targets: 'absolute' }], FEATURE_SST),
  );
  const openpyxlChart = await oldRead(
    makePackage([{ name: '台账', body: WITH_REFS, drawingChart: true, targets: 'absolute' }], FEATURE_SST),
  );
  // Comments named by an absolute target (as openpyxl writes them): "已损坏" in the old CLI.
  expect(openpyxlComments.error).toMatch(/reading 'comments'/);
  expect(openpyxlChart.error).toBeUndefined();
  // Cells without an `r` attribute (written by some generators): the old engine throws on the whole file.
  expect(noRefs.error).toMatch(/Cannot read properties of undefined/);
  // These it reads (the comment and chart files were spelt otherwise; see the CLI corpus).
  expect([withAll, plain, comments, chart, chartSheet].map((r) => r.error ?? 'read')).toEqual([
    'read',
    'read',
    'read',
    'read',
    'read',
  ]);
  // A chart sheet is silently missing from its sheet list.
  expect(chartSheet.grids?.map((g) => g.name)).toEqual(['台账']);
  const g = plain.grids![0];
  // _x001B_ and _x0007_ decoded into raw ESC and BEL: a cell can drive the terminal.
  expect(g.values[3][0]).toBe('bell\u0007esc\u001bend');
  // The rest agrees with the new reader.
  expect(g.values[4][0]).toBe('AA中');
  expect(g.formulas?.[3]?.[7]).toBe('=B4+$B$3+Sheet2!B4');
  expect(g.values[4][3]).toBe('漯河');
});
