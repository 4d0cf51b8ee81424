/** src/xlsx/files.ts: each unreadable input gets its own clear Chinese message; saves are atomic and never in place. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { WorkbookError } from '../../src/core/port/WorkbookPort';
import { openXlsxFile, saveBytesFile } from '../../src/xlsx/files';
import { XlsxWorkbook } from '../../src/xlsx/XlsxWorkbook';
import { goodAndBadInputs, type BadInputs } from './fixtures';

let dir: string;
let good: string;
let bad: BadInputs;

beforeAll(async () => {
  ({ dir, good, bad } = await goodAndBadInputs());
});

async function failure(path: string): Promise<WorkbookError> {
  try {
    await openXlsxFile(path);
  } catch (e) {
    if (e instanceof WorkbookError) return e;
    throw e;
  }
  throw new Error(`expected ${path} to fail`);
}

test.each([
  ['missing', 'file-missing', '找不到文件'],
  ['xls', 'xls-format', '旧版 .xls'],
  ['csv', 'csv-format', 'CSV'],
  ['renamed', 'not-xlsx', '不是 .xlsx'],
  ['corrupt', 'corrupt', '已损坏'],
  ['encrypted', 'encrypted', '密码'],
] as const)('%s input fails with code %s and a Chinese message', async (kind, code, words) => {
  const e = await failure(bad[kind]);
  expect(e.code).toBe(code);
  expect(e.zh).toContain(words);
  expect(e.zh).not.toMatch(/\n/);
});

test('a folder is not a workbook', async () => {
  expect((await failure(dir)).code).toBe('not-a-file');
});

test('a good file loads', async () => {
  const { pkg } = await openXlsxFile(good);
  expect(pkg.readGrid('项目台账').values[3][1]).toBe('漯河恒达休闲食品生产线建设项目');
});

test('save writes through a temp file, leaves no temp behind, and refuses to overwrite an input', async () => {
  const opened = await openXlsxFile(good);
  const port = new XlsxWorkbook(opened.pkg, opened.bytes);
  const bytes = () => Promise.resolve(port.toBytes());
  const before = readFileSync(good);
  const out = join(dir, 'sub', '输出.xlsx');
  await saveBytesFile(bytes, out, [good]);
  expect(existsSync(out)).toBe(true);
  expect(readdirSync(join(dir, 'sub')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(out);
  expect(back.getWorksheet('项目台账')?.getCell('E4').value).toBe(52000);

  await expect(saveBytesFile(bytes, good, [good])).rejects.toMatchObject({ code: 'out-is-input' });
  await expect(saveBytesFile(bytes, join(dir, 'x.csv'), [good])).rejects.toMatchObject({ code: 'out-not-xlsx' });
  expect(readFileSync(good).equals(before)).toBe(true);
});
