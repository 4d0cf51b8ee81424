/**
 * Consolidating several files (run in this process through runSummary: the same code the child runs): ledgers
 * of the second and later files are copied into the output, renamed when names clash, so every formula's sheet
 * exists; a sheet copy keeps values, formulas, number formats and merges.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runSummary } from '../../src/cli/summary';
import { freeSheetName, gridLayout } from '../../src/xlsx/gridLayout';
import { XlsxWorkbook } from '../../src/xlsx/XlsxWorkbook';
import { tempDir, writeProjectLedger } from './fixtures';

const io = {
  lang: 'zh' as const,
  out: () => undefined,
  err: () => undefined,
  errIsTTY: false,
  writeErrRaw: () => undefined,
};

test('two files with the same sheet name: both ledgers in the output, the second renamed, formulas resolve', async () => {
  const dir = tempDir();
  const a = join(dir, '甲.xlsx');
  const b = join(dir, '乙.xlsx');
  await writeProjectLedger(a);
  await writeProjectLedger(b);
  const before = readFileSync(a);
  const r = await runSummary({ files: [a, b], out: join(dir, '合并.xlsx'), asOf: '2023-10-31', lang: 'zh' }, io);
  expect(r.sources.map((s) => `${s.source}/${s.sheet}`)).toEqual(['甲.xlsx/项目台账', '乙.xlsx/项目台账(2)']);
  // The same five projects in both files are counted once.
  expect(r.summary.totals.projects).toBe(5);
  expect(r.summary.duplicates).toHaveLength(5);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, '合并.xlsx'));
  // (the very hidden settings sheet holds the snapshot for next week's 台账周报; it is not a tab the user sees)
  const names = wb.worksheets.filter((w) => w.state !== 'veryHidden').map((w) => w.name);
  expect(names.slice(-2)).toEqual(['项目台账', '项目台账(2)']);
  expect(wb.getWorksheet('项目台账(2)')!.getCell('B4').value).toBe('漯河恒达休闲食品生产线建设项目');
  const referenced = new Set<string>();
  wb.worksheets.forEach((ws) =>
    ws.eachRow((row) =>
      row.eachCell((c) => {
        for (const m of (c.formula ?? '').matchAll(/'((?:[^']|'')+)'!/g)) referenced.add(m[1]);
      }),
    ),
  );
  for (const s of referenced) expect(names).toContain(s);
  expect(readFileSync(a).equals(before)).toBe(true);
});

test('a ledger of another file comes across as values, formulas with results, number formats and merges; freeSheetName avoids clashes', async () => {
  const grid = {
    name: '台账',
    values: [
      ['标题', null, null],
      [5, 10, '=文本'],
    ],
    formulas: [
      [null, null, null],
      [null, '=A2*2', null],
    ],
    numberFormats: [
      [null, null, null],
      ['#,##0.00', null, null],
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    hiddenRows: [],
    hiddenCols: [],
    rowCount: 2,
    colCount: 3,
  };
  const name = freeSheetName(['台账'], '台账');
  expect(name).toBe('台账(2)');
  const base = new ExcelJS.Workbook();
  base.addWorksheet('台账');
  const port = await XlsxWorkbook.fromBuffer(new Uint8Array((await base.xlsx.writeBuffer()) as ArrayBuffer));
  await port.writeSheets([gridLayout(grid, name)], { replace: false });
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await port.toBuffer()) as unknown as ExcelJS.Buffer);
  const c = back.getWorksheet('台账(2)')!;
  expect(c.getCell('A1').value).toBe('标题');
  expect(c.getCell('C1').isMerged).toBe(true);
  expect(c.getCell('B2').value).toEqual({ formula: 'A2*2', result: 10 });
  expect(c.getCell('C2').value).toBe('=文本'); // text stays text
  expect(c.getCell('A2').numFmt).toBe('#,##0.00');
  expect(freeSheetName(['台账'], 'x'.repeat(40))).toHaveLength(31);
  expect(freeSheetName(['Sheet'], 'sheet')).toBe('sheet(2)'); // names compare case-insensitively
});
