/**
 * `npm run bench -- read`: issue 13's figures. On a generated 50,000 × 20 project ledger: `taizhang validate`
 * and `taizhang summary --out`, each a child process — wall time, CPU and peak RSS — beside the floor (a bare
 * fflate unzip + a byte scan of every XML tag, in plain node) and ExcelJS's full load (the old reader's floor).
 * Peak RSS comes from /usr/bin/time where it exists. Set TAIZHANG_BEFORE=/path/to/old/bin/taizhang.js to run an
 * older checkout's CLI on the same file for a before/after line. Prints only; nothing asserts timing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fastLedger, numberRows } from '../test/xlsx/fastLedger';

const ROWS = 50_000;
const TIME = '/usr/bin/time';

interface Measure {
  wall: number;
  cpu: number | null;
  rssMb: number | null;
  code: number | null;
}

function measure(args: string[]): Measure {
  const withTime = existsSync(TIME);
  const cmd = withTime ? TIME : process.execPath;
  const argv = withTime ? ['-f', '__TIME__ %e %U %S %M', process.execPath, ...args] : args;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = /__TIME__ ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  return {
    wall,
    cpu: m ? (Number(m[2]) + Number(m[3])) * 1000 : null,
    rssMb: m ? Number(m[4]) / 1024 : null,
    code: r.status,
  };
}

function line(label: string, m: Measure, floor?: Measure): string {
  const cpu = m.cpu === null ? '' : `${m.cpu.toFixed(0).padStart(6)} ms cpu`;
  const rss = m.rssMb === null ? '' : `${m.rssMb.toFixed(0).padStart(5)} MB peak`;
  const ratio = floor
    ? `  ${(m.wall / floor.wall).toFixed(2)}× floor wall${m.cpu && floor.cpu ? `, ${(m.cpu / floor.cpu).toFixed(2)}× cpu` : ''}`
    : '';
  return `${label.padEnd(44)} ${m.wall.toFixed(0).padStart(6)} ms wall ${cpu} ${rss}  exit ${m.code}${ratio}`;
}

/** The floor: what any reader must do — inflate every part and look at every tag. Plain node, no tsx. */
function floorScript(file: string, root: string): string {
  return `const {unzipSync}=require(${JSON.stringify(join(root, 'node_modules', 'fflate'))});const f=unzipSync(new Uint8Array(require('fs').readFileSync(${JSON.stringify(file)})));let n=0;for(const k in f){const b=f[k];for(let i=b.indexOf(60);i>=0;i=b.indexOf(60,i+1))n++;}if(!n)process.exit(3);`;
}

export async function run(): Promise<void> {
  const root = resolve(__dirname, '..');
  const bin = join(root, 'bin', 'taizhang.js');
  const dir = mkdtempSync(join(tmpdir(), 'taizhang-bench-read-'));
  try {
    const file = join(dir, 'ledger-50k-20.xlsx');
    const t0 = Date.now();
    writeFileSync(file, fastLedger({ rows: ROWS }));
    console.log(
      `generated ${ROWS.toLocaleString()} rows × 20 columns in ${Date.now() - t0} ms (${(statSync(file).size / 1e6).toFixed(1)} MB); load average ${loadavg()[0].toFixed(1)} on 2 cores`,
    );
    const floor = measure(['-e', floorScript(file, root)]);
    console.log(line('floor: fflate unzip + scan of every tag', floor));
    console.log(line('node + tsx start-up (taizhang --help)', measure([bin, '--help']), floor));
    const exceljs = `const E=require(${JSON.stringify(join(root, 'node_modules', 'exceljs'))});new E.Workbook().xlsx.readFile(${JSON.stringify(file)}).then(()=>{})`;
    console.log(line('ExcelJS full load (the old reader’s floor)', measure(['-e', exceljs]), floor));
    console.log(line('taizhang validate --json', measure([bin, 'validate', file, '--json']), floor));
    console.log(
      line(
        'taizhang summary --out --json',
        measure([bin, 'summary', file, '--out', join(dir, 'summary.xlsx'), '--as-of', '2023-10-31', '--json']),
        floor,
      ),
    );
    const before = process.env.TAIZHANG_BEFORE;
    if (before && existsSync(before)) {
      console.log(line('before: validate --json', measure([before, 'validate', file, '--json']), floor));
      console.log(
        line(
          'before: summary --out --json',
          measure([
            before,
            'summary',
            file,
            '--out',
            join(dir, 'summary-before.xlsx'),
            '--as-of',
            '2023-10-31',
            '--json',
          ]),
          floor,
        ),
      );
    }
    console.log('targets (issue 13): validate ≤ 1.0 s and ≤ 250 MB; summary --out ≤ 2.5 s and ≤ 400 MB');
    // The issue's other case: a sheet of 1,048,576 rows, read streaming (it is no ledger: exit 2 says so).
    const million = join(dir, 'rows-1048576.xlsx');
    writeFileSync(million, numberRows(1_048_576, 3));
    console.log(`1,048,576 rows × 3 numbers: ${(statSync(million).size / 1e6).toFixed(1)} MB`);
    console.log(line('taizhang validate on it (target: 60 s, 300 MB)', measure([bin, 'validate', million]), floor));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
