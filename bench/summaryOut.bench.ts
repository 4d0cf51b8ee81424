/**
 * `npm run bench -- summaryOut`: `taizhang summary --out` end to end on a generated 50,000 × 20 project ledger, as a
 * child process, wall time and peak RSS (issue #13's target: ≤ 2.5 s, ≤ 400 MB); then the writer's own phases in
 * this process (open the package, write the summary sheets, zip the output).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { readLedger } from '../src/core/ledger';
import { defaultPack } from '../src/core/policy';
import { buildSummaryLayouts } from '../src/core/report';
import { computeSummary } from '../src/core/totals';
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
];
const LEADS = ['区工信局', '区发展改革委', '区住建局', '区商务局'];
const HEADER = [
  '序号',
  '项目名称',
  '建设单位',
  '建设地点',
  '建设性质',
  '建设规模及主要内容',
  '所属领域',
  '项目阶段',
  '总投资',
  '2023年计划投资',
  '1-10月完成投资',
  '完成率',
  '开工时间',
  '竣工时间',
  '形象进度',
  '存在问题',
  '牵头责任单位',
  '配合责任单位',
  '包联领导',
  '备注',
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const str = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t>${esc(s)}</t></is></c>`;
const num = (ref: string, n: number) => `<c r="${ref}"><v>${n}</v></c>`;
const col = (i: number) => String.fromCharCode(65 + i);

/** A 50,000 × 20 ledger as a package written part by part (fast, and not by the tool under test). */
export function bigLedger(): Uint8Array {
  let x = 12345;
  const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const rows: string[] = [
    `<row r="1">${str('A1', '2023年源汇区重点项目台账（性能测试）')}</row>`,
    `<row r="2">${str('A2', '单位：万元　截止时间：2023年10月31日')}</row>`,
    `<row r="3">${HEADER.map((h, i) => str(`${col(i)}3`, h)).join('')}</row>`,
  ];
  for (let i = 1; i <= ROWS; i++) {
    const r = i + 3;
    const total = Math.round(1000 + rnd() * 200000);
    const planned = Math.round(total * (0.2 + rnd() * 0.4));
    const done = Math.round(planned * rnd());
    const cells = [
      num(`A${r}`, i),
      str(`B${r}`, `性能测试项目${i}号`),
      str(`C${r}`, '漯河市某公司'),
      str(`D${r}`, PLACES[i % PLACES.length]),
      str(`E${r}`, '新建'),
      str(`F${r}`, '建设厂房及配套设施'),
      str(`G${r}`, DOMAINS[i % DOMAINS.length]),
      str(`H${r}`, '开工一批'),
      num(`I${r}`, total),
      num(`J${r}`, planned),
      num(`K${r}`, done),
      num(`L${r}`, Math.round((done / planned) * 1000) / 1000),
      num(`M${r}`, 45000),
      num(`N${r}`, 45600),
      str(`O${r}`, '主体施工中'),
      str(`P${r}`, '无'),
      str(`Q${r}`, LEADS[i % LEADS.length]),
      str(`R${r}`, '区财政局'),
      str(`S${r}`, '张三'),
      str(`T${r}`, ''),
    ];
    rows.push(`<row r="${r}">${cells.join('')}</row>`);
  }
  const M = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${M}" xmlns:r="${R}"><sheets><sheet name="项目台账" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${M}"><sheetData>${rows.join('')}</sheetData></worksheet>`,
    ),
  });
}

/** Runs the CLI in a child; a preloaded hook prints its peak RSS (process.resourceUsage at exit) on stderr. */
function timedChild(root: string, dir: string, args: string[]): { ms: number; rssMb: number; code: number | null } {
  const hook = join(dir, 'maxrss.js');
  writeFileSync(
    hook,
    "process.on('exit', () => process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n'));\n",
  );
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', hook, join(root, 'bin', 'taizhang.js'), ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = /MAXRSS (\d+)/.exec(String(r.stderr));
  return { ms, rssMb: m ? Number(m[1]) / 1024 : NaN, code: r.status };
}

export async function run(): Promise<void> {
  const root = resolve(__dirname, '..');
  const dir = mkdtempSync(join(tmpdir(), 'taizhang-bench-out-'));
  try {
    const file = join(dir, 'ledger-50k.xlsx');
    writeFileSync(file, bigLedger());
    console.log(`generated ${ROWS.toLocaleString()} × 20 (${(statSync(file).size / 1e6).toFixed(1)} MB)`);
    const out = join(dir, 'summary.xlsx');
    const runs = [0, 1, 2].map(() =>
      timedChild(root, dir, ['summary', file, '--out', out, '--as-of', '2023-10-31', '--json']),
    );
    const walls = runs.map((r) => r.ms).sort((a, b) => a - b);
    console.log(
      `taizhang summary --out, 3 runs (exit ${runs.map((r) => r.code).join('/')}): wall ${walls.map((w) => w.toFixed(0)).join(' / ')} ms (median ${walls[1].toFixed(0)}), peak RSS ${runs.reduce((m, r) => Math.max(m, r.rssMb), 0).toFixed(0)} MB`,
    );

    let t = process.hrtime.bigint();
    const lap = (name: string) => {
      const now = process.hrtime.bigint();
      console.log(`  ${name.padEnd(36)} ${(Number(now - t) / 1e6).toFixed(0).padStart(6)} ms`);
      t = now;
    };
    const port = await XlsxWorkbook.fromBuffer(readFileSync(file));
    lap('open package (unzip, workbook, styles)');
    const grid = await port.readSheet('项目台账');
    lap('read the ledger grid');
    const pack = defaultPack();
    const ledger = readLedger(grid, { pack });
    const summary = computeSummary([{ source: 'bench', ledger }], pack, '2023-10-31');
    const layouts = buildSummaryLayouts(summary, [{ source: 'bench', ledger }], pack);
    lap('core: ledger, summary, layouts');
    await port.writeSheets(layouts, { replace: true, index: 0 });
    lap('write summary sheets + charts');
    const bytes = port.toBytes();
    lap(`zip (${(bytes.length / 1e6).toFixed(1)} MB, ledger part copied raw)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
