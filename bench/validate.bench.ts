/**
 * read + validate throughput on a generated 100,000-row × 20-column project ledger, in process. The floor is a
 * bare loop touching the same cells (typeof + a sum), so the figure says what the reader and rules cost on top.
 */
import type { CellValue, Grid } from '../src/core/grid';
import { gridFromRows } from '../src/core/grid';
import { readLedger } from '../src/core/ledger';
import { defaultPack } from '../src/core/policy';
import { validateLedger } from '../src/core/validate';

const ROWS = 100_000;
const HEADER = [
  '序号',
  '项目名称',
  '建设单位',
  '建设地点',
  '建设性质',
  '所属领域',
  '三个一批类别',
  '总投资（万元）',
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
  '对应措施',
  '备注',
];
const DOMAINS = ['工业', '服务业', '城镇基础设施', '社会事业', '交通', '能源', '生态环保', '农林水利', '新基建'];
const LEADS = ['区发展改革委', '区发展改革委', '区发展改革委、区工信局', '区发展改革委', '区发改委'];

export function makeBenchGrid(rows = ROWS): Grid {
  const values: CellValue[][] = [['2023年源汇区重点项目台账'], ['单位：万元'], HEADER];
  for (let i = 0; i < rows; i++) {
    const total = 1000 + (i % 997) * 37;
    const planned = Math.round(total / 3);
    const completed = Math.round(planned * ((i % 11) / 10));
    values.push([
      i + 1,
      `重点项目${i}`,
      `建设单位${i % 500}有限公司`,
      '老街街道',
      i % 13 === 0 ? '续建' : '新建',
      DOMAINS[i % 9],
      '开工一批',
      i % 101 === 0 ? String(total) : total,
      planned,
      completed,
      i % 50 === 0 ? 0.5 : completed / planned,
      44990 + (i % 200),
      45300 + (i % 200),
      '主体施工',
      i % 7 === 0 ? '无' : '',
      i % 97 === 0 ? LEADS[4] : LEADS[i % 4],
      '各乡镇、街道',
      '王某',
      6,
      '',
    ]);
  }
  return gridFromRows('bench', values);
}

function floor(grid: Grid): number {
  let n = 0;
  for (const row of grid.values)
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'number') n += v;
      else if (typeof v === 'string') n += v.length;
    }
  return n;
}

/** Wall time and this process's CPU time (the machine is shared: CPU time is the steadier figure). */
function time<T>(f: () => T): { ms: number; cpu: number; result: T } {
  const c = process.cpuUsage();
  const t = process.hrtime.bigint();
  const result = f();
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const u = process.cpuUsage(c);
  return { ms, cpu: (u.user + u.system) / 1000, result };
}

const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<void> {
  const pack = defaultPack();
  const grid = makeBenchGrid();
  // Warm up the JIT on a smaller grid, as a long-running task pane or CLI would be.
  for (let i = 0; i < 3; i++) validateLedger(readLedger(makeBenchGrid(5000), { pack }), pack);
  const runs = 7;
  const floor_: { ms: number; cpu: number }[] = [];
  const read: { ms: number; cpu: number }[] = [];
  const check: { ms: number; cpu: number }[] = [];
  let issues = 0;
  for (let i = 0; i < runs; i++) {
    floor_.push(time(() => floor(grid)));
    const r = time(() => readLedger(grid, { pack }));
    read.push(r);
    const v = time(() => validateLedger(r.result, pack));
    check.push(v);
    issues = v.result.length;
  }
  const line = (label: string, xs: { ms: number; cpu: number }[]) =>
    console.log(
      `${label.padEnd(34)} ${med(xs.map((x) => x.ms))
        .toFixed(1)
        .padStart(7)} ms wall   ${med(xs.map((x) => x.cpu))
        .toFixed(1)
        .padStart(7)} ms cpu`,
    );
  const both = read.map((r, i) => ({ ms: r.ms + check[i].ms, cpu: r.cpu + check[i].cpu }));
  console.log(
    `grid: ${ROWS.toLocaleString()} rows × ${HEADER.length} columns, ${issues} issues; median of ${runs} runs`,
  );
  line('bare loop over the cells (floor)', floor_);
  line('readLedger', read);
  line('validateLedger', check);
  line('read + validate', both);
  const wall = med(both.map((b) => b.ms));
  console.log(
    `throughput: ${Math.round(ROWS / (wall / 1000)).toLocaleString()} rows/s (wall); target: read + validate < 500 ms`,
  );
  console.log("(cpu includes V8's parallel GC threads; on a busy shared machine wall time varies run to run)");
}
