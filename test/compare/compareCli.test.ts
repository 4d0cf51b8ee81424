/** `taizhang compare` as a child process on real .xlsx files (written with ExcelJS, a tool other than ours). */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Grid } from '../../src/core/grid';
import { tempDir } from '../cli/fixtures';
import { runCli } from '../cli/runCli';
import { ledgerGrid, WEEK1, WEEK2, WEEK3 } from './versions';

async function writeGrids(path: string, grids: Grid[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name);
    g.values.forEach((row, r) =>
      row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)),
    );
  }
  await wb.xlsx.writeFile(path);
}

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const dir = tempDir('taizhang-compare-');
const f1 = join(dir, '10月20日.xlsx');
const f2 = join(dir, '10月27日.xlsx');
const f3 = join(dir, '11月3日.xlsx');
const tabs = join(dir, '台账各期.xlsx');

beforeAll(async () => {
  await writeGrids(f1, [ledgerGrid('项目台账', WEEK1)]);
  await writeGrids(f2, [ledgerGrid('项目台账', WEEK2, true)]);
  await writeGrids(f3, [ledgerGrid('项目台账', WEEK3)]);
  await writeGrids(tabs, [ledgerGrid('10月20日', WEEK1), ledgerGrid('10月27日', WEEK2)]);
});

test('two files: JSON with matches, totals and findings; exit 1 for the fallen cumulative figure', async () => {
  const r = await runCli(['compare', f1, f2, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(1);
  const j = JSON.parse(r.stdout);
  expect(j.totals.newThisPeriod).toBeCloseTo(4800, 6);
  expect(j.matched).toHaveLength(5);
  expect(j.added.map((a: { name: string }) => a.name)).toEqual(['城乡供水一体化']);
  expect(j.findings.map((f: { code: string }) => f.code).sort()).toEqual([
    'cumulative-decreased',
    'plan-changed',
    'project-removed',
    'project-renamed',
  ]);
  expect(j.findings.find((f: { code: string }) => f.code === 'cumulative-decreased').cell).toBe('H6');
});

test('tabs of one workbook with --sheets, text output, and --out writes the 周报 beside this week’s ledger', async () => {
  const before = sha(tabs);
  const out = join(dir, '周报.xlsx');
  const r = await runCli(['compare', tabs, '--sheets', '10月20日,10月27日', '--out', out]);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('本期新增完成投资 4,800');
  expect(r.stdout).toContain('累计完成投资由 4,500 万元降为 4,000 万元');
  expect(sha(tabs)).toBe(before);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet('台账周报')!;
  expect(ws).toBeDefined();
  expect(wb.getWorksheet('10月27日')).toBeDefined();
  const total = ws.getCell('B5').value as { formula: string; result: number };
  expect(total.formula).toBe('B6+B7');
  expect(total.result).toBe(4800);
});

test('a series of three: stalled project; no fallen figure → exit 0 for week 2 → 3', async () => {
  const r = await runCli(['compare', f1, f2, f3, '--json']);
  const j = JSON.parse(r.stdout);
  expect(j.findings.filter((f: { code: string }) => f.code === 'stalled').map((f: { name: string }) => f.name)).toEqual(
    ['沙澧河生态修复'],
  );
  expect(r.code).toBe(0);
  expect(j.figuresMissing).toBe(1);
});

test('bad input: one file without --sheets, and a missing file, exit 2 with one line', async () => {
  const one = await runCli(['compare', f1]);
  expect(one.code).toBe(2);
  expect(one.stderr.trim().split('\n')).toHaveLength(1);
  const two = await runCli(['compare', tabs, f2]); // 台账各期.xlsx holds two project ledgers: which one?
  expect(two.code).toBe(2);
  expect(two.stderr).toMatch(/有 2 个项目台账（“10月20日”、“10月27日”），请用 --sheet 指定/);
  const missing = await runCli(['compare', f1, join(dir, 'nope.xlsx')]);
  expect(missing.code).toBe(2);
  expect(existsSync(join(dir, 'nope.xlsx'))).toBe(false);
});
