/**
 * The output is the input plus our changes. A workbook written part by part with fflate (chart, pivot table,
 * image, data validation, conditional format, defined names, a note) goes through `fill`, `validate --out` and
 * `summary` as child processes; every zip entry we did not mean to change is byte-identical, the changed sheet
 * differs only in the cells we wrote, and LibreOffice opens every output, recalculates the summary to the
 * engine's figures and prints the target sheet one page wide with its chart.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { parseA1 } from '../../src/core/grid';
import { patchSheetCells, readCellXml } from '../../src/xlsx/write/sheetCells';
import { tempDir } from '../cli/fixtures';
import { runCli, type CliRun } from '../cli/runCli';
import { richWorkbookBytes } from '../fixtures/richWorkbook';

const LEDGER = 'xl/worksheets/sheet1.xml';
const SHOTS = resolve(__dirname, '..', '..', 'test-output', 'xlsx');
let dir: string;
let input: Record<string, Uint8Array>;
const runs: Record<string, CliRun> = {};
const out = (n: string) => join(dir, n);
const parts = (n: string) => unzipSync(new Uint8Array(readFileSync(out(n))));

function soffice(args: string[]): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', ...args], {
    cwd: dir,
    stdio: 'ignore',
    timeout: 240_000,
  });
}

beforeAll(async () => {
  dir = tempDir('taizhang-roundtrip-');
  const bytes = richWorkbookBytes();
  writeFileSync(out('台账.xlsx'), bytes);
  input = unzipSync(bytes);
  const jobs: Record<string, string[]> = {
    fill: ['fill', out('台账.xlsx'), '--out', out('填充.xlsx'), '--json'],
    validate: ['validate', out('台账.xlsx'), '--out', out('标注.xlsx'), '--json'],
    summary: ['summary', out('台账.xlsx'), '--out', out('汇总.xlsx'), '--as-of', '2023-10-31', '--json'],
  };
  const names = Object.keys(jobs);
  const results = await Promise.all(names.map((n) => runCli(jobs[n])));
  names.forEach((n, i) => (runs[n] = results[i]));
}, 180_000);

/** Entries of the output that differ from (or are missing in) the input. */
function changedEntries(name: string): string[] {
  const o = parts(name);
  const changed = Object.keys(input).filter(
    (k) => !o[k] || Buffer.compare(Buffer.from(o[k]), Buffer.from(input[k])) !== 0,
  );
  return changed.sort();
}

/** The sheet XML with the given cells taken out, so the rest can be compared byte for byte. */
function withoutCells(xml: string, cells: string[]): string {
  const places = cells.map((c) => parseA1(c)!);
  return patchSheetCells(
    xml,
    places.map((p) => ({ ...p, xml: null })),
  ).xml;
}

test('fill: only the ledger sheet changes, only in the filled cells, each keeping its style', () => {
  expect(runs.fill.stderr).toBe('');
  const doc = JSON.parse(runs.fill.stdout) as { edits: { cell: string; new: string }[] };
  expect(doc.edits.length).toBeGreaterThan(0);
  expect(changedEntries('填充.xlsx')).toEqual([LEDGER]);
  const o = parts('填充.xlsx');
  expect(Object.keys(o).sort()).toEqual(Object.keys(input).sort());
  const before = strFromU8(input[LEDGER]);
  const after = strFromU8(o[LEDGER]);
  const cells = doc.edits.map((e) => e.cell);
  expect(withoutCells(after, cells)).toBe(withoutCells(before, cells));
  const places = cells.map((c) => parseA1(c)!);
  const old = readCellXml(before, places);
  readCellXml(after, places).forEach((x, i) => {
    expect(x).toContain(`<is><t xml:space="preserve">${doc.edits[i].new}</t></is>`);
    expect(/ s="(\d+)"/.exec(x!)?.[1]).toBe(old[i] ? / s="(\d+)"/.exec(old[i]!)?.[1] : undefined);
  });
});

test('validate --out: the ledger changes only in the marked cells, the user note is kept and ours added, the rest byte for byte', () => {
  const doc = JSON.parse(runs.validate.stdout) as {
    files: { sheets: { name: string; issues: { cell: string | null }[] }[] }[];
  };
  const cells = doc.files[0].sheets
    .find((s) => s.name === '项目台账')!
    .issues.map((i) => i.cell)
    .filter((c): c is string => c !== null);
  expect(cells).toContain('G6');
  // What a marked copy changes: the ledger's cells, the styles (appended), the note parts, and the new issues sheet.
  expect(changedEntries('标注.xlsx')).toEqual(
    [
      '[Content_Types].xml',
      'xl/_rels/workbook.xml.rels',
      'xl/comments1.xml',
      'xl/drawings/vmlDrawing1.vml',
      'xl/styles.xml',
      'xl/workbook.xml',
      LEDGER,
    ].sort(),
  );
  const o = parts('标注.xlsx');
  expect(withoutCells(strFromU8(o[LEDGER]), cells)).toBe(withoutCells(strFromU8(input[LEDGER]), cells));
  // styles.xml only grows: the input's records are all still there, in order, before ours.
  const inStyles = strFromU8(input['xl/styles.xml']);
  const outStyles = strFromU8(o['xl/styles.xml']);
  for (const xf of inStyles.match(/<xf [^>]*\/>/g)!) expect(outStyles).toContain(xf);
  const comments = strFromU8(o['xl/comments1.xml']);
  expect(comments).toContain('张三：此项完成数待核实');
  expect(comments).toMatch(/张三：此项完成数待核实\n[^<]*G6的完成投资/);
  const wb = strFromU8(o['xl/workbook.xml']);
  expect(wb).toContain('<definedName name="项目总投资">项目台账!$E$4:$E$8</definedName>');
  expect(wb).toContain('<definedName name="_xlnm.Print_Area" localSheetId="0">');
});

test('summary: the input entries are all there and unchanged but the workbook list and styles; new sheets carry charts', () => {
  expect(runs.summary.code === 0 || runs.summary.code === 1).toBe(true);
  expect(changedEntries('汇总.xlsx')).toEqual([
    '[Content_Types].xml',
    'xl/_rels/workbook.xml.rels',
    'xl/styles.xml',
    'xl/workbook.xml',
  ]);
  const o = parts('汇总.xlsx');
  const wb = strFromU8(o['xl/workbook.xml']);
  // Summary tabs in front: the print area of the ledger moves with its sheet (localSheetId 0 → 5).
  expect(wb).toMatch(/<sheets><sheet name="目标完成情况"/);
  // It opens where the user left it: the ledger, now the sixth tab (its tabSelected is the user's, untouched).
  expect(wb).toContain('activeTab="5"');
  expect(wb).toContain('<definedName name="_xlnm.Print_Area" localSheetId="5">项目台账!$A$1:$I$9</definedName>');
  expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'目标完成情况'!$4:$4</definedName>`);
  const charts = Object.keys(o).filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k) && !input[k]);
  expect(charts.length).toBe(3);
  const all = charts.map((k) => strFromU8(o[k])).join('\n');
  // Eleven targets (rows 5-15), ten domain rows (the nine and 未填/其他, rows 5-14).
  expect(all).toContain("<c:f>'目标完成情况'!$F$5:$F$15</c:f>");
  expect(all).toContain("<c:f>'目标完成情况'!$G$5:$G$15</c:f>");
  expect(all).toContain("<c:f>'目标完成情况'!$B$5:$B$15</c:f>");
  expect(all).toContain("<c:f>'分领域汇总'!$F$5:$F$14</c:f>");
  expect(all).toMatch(/<c:f>'分乡镇园区汇总'!\$F\$5:\$F\$\d+<\/c:f>/);
  const targetXml = Object.keys(o)
    .map((k) => strFromU8(o[k]))
    .find((x) => x.includes('目标完成情况（截至'))!;
  expect(targetXml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
  expect(targetXml).toContain('源汇区促进经济稳定持续向好扩大有效投资政策措施目标完成情况</oddHeader>');
  expect(targetXml).toContain('截至2023年10月31日 · 第 &amp;P 页 共 &amp;N 页</oddFooter>');
});

test('every part we wrote is well-formed XML (Excel refuses a file with one that is not)', () => {
  for (const name of ['填充.xlsx', '标注.xlsx', '汇总.xlsx']) {
    const o = parts(name);
    for (const [k, v] of Object.entries(o)) {
      if (input[k] && Buffer.compare(Buffer.from(input[k]), Buffer.from(v)) === 0) continue;
      if (!/\.(xml|rels|vml)$/.test(k)) continue;
      const parser = new SaxesParser({ xmlns: true });
      const errors: string[] = [];
      parser.on('error', (e) => errors.push(`${name}:${k}: ${e.message}`));
      parser.write(strFromU8(v)).close();
      expect(errors).toEqual([]);
    }
  }
});

test('LibreOffice opens every output', () => {
  soffice(['--convert-to', 'pdf', '--outdir', out('pdf'), out('填充.xlsx'), out('标注.xlsx'), out('汇总.xlsx')]);
  const pdfs = readdirSync(out('pdf')).sort();
  expect(pdfs).toEqual(['填充.pdf', '标注.pdf', '汇总.pdf']);
  for (const p of pdfs)
    expect(
      readFileSync(join(out('pdf'), p))
        .subarray(0, 4)
        .toString(),
    ).toBe('%PDF');
}, 300_000);

/** A copy of the summary with every summary formula's cached result removed: LibreOffice must compute them. */
function uncached(): Uint8Array {
  const o = parts('汇总.xlsx');
  for (const k of Object.keys(o)) {
    if (input[k] || !/^xl\/worksheets\/sheet\d+\.xml$/.test(k)) continue;
    const xml = strFromU8(o[k]).replace(/(<c [^>]*?)( t="str")?>(<f>[^<]*<\/f>)<v>[^<]*<\/v><\/c>/g, '$1>$3</c>');
    o[k] = strToU8(xml);
  }
  return zipSync(o);
}

function csvRows(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .map((l) =>
      l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')),
    );
}

test('LibreOffice recalculates the summary formulas to the engine figures', () => {
  writeFileSync(out('uncached.xlsx'), uncached());
  mkdirSync(out('csv'), { recursive: true });
  soffice([
    '--convert-to',
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
    '--outdir',
    out('csv'),
    out('uncached.xlsx'),
  ]);
  const targets = csvRows(readFileSync(join(out('csv'), 'uncached-目标完成情况.csv'), 'utf8'));
  const doc = JSON.parse(runs.summary.stdout) as { targets: { label: string; actual: number | null }[] };
  let compared = 0;
  for (const t of doc.targets) {
    const row = targets.find((r) => r[1] === t.label);
    expect(row).toBeDefined();
    if (t.actual === null) {
      expect(row![6]).toBe(''); // 无数据: no 序时进度 (not 100%)
      continue;
    }
    expect(Number(row![4])).toBeCloseTo(t.actual, 6);
    expect(row![10]).toBe('一致');
    compared++;
  }
  expect(compared).toBeGreaterThanOrEqual(4);
  const domain = csvRows(readFileSync(join(out('csv'), 'uncached-分领域汇总.csv'), 'utf8'));
  const checks = domain.filter((r) => r[12] === '一致' || r[12] === '不一致');
  expect(checks.length).toBeGreaterThanOrEqual(10);
  expect(checks.every((r) => r[12] === '一致')).toBe(true);
}, 300_000);

test('printed, the target sheet is one page wide, with its header, footer and chart', () => {
  // The whole summary as LibreOffice prints it (made by the test above); the target sheet's pages carry its header.
  const pdf = join(out('pdf'), '汇总.pdf');
  const info = execFileSync('pdfinfo', [pdf]).toString();
  expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/); // landscape
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const header = '源汇区促进经济稳定持续向好扩大有效投资政策措施目标完成情况';
  const texts = Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-']).toString(),
  );
  const target = texts.map((t, i) => ({ t, page: i + 1 })).filter((p) => p.t.split('\n')[0].trim() === header);
  expect(target).toHaveLength(1);
  // One page wide: the first and the last column, the chart's title and the footer are on that one page.
  for (const s of [
    '措施',
    '口径说明',
    '目标完成进度与序时进度',
    `截至2023年10月31日 · 第 ${target[0].page} 页 共 ${pages} 页`,
  ])
    expect(target[0].t).toContain(s);
  mkdirSync(SHOTS, { recursive: true });
  const png = join(SHOTS, 'target-sheet');
  execFileSync('pdftoppm', [
    '-f',
    String(target[0].page),
    '-l',
    String(target[0].page),
    '-r',
    '80',
    '-png',
    '-singlefile',
    pdf,
    png,
  ]);
  expect(readFileSync(`${png}.png`).length).toBeGreaterThan(10_000);
});
