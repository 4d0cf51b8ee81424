/**
 * `npm run bench -- cli`: times `taizhang summary` end to end (a child process: start-up, read, parse, validate-free
 * summary, write) on a generated 50,000-row ledger, against loading the same file with ExcelJS alone — in a child
 * process too (the floor: no tool can do less than open the file). Prints the figures and the ratio.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { readLedger } from '../src/core/ledger';
import { defaultPack } from '../src/core/policy';
import { buildSummaryLayouts } from '../src/core/report';
import { computeSummary } from '../src/core/totals';
import { gridFromWorksheet } from '../test/xlsx/exceljsGrid';
import { XlsxWorkbook } from '../src/xlsx/XlsxWorkbook';

const ROWS = 50_000;
const DOMAINS = ['工业', '服务业', '城镇基础设施', '社会事业', '交通', '能源', '生态环保', '农林水利', '新基建'];
const PLACES = [
  '空冢郭镇',
  '问十乡',
  '大刘镇',
  '阴阳赵镇',
  '马路街街道',
  '顺河街街道',
  '老街街道',
  '干河陈街道',
  '沙澧高新技术产业开发区',
  '源汇新区',
  '特色商业区',
];
const LEADS = ['区工信局', '区发展改革委', '区住建局', '区商务局', '', ''];

async function writeBigLedger(path: string): Promise<void> {
  // The streaming writer keeps memory flat while writing 50k rows.
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2023年源汇区重点项目台账（性能测试）']).commit();
  ws.addRow(['单位：万元　截止时间：2023年10月31日']).commit();
  ws.addRow([
    '序号',
    '项目名称',
    '建设地点',
    '所属领域',
    '总投资',
    '2023年计划投资',
    '1-10月完成投资',
    '牵头责任单位',
    '配合责任单位',
    '形象进度',
  ]).commit();
  let x = 12345;
  const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 1; i <= ROWS; i++) {
    const total = Math.round(1000 + rnd() * 200000);
    const planned = Math.round(total * (0.2 + rnd() * 0.4));
    ws.addRow([
      i,
      `性能测试项目${i}号`,
      PLACES[i % PLACES.length],
      DOMAINS[i % DOMAINS.length],
      total,
      planned,
      Math.round(planned * rnd()),
      LEADS[i % LEADS.length] || null,
      null,
      '主体施工中',
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}

function timeChild(args: string[]): number {
  const t0 = process.hrtime.bigint();
  execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export async function run(): Promise<void> {
  const root = resolve(__dirname, '..');
  const dir = mkdtempSync(join(tmpdir(), 'taizhang-bench-'));
  try {
    const file = join(dir, 'ledger-50k.xlsx');
    const t0 = Date.now();
    await writeBigLedger(file);
    console.log(
      `generated ${ROWS.toLocaleString()} rows in ${Date.now() - t0} ms (${(statSync(file).size / 1e6).toFixed(1)} MB)`,
    );

    const floorScript = `const E=require(${JSON.stringify(join(root, 'node_modules', 'exceljs'))});new E.Workbook().xlsx.readFile(${JSON.stringify(file)}).then(()=>{})`;
    const floor = timeChild(['-e', floorScript]);
    const t1 = process.hrtime.bigint();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const inProcess = Number(process.hrtime.bigint() - t1) / 1e6;

    // Where the time goes, phase by phase, in this process (the workbook loaded above).
    const phases: [string, number][] = [];
    let t = process.hrtime.bigint();
    const lap = (name: string) => {
      const now = process.hrtime.bigint();
      phases.push([name, Number(now - t) / 1e6]);
      t = now;
    };
    const pack = defaultPack();
    const grid = gridFromWorksheet(wb.worksheets[0]);
    lap('grid from worksheet');
    const ledger = readLedger(grid, { pack });
    lap(`readLedger (${ledger.rows.length} rows)`);
    const summary = computeSummary([{ source: 'bench', ledger }], pack, '2023-10-31');
    lap('computeSummary');
    const layouts = buildSummaryLayouts(summary, [{ source: 'bench', ledger }], pack);
    lap('buildSummaryLayouts');
    const port = await XlsxWorkbook.fromBuffer(readFileSync(file));
    lap('open package (unzip)');
    await port.writeSheets(layouts, { replace: true, index: 0 });
    lap('render layouts');
    port.toBytes();
    lap('write output (ledger + summary sheets)');

    const out = join(dir, 'summary.xlsx');
    const cli = timeChild([
      join(root, 'bin', 'taizhang.js'),
      'summary',
      file,
      '--out',
      out,
      '--as-of',
      '2023-10-31',
      '--json',
    ]);

    console.log(`ExcelJS load only (child process, the floor): ${floor.toFixed(0)} ms`);
    console.log(`ExcelJS load only (in this process):          ${inProcess.toFixed(0)} ms`);
    console.log(`taizhang summary end to end:                  ${cli.toFixed(0)} ms`);
    console.log(`ratio summary / floor: ${(cli / floor).toFixed(2)}×`);
    console.log('phases in this process:');
    for (const [name, ms] of phases) console.log(`  ${name.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
