/**
 * The snapshot kept at 生成汇总, end to end through the CLI as a child process on real .xlsx files: `summary --out`
 * keeps it in the output's settings, next week's `compare NEW.xlsx` alone uses it and finds what comparing the two
 * files finds, and `summary --previous` adds the 台账周报 (here across a unit switch 万元 → 亿元).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Grid } from '../../src/core/grid';
import type { StoredSettings } from '../../src/core/port/WorkbookPort';
import { openXlsx } from '../../src/xlsx/read';
import { XlsxWorkbook } from '../../src/xlsx/XlsxWorkbook';
import { tempDir } from '../cli/fixtures';
import { runCli } from '../cli/runCli';
import { ledgerGrid, WEEK1, WEEK2 } from './versions';

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

const settingsOf = (path: string): StoredSettings | null => openXlsx(new Uint8Array(readFileSync(path))).readSettings();

/** Next week's workbook: this week's ledger file carrying the shelf of `from`, each snapshot moved back `days`. */
async function carryShelf(from: string, into: string, out: string, days: number): Promise<void> {
  const shelf = settingsOf(from)!.snapshots!;
  const back = (iso: string) => new Date(Date.parse(iso) - days * 86_400_000).toISOString();
  for (const list of Object.values(shelf)) for (const s of list) s.takenAt = back(s.takenAt);
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(into));
  await wb.saveSettings({ policyPack: null, rules: {}, snapshots: shelf });
  writeFileSync(out, wb.toBytes());
}

type Finding = { code: string; cell: string | null; row: number; name: string; message: string; severity: string };
const essence = (fs: Finding[]) =>
  fs.map((f) => ({ code: f.code, cell: f.cell, row: f.row, name: f.name, message: f.message, severity: f.severity }));

const dir = tempDir('taizhang-snapshot-');
const week1 = join(dir, '10月20日.xlsx');
const week2yi = join(dir, '10月27日-亿元.xlsx');
const summary1 = join(dir, '汇总-10月20日.xlsx');

let summarised: Awaited<ReturnType<typeof runCli>>;
beforeAll(async () => {
  await writeGrids(week1, [ledgerGrid('项目台账', WEEK1)]);
  await writeGrids(week2yi, [ledgerGrid('项目台账', WEEK2, true)]);
  // This week's 生成汇总 (each test can run alone: the next week's tests start from its output).
  summarised = await runCli(['summary', week1, '--out', summary1]);
});

test('summary --out keeps the snapshot in the output and says so; the same day it is not "last week"', async () => {
  const r = summarised;
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('已保存本期快照，供下周台账周报比较（“项目台账”6 个项目）');
  const shelf = settingsOf(summary1)?.snapshots;
  expect(Object.keys(shelf ?? {})).toEqual(['项目台账']);
  const [snap] = shelf!['项目台账'];
  expect(snap.source).toEqual({ file: '10月20日.xlsx', sheet: '项目台账' });
  expect(snap.rows.map((row) => [row[1], row[9]])).toEqual(WEEK1.map((p) => [p.name, p.completed]));
  expect(Math.abs(Date.parse(snap.takenAt) - Date.now())).toBeLessThan(60_000);
  expect(snap.takenAt).toMatch(/[+-]\d{2}:\d{2}$/); // local time with its offset: the day is the clerk's
  // Made today: compare finds no snapshot from an earlier day, says so in one line, exit 2.
  const c = await runCli(['compare', summary1]);
  expect(c.code).toBe(2);
  expect(c.stderr.trim().split('\n')).toHaveLength(1);
  expect(c.stderr).toContain('没有更早日期保存的“项目台账”快照');
});

test('next week: compare NEW.xlsx alone uses the stored snapshot and finds what comparing the two files finds', async () => {
  const next = join(dir, '10月27日-带快照.xlsx');
  await carryShelf(summary1, week2yi, next, 7);
  const both = await runCli(['compare', week1, week2yi, '--json']);
  const alone = await runCli(['compare', next, '--json']);
  expect(alone.stderr).toBe('');
  expect([both.code, alone.code]).toEqual([1, 1]); // 老街改造 fell
  const a = JSON.parse(both.stdout);
  const b = JSON.parse(alone.stdout);
  expect(b.snapshot).toMatchObject({ sheet: '项目台账', file: '10月20日.xlsx' });
  expect(b.previous).toEqual({ file: '10月20日.xlsx', sheet: '项目台账' });
  expect(essence(b.findings)).toEqual(essence(a.findings));
  expect(b.totals).toEqual(a.totals);
  expect(b.matched.map((m: { how: string }) => m.how)).toEqual(a.matched.map((m: { how: string }) => m.how));
  expect(b.byDomain).toEqual(a.byDomain);
  // The text names the snapshot used: its sheet and the day it was saved.
  const text = await runCli(['compare', next]);
  const day = settingsOf(next)!.snapshots!['项目台账'][0].takenAt.slice(0, 10);
  expect(text.stdout).toContain(`上期为工作簿中保存的快照：工作表“项目台账”，${day} 生成汇总时保存`);
  expect(text.stdout).toContain('累计完成投资由 4,500 万元降为 4,000 万元');
  // --out: this week's workbook plus the 台账周报, titled with the snapshot's date, formulas on this week's ledger.
  const weekly = join(dir, '周报-快照.xlsx');
  expect((await runCli(['compare', next, '--out', weekly])).code).toBe(1);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(weekly);
  const ws = wb.getWorksheet('台账周报')!;
  expect(String(ws.getCell('A1').value)).toMatch(
    /^台账周报：\d{4}年\d{1,2}月\d{1,2}日 → 10月27日-带快照\.xlsx \/ 项目台账/,
  );
  expect((ws.getCell('B5').value as { result: number }).result).toBeCloseTo(4800, 6);
});

test('in 漯河 (UTC+8) the snapshot is taken at local time: its day is the Shanghai calendar day', async () => {
  const out = join(dir, '汇总-东八区.xlsx');
  const before = process.env.TZ;
  process.env.TZ = 'Asia/Shanghai'; // the child inherits it
  try {
    expect((await runCli(['summary', week1, '--out', out])).code).toBe(0);
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
  const takenAt = settingsOf(out)!.snapshots!['项目台账'][0].takenAt;
  expect(takenAt).toMatch(/\+08:00$/);
  const shanghai = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.parse(takenAt)),
  );
  expect(takenAt.slice(0, 10)).toBe(shanghai);
});

test('compare with one file that holds no snapshot: one Chinese line, exit 2', async () => {
  const r = await runCli(['compare', week1]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(
    /^taizhang: “10月20日\.xlsx”中没有更早日期保存的“项目台账”快照.*taizhang compare 上期\.xlsx 本期\.xlsx\n$/,
  );
});

test('summary --previous: the 台账周报 in the output and the compare JSON, across a switch 万元 → 亿元; exit 1', async () => {
  const out = join(dir, '汇总-10月27日.xlsx');
  const r = await runCli(['summary', week2yi, '--previous', week1, '--out', out, '--json']);
  expect(r.code).toBe(1); // a cumulative figure fell, as compare says
  const j = JSON.parse(r.stdout);
  const c = JSON.parse((await runCli(['compare', week1, week2yi, '--json'])).stdout);
  expect(j.compare.totals).toEqual(c.totals);
  expect(j.compare.totals.newThisPeriod).toBeCloseTo(4800, 6); // 亿元 read back in 万元
  expect(essence(j.compare.findings)).toEqual(essence(c.findings));
  expect(j.totals.completed).toBeCloseTo(38200, 6); // the summary itself is still there
  expect(j.snapshot[0]).toContain('已保存本期快照');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet('台账周报')!;
  const total = ws.getCell('B5').value as { formula: string; result: number };
  expect(total.formula).toBe('B6+B7');
  expect(total.result).toBeCloseTo(4800, 6);
  expect(wb.getWorksheet('分领域汇总')).toBeDefined();
  // The text output carries both parts.
  const text = await runCli(['summary', week2yi, '--previous', week1, '--out', join(dir, '汇总-文本.xlsx')]);
  expect(text.stdout).toContain('台账周报：10月20日.xlsx / 项目台账 → 10月27日-亿元.xlsx / 项目台账');
  expect(text.stdout).toContain('本期新增完成投资 4,800');
});

test('summary --previous refuses an output onto last week’s file (exit 2, nothing written)', async () => {
  const before = readFileSync(week1);
  const r = await runCli(['summary', week2yi, '--previous', week1, '--out', week1]);
  expect(r.code).toBe(2);
  expect(readFileSync(week1).equals(before)).toBe(true);
});
