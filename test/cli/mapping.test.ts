/** --map and --mapping: the user's column mapping on the command line, and one line + exit 2 when it is wrong. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir } from '../fixtures/makeLedgers';
import { runCli, type CliRun } from './runCli';

let dir = '';
const runs: Record<string, CliRun> = {};

/** A ledger whose completed column is headed 数额 (no word says which figure) and a notes column 经办人. */
async function writeLedger(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['项目名称', '总投资', '年度计划投资', '数额', '经办人', '牵头责任单位']);
  ws.addRow(['甲项目', 50000, 20000, 10000, '李某', '区发展改革委']);
  ws.addRow(['乙项目', 30000, 10000, 5000, '王某', '区工信局']);
  await wb.xlsx.writeFile(path);
}

beforeAll(async () => {
  dir = tempDir();
  const ledger = join(dir, '台账.xlsx');
  await writeLedger(ledger);
  writeFileSync(join(dir, 'map.json'), JSON.stringify({ 台账: { D: 'completed', E: 'ignore' } }));
  writeFileSync(join(dir, 'bad.json'), JSON.stringify({ 别的表: { D: 'completed' } }));
  const jobs: Record<string, string[]> = {
    none: ['validate', ledger, '--json'],
    map: ['validate', ledger, '--json', '--map', 'D=completed,E=ignore'],
    text: ['validate', ledger, '--map', 'D=completed'],
    file: ['summary', ledger, '--out', join(dir, 's.xlsx'), '--json', '--mapping', join(dir, 'map.json')],
    badField: ['validate', ledger, '--map', 'D=完成了'],
    badColumn: ['validate', ledger, '--map', 'Q=completed'],
    badSheet: ['fill', ledger, '--out', join(dir, 'f.xlsx'), '--mapping', join(dir, 'bad.json')],
  };
  const names = Object.keys(jobs);
  const results = await Promise.all(names.map((n) => runCli(jobs[n], dir)));
  names.forEach((n, i) => (runs[n] = results[i]));
}, 120_000);

type Sheet = {
  columns: Record<string, string>;
  mapping: { column: string; field: string | null; how: string | null; label: string | null }[];
  issues: { code: string }[];
};
const sheetOf = (r: CliRun) => (JSON.parse(r.stdout) as { files: { sheets: Sheet[] }[] }).files[0].sheets[0];

test('without a mapping: completed is missing, named as a candidate, and the JSON says how each column was read', () => {
  const s = sheetOf(runs.none);
  expect(s.columns.completed).toBeUndefined();
  expect(s.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['missing-field', 'unknown-header']));
  expect(s.mapping.find((m) => m.column === 'B')).toMatchObject({ field: 'total', how: 'exact', label: '总投资' });
});

test('--map assigns a column and leaves another out', () => {
  expect(runs.map.code).toBe(0);
  const s = sheetOf(runs.map);
  expect(s.columns.completed).toBe('D');
  expect(s.mapping.find((m) => m.column === 'D')).toMatchObject({
    field: 'completed',
    how: 'user',
    label: '累计完成投资',
  });
  expect(s.mapping.find((m) => m.column === 'E')).toMatchObject({ field: null, how: 'user' });
  expect(s.issues).toEqual([]);
});

test('the text output says which columns were guessed or assigned', () => {
  expect(runs.text.stdout).toContain('列对应：D“数额”→累计完成投资（手动指定）');
});

test('--mapping FILE.json per sheet: summary counts the mapped column and has no gap', () => {
  expect(runs.file.stderr).toBe('');
  expect(runs.file.code).toBe(0);
  const doc = JSON.parse(runs.file.stdout) as {
    totals: { completed: number };
    coverage: { figuresMissing: string[] }[];
  };
  expect(doc.totals.completed).toBe(15000);
  expect(doc.coverage[0].figuresMissing).toEqual([]);
});

test.each([
  ['badField', '“完成了”不是字段名'],
  ['badColumn', 'Q 列没有表头'],
  ['badSheet', '工作表“别的表”在输入文件中不存在'],
])('%s: one Chinese line and exit 2', (name, text) => {
  const r = runs[name];
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(text);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
});
