/**
 * The commands end to end, as child processes on a small fixture ledger (figures worked out by hand below) and
 * on the bundled samples. All children start together in beforeAll; each test then checks one run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../src/cli/main';
import { readFixtureGrids } from '../fixtures/readGrids';
import { tempDir, writeProjectLedger } from './fixtures';
import { runCli, type CliRun } from './runCli';
import { NINE_DOMAINS } from '../fixtures/nineDomains';

const SAMPLES = resolve(__dirname, '..', '..', 'samples');
const SEVERITY_FILL: Record<string, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };

let dir: string;
let ledger: string;
let before: Buffer;
const out = (name: string) => join(dir, name);
const runs: Record<string, CliRun> = {};

beforeAll(async () => {
  dir = tempDir();
  ledger = out('台账.xlsx');
  await writeProjectLedger(ledger);
  before = readFileSync(ledger);
  const jobs: Record<string, string[]> = {
    validateJson: ['validate', ledger, '--json', '--out', out('标注.xlsx')],
    validateText: ['validate', ledger],
    fill: ['fill', ledger, '--out', out('填充.xlsx'), '--json'],
    summary: ['summary', ledger, '--out', out('汇总.xlsx'), '--as-of', '2023-10-31', '--json'],
    policy: ['policy', 'parse', join(SAMPLES, '源政办〔2023〕5号.md'), '--json'],
    demo: ['demo', '--out-dir', out('demo')],
  };
  const names = Object.keys(jobs);
  const results = await Promise.all(names.map((n) => runCli(jobs[n], dir)));
  names.forEach((n, i) => (runs[n] = results[i]));
});

function json(r: CliRun): Record<string, unknown> {
  // Exactly one JSON document and nothing else on stdout: JSON.parse of the whole stream must succeed.
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

interface JsonIssue {
  code: string;
  severity: string;
  cell: string | null;
  row: number | null;
  field: string | null;
  message: string;
  suggestion: unknown;
}

test('validate --json: the documented shape, the planted finding, and an exit code that follows the counts', () => {
  const r = runs.validateJson;
  expect(r.stderr).toBe('');
  const doc = json(r) as {
    files: { file: string; sheets: Record<string, unknown>[] }[];
    counts: Record<string, number>;
  };
  expect(doc.files).toHaveLength(1);
  expect(doc.files[0].file).toBe(ledger);
  const sheet = doc.files[0].sheets[0] as {
    name: string;
    kind: string;
    header: unknown;
    columns: Record<string, string>;
    dataRows: unknown;
    issues: JsonIssue[];
  };
  expect(sheet.name).toBe('项目台账');
  expect(sheet.kind).toBe('project');
  expect(sheet.header).toEqual({ firstRow: 3, lastRow: 3 });
  expect(sheet.columns).toMatchObject({
    seq: 'A',
    name: 'B',
    location: 'C',
    domain: 'D',
    total: 'E',
    planned: 'F',
    completed: 'G',
    lead: 'H',
    coop: 'I',
  });
  expect(sheet.dataRows).toEqual({ first: 4, last: 8, count: 5 });
  for (const i of sheet.issues) {
    expect(Object.keys(i).sort()).toEqual(['cell', 'code', 'field', 'message', 'row', 'severity', 'suggestion']);
    expect(['error', 'warning', 'info']).toContain(i.severity);
  }
  // Row 6: 1-10月完成投资 16000 > 总投资 15000.
  expect(sheet.issues.some((i) => i.row === 6 && i.field === 'completed')).toBe(true);
  const tally = { error: 0, warning: 0, info: 0 } as Record<string, number>;
  sheet.issues.forEach((i) => tally[i.severity]++);
  expect(doc.counts).toEqual(tally);
  expect(r.code).toBe(tally.error > 0 ? 1 : 0);
});

test('validate --out: issue cells filled by severity, an issues sheet with links, the input byte-for-byte unchanged', async () => {
  const doc = json(runs.validateJson) as { files: { sheets: { issues: JsonIssue[] }[] }[] };
  const issues = doc.files[0].sheets[0].issues.filter((i) => i.cell);
  expect(issues.length).toBeGreaterThan(0);
  const wb = await load(out('标注.xlsx'));
  const ws = wb.getWorksheet('项目台账')!;
  for (const i of issues) {
    const fill = ws.getCell(i.cell!).fill as ExcelJS.FillPattern | undefined;
    expect(Object.values(SEVERITY_FILL)).toContain(fill?.fgColor?.argb);
  }
  const issueSheet = wb.worksheets.find((w) => w.name !== '项目台账')!;
  expect(issueSheet).toBeDefined();
  // Links are internal hyperlinks (a location in the workbook, no relationship), one per issue with a cell.
  const parts = unzipSync(new Uint8Array(readFileSync(out('标注.xlsx'))));
  const sheetXml = Object.keys(parts)
    .filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k))
    .map((k) => strFromU8(parts[k]))
    .find((x) => x.includes('<hyperlinks>'))!;
  const links = [...sheetXml.matchAll(/<hyperlink [^>]*location="([^"]*)"/g)].map((m) => m[1].replace(/&apos;/g, "'"));
  expect(links.length).toBeGreaterThanOrEqual(issues.length);
  expect(links.some((l) => l.includes(`项目台账'!${issues[0].cell}`) || l.includes(`项目台账!${issues[0].cell}`))).toBe(
    true,
  );
  // Read back with the project's own reader: the data is the input's data.
  const grids = await readFixtureGrids(out('标注.xlsx'));
  const g = grids.find((x) => x.name === '项目台账')!;
  expect(g.values[3][1]).toBe('漯河恒达休闲食品生产线建设项目');
  expect(readFileSync(ledger).equals(before)).toBe(true);
});

test('validate without --json: a Chinese report', () => {
  expect(runs.validateText.stdout).toMatch(/工作表“项目台账”：项目台账，表头第 3–3 行，数据第 4–8 行（5 行）/);
  expect(runs.validateText.stdout).toMatch(/合计：错误 \d+ 条，警告 \d+ 条，提示 \d+ 条/);
  expect(runs.validateText.code).toBe(runs.validateJson.code);
});

test('fill: the blank lead unit of the 智能制造谷 project is filled from the pack, and written to the copy only', async () => {
  const r = runs.fill;
  expect(r.code).toBe(0);
  const doc = json(r) as {
    edits: { sheet: string; cell: string; field: string; old: unknown; new: string; reason: string }[];
    conflicts: unknown[];
    unmatched: unknown[];
  };
  expect(Array.isArray(doc.conflicts) && Array.isArray(doc.unmatched)).toBe(true);
  const h7 = doc.edits.find((e) => e.cell === 'H7');
  expect(h7).toMatchObject({ sheet: '项目台账', field: 'lead', old: null });
  expect(h7!.new).toContain('沙澧高新技术产业开发区');
  const ws = (await load(out('填充.xlsx'))).getWorksheet('项目台账')!;
  for (const e of doc.edits) expect(ws.getCell(e.cell).value).toBe(e.new);
  expect(readFileSync(ledger).equals(before)).toBe(true);
});

test('summary: totals worked out by hand, targets in their units, and summary sheets with formulas', async () => {
  const r = runs.summary;
  expect(r.code).toBe(0);
  const doc = json(r) as {
    asOf: string;
    totals: Record<string, number>;
    byDomain: Record<string, unknown>[];
    targets: Record<string, unknown>[];
  };
  expect(doc.asOf).toBe('2023-10-31');
  // total 52000+8000+15000+30000+6000 ("6,000" is a text number); planned 20000+3000+6000+12000+2000.
  expect(doc.totals).toMatchObject({ projects: 5, projects1e8: 3, total: 111000, planned: 43000, completed: 44000 });
  const industry = doc.byDomain.find((d) => d.domain === '工业');
  expect(industry).toMatchObject({ projects: 2, total: 82000, completed: 24000 });
  const inv = doc.targets.find((t) => t.id === 'investment-2023')!;
  expect(inv).toMatchObject({ target: 270, unit: '亿元' });
  expect(inv.actual as number).toBeCloseTo(4.4, 6);
  for (const t of doc.targets)
    expect(Object.keys(t)).toEqual(
      expect.arrayContaining(['id', 'label', 'target', 'actual', 'unit', 'ratio', 'pace', 'status']),
    );

  const wb = await load(out('汇总.xlsx'));
  let formulas = 0;
  const referenced = new Set<string>();
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (!c.formula) return;
        formulas++;
        for (const m of c.formula.matchAll(/(?:'((?:[^']|'')+)'|([A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*))!/g))
          referenced.add((m[1] ?? m[2]).replace(/''/g, "'"));
      }),
    );
  }
  expect(formulas).toBeGreaterThan(0);
  // The formulas are live: every sheet they point at is in the output (the ledger is copied next to the summary).
  // The snapshot for next week's 台账周报 rides in the very hidden settings sheet, after the user's tabs.
  expect(wb.getWorksheet('_taizhang_settings')?.state).toBe('veryHidden');
  const names = wb.worksheets.filter((w) => w.state !== 'veryHidden').map((w) => w.name);
  expect(referenced.has('项目台账')).toBe(true);
  for (const r of referenced) expect(names).toContain(r);
  expect(names[names.length - 1]).toBe('项目台账'); // summary tabs first
});

test('policy parse --json: the 26 measures of 源政办〔2023〕5号', () => {
  const r = runs.policy;
  expect(r.code).toBe(0);
  const doc = json(r) as {
    document: { number: string };
    measures: { number: number; lead: string[] }[];
    units: unknown[];
    domains: { name: string; aliases: string[] }[];
    channels: { name: string }[];
  };
  expect(doc.document.number).toBe('源政办〔2023〕5号');
  // the pack's value lists, read from the text (measure 6 lists the nine domains; measure 12 names the channels)
  expect(doc.domains.map((d) => d.name)).toEqual(NINE_DOMAINS);
  expect(doc.domains[0].aliases).toContain('制造业');
  expect(doc.channels).toHaveLength(5);
  expect(doc.measures.map((m) => m.number)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
  expect(doc.measures[5].lead).toEqual(['区发展改革委']);
});

test('demo: runs on the samples, says what it did, and writes the output workbooks', () => {
  const r = runs.demo;
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  for (const heading of ['一、校验台账', '二、填充责任单位', '三、汇总与目标进度', '四、台账周报'])
    expect(r.stdout).toContain(heading);
  expect(r.stdout).toMatch(/累计完成投资由 [\d,.]+ 万元降为 [\d,.]+ 万元/);
  expect(r.stdout).toMatch(/错误 \d+ 条，警告 \d+ 条/);
  expect(r.stdout).toContain('已保存本期快照，供下周台账周报比较（“项目台账”120 个项目）');
  for (const f of [
    '项目台账-已标注.xlsx',
    '项目台账-已填充.xlsx',
    '措施任务台账-已填充.xlsx',
    '汇总-源汇区2023.xlsx',
    '三单位汇总.xlsx',
    '台账周报.xlsx',
  ]) {
    expect(existsSync(join(out('demo'), f))).toBe(true);
  }
});

test('--lang en gives the English report (run in this process: same code as the child)', async () => {
  const lines: string[] = [];
  const code = await main(['validate', ledger, '--lang', 'en'], {
    lang: 'en',
    out: (l) => lines.push(l),
    err: (l) => lines.push(l),
    errIsTTY: false,
    writeErrRaw: () => undefined,
  });
  expect(lines.join('\n')).toMatch(/Sheet "项目台账": project ledger, header rows 3–3, data rows 4–8 \(5\)/);
  expect(lines.join('\n')).toMatch(/Total: 1 error, 1 warning, 1 info\./);
  expect(code).toBe(runs.validateJson.code);
});
