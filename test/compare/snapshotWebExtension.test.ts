/**
 * A workbook set up in Excel (the pane's document settings in the web-extension part) through the CLI as a child
 * process: `summary --out` keeps the snapshot where the pane will see it, `compare` on such a file uses the shelf
 * the pane's settings carry, and next week's workbook saved from Excel (ledger updated, shelf in the part only)
 * compares alone as the two files do.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Grid } from '../../src/core/grid';
import type { StoredSettings } from '../../src/core/port/WorkbookPort';
import { openXlsx } from '../../src/xlsx/read';
import { TAIZHANG_ADDIN_ID } from '../../src/xlsx/webExtension';
import { tempDir } from '../cli/fixtures';
import { runCli } from '../cli/runCli';
import { propertyOf, setProperty, withWebExtensions } from '../xlsx/webExtensionPackage';
import { ledgerGrid, WEEK1, WEEK2 } from './versions';

const WE1 = 'xl/webextensions/webextension1.xml';
const KEY = 'taizhang.settings';
const MARKS = '{"v":1,"fills":[],"notes":[{"sheet":"项目台账","cells":["B5"]}]}';

async function gridsXlsx(grids: Grid[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name);
    g.values.forEach((row, r) =>
      row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)),
    );
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The ledger as the clerk saved it from Excel: the pane's settings (a string setting) and marks in our part. */
async function fromExcel(path: string, grid: Grid, settings: StoredSettings): Promise<void> {
  const addin = { id: TAIZHANG_ADDIN_ID, properties: { [KEY]: JSON.stringify(settings), 'taizhang.marks': MARKS } };
  writeFileSync(path, withWebExtensions(await gridsXlsx([grid]), [addin]));
}

const paneSettings = (path: string): StoredSettings =>
  JSON.parse(propertyOf(new Uint8Array(readFileSync(path)), WE1, KEY) as string) as StoredSettings;
const back = (s: StoredSettings, days: number): StoredSettings => {
  const shelf = structuredClone(s.snapshots!);
  for (const list of Object.values(shelf))
    for (const snap of list) snap.takenAt = new Date(Date.parse(snap.takenAt) - days * 86_400_000).toISOString();
  return { ...s, snapshots: shelf };
};

type Finding = { code: string; cell: string | null; row: number; name: string; severity: string };
const essence = (fs: Finding[]) => fs.map((f) => ({ code: f.code, cell: f.cell, row: f.row, name: f.name }));

const dir = tempDir('taizhang-webext-');
const week1 = join(dir, '10月20日-Excel.xlsx');
const summary1 = join(dir, '汇总-10月20日-Excel.xlsx');
const SET_UP: StoredSettings = { policyPack: null, rules: { 'blank-row': { enabled: false } }, lang: 'zh' };

beforeAll(async () => {
  await fromExcel(week1, ledgerGrid('项目台账', WEEK1), SET_UP);
  expect((await runCli(['summary', week1, '--out', summary1])).code).toBe(0);
});

test('summary --out keeps the snapshot in the pane’s document settings too; the pane’s other keys stay', () => {
  const pane = paneSettings(summary1);
  expect(pane.rules).toEqual(SET_UP.rules);
  expect(pane.snapshots!['项目台账'].map((s) => s.rows.length)).toEqual([WEEK1.length]);
  expect(pane.snapshots!['项目台账'][0].source).toEqual({ file: '10月20日-Excel.xlsx', sheet: '项目台账' });
  // Both stores hold the same settings, so the CLI reads them without a note; the marks key is untouched.
  const bytes = new Uint8Array(readFileSync(summary1));
  expect(openXlsx(bytes).readSettingsAndNotes()).toEqual({ settings: pane, notes: [] });
  expect(propertyOf(bytes, WE1, 'taizhang.marks')).toBe(MARKS);
});

test('compare on the output uses the shelf in the pane’s settings (moved to last week there only)', async () => {
  const moved = join(dir, '汇总-一周后.xlsx');
  writeFileSync(moved, setProperty(readFileSync(summary1), WE1, KEY, JSON.stringify(back(paneSettings(summary1), 7))));
  const r = await runCli(['compare', moved, '--json']);
  expect(r.code).toBe(0); // the same ledger as its snapshot: nothing fell
  const j = JSON.parse(r.stdout);
  expect(j.snapshot).toMatchObject({ sheet: '项目台账', file: '10月20日-Excel.xlsx' });
  expect(j.matched).toHaveLength(WEEK1.length);
  // The sheet still holds today's snapshot: the two stores differ, and stderr says which was used.
  expect(r.stderr).toContain('已采用 Excel 任务窗格的设置');
});

test('next week’s workbook saved from Excel compares alone as the two files do', async () => {
  const next = join(dir, '10月27日-Excel.xlsx');
  await fromExcel(next, ledgerGrid('项目台账', WEEK2, true), back(paneSettings(summary1), 7));
  const week2 = join(dir, '10月27日.xlsx');
  writeFileSync(week2, await gridsXlsx([ledgerGrid('项目台账', WEEK2, true)]));
  const both = JSON.parse((await runCli(['compare', week1, week2, '--json'])).stdout);
  const alone = await runCli(['compare', next, '--json']);
  expect(alone.code).toBe(1); // 老街改造 fell
  expect(alone.stderr).toBe('');
  const b = JSON.parse(alone.stdout);
  expect(b.previous).toEqual({ file: '10月20日-Excel.xlsx', sheet: '项目台账' });
  expect(essence(b.findings)).toEqual(essence(both.findings));
  expect(b.totals).toEqual(both.totals);
});

test('summary on a file whose two stores differ says the pane’s were used, and leaves them agreeing', async () => {
  const changed = join(dir, '10月20日-窗格改过.xlsx');
  const pane = { ...paneSettings(summary1), rules: { 'blank-row': { enabled: true } } };
  writeFileSync(changed, setProperty(readFileSync(summary1), WE1, KEY, JSON.stringify(pane)));
  const out = join(dir, '汇总-窗格改过.xlsx');
  const r = await runCli(['summary', changed, '--sheet', '项目台账', '--out', out, '--json']);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).snapshot).toEqual(
    expect.arrayContaining([expect.stringContaining('已采用 Excel 任务窗格的设置')]),
  );
  const read = openXlsx(new Uint8Array(readFileSync(out))).readSettingsAndNotes();
  expect(read.notes).toEqual([]);
  expect(read.settings?.rules).toEqual({ 'blank-row': { enabled: true } });
});
