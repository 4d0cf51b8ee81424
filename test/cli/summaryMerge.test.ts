/**
 * Consolidating several files (run in this process through runSummary: the same code the child runs): ledgers
 * of the second and later files are copied into the output, renamed when names clash, so every formula's sheet
 * exists; a sheet copy keeps values, formulas, styles and merges.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runSummary } from '../../src/cli/summary';
import { copyWorksheet, freeSheetName } from '../../src/xlsx/copySheet';
import { tempDir, writeProjectLedger } from './fixtures';

const io = { lang: 'zh' as const, out: () => undefined, err: () => undefined, errIsTTY: false, writeErrRaw: () => undefined };

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
  const names = wb.worksheets.map((w) => w.name);
  expect(names.slice(-2)).toEqual(['项目台账', '项目台账(2)']);
  expect(wb.getWorksheet('项目台账(2)')!.getCell('B4').value).toBe('漯河恒达休闲食品生产线建设项目');
  const referenced = new Set<string>();
  wb.worksheets.forEach((ws) => ws.eachRow((row) => row.eachCell((c) => {
    for (const m of (c.formula ?? '').matchAll(/'((?:[^']|'')+)'!/g)) referenced.add(m[1]);
  })));
  for (const s of referenced) expect(names).toContain(s);
  expect(readFileSync(a).equals(before)).toBe(true);
});

test('copyWorksheet keeps values, formulas, styles, merges and widths; freeSheetName avoids clashes', async () => {
  const src = new ExcelJS.Workbook();
  const ws = src.addWorksheet('台账');
  ws.getCell('A1').value = '标题';
  ws.mergeCells('A1:C1');
  ws.getCell('A2').value = 5;
  ws.getCell('B2').value = { formula: 'A2*2', result: 10 };
  ws.getCell('B2').font = { bold: true };
  ws.getColumn(1).width = 30;
  const dst = new ExcelJS.Workbook();
  dst.addWorksheet('台账');
  const name = freeSheetName(dst, '台账');
  expect(name).toBe('台账(2)');
  copyWorksheet(ws, dst, name);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await dst.xlsx.writeBuffer()) as unknown as ExcelJS.Buffer);
  const c = back.getWorksheet('台账(2)')!;
  expect(c.getCell('A1').value).toBe('标题');
  expect(c.getCell('C1').isMerged).toBe(true);
  expect(c.getCell('B2').value).toEqual({ formula: 'A2*2', result: 10 });
  expect(c.getCell('B2').font?.bold).toBe(true);
  expect(c.getColumn(1).width).toBe(30);
  expect(freeSheetName(dst, 'x'.repeat(40))).toHaveLength(31);
});
