/**
 * `npm run samples`: writes the sample workbooks into samples/ (committed; `npm run demo` and the CLI tests use
 * them). Seeded, so every run writes the same cells. Names and figures are illustrative, not real project data.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { writeDistrictLedger } from './samples/districtLedger';
import { writeMeasureLedger, writeReserveLibrary, writeUnitLedger } from './samples/otherLedgers';
import { generateProjects, type Project } from './samples/projects';
import { Random } from './samples/random';

const SEED = 20230208; // the policy's date
const FIXED_DATE = new Date(Date.UTC(2023, 10, 1));

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '台账助手样例';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/**
 * The zip library stamps each entry with `new Date()`; a fixed clock while writing makes the files byte-identical
 * from run to run, so regenerating the samples does not churn git.
 */
async function save(wb: ExcelJS.Workbook, dir: string, name: string): Promise<void> {
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(FIXED_DATE.getTime());
      else super(...(args as [string]));
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
  try {
    await wb.xlsx.writeFile(join(dir, name));
  } finally {
    globalThis.Date = RealDate;
  }
  console.log(`  ${name}`);
}

/** The three units' ledgers share exactly one project (奥昌迈得, in 空冢郭镇's 医疗器械城, run with the park). */
function unitProjects(all: Project[]): Record<string, Project[]> {
  const shared = all.find((p) => p.name === '奥昌迈得设备生产项目');
  const inPlace = (prefix: string) => all.filter((p) => p.place.startsWith(prefix) && p.name);
  const gongxin = all
    .filter((p) => p.domain === '工业' && !p.place.startsWith('沙澧') && !p.place.startsWith('空冢郭镇'))
    .slice(0, 15);
  const shali = inPlace('沙澧高新技术产业开发区').slice(0, 18);
  const kzg = inPlace('空冢郭镇').slice(0, 14);
  if (shared && !shali.includes(shared)) shali.push(shared);
  return { 区工信局: gongxin, 沙澧高新区: shali, 空冢郭镇: kzg };
}

/**
 * Last week's figures: the same projects in the same rows (the planted problems stay where they are), each 0–6%
 * less completed (seeded); project 20 still under its old name (renamed this week); project 5's figure typed
 * 300万元 higher than this week's (the error the comparison must catch).
 */
function previousWeek(projects: Project[]): Project[] {
  const r = new Random(SEED + 7);
  const prev = projects.map((p) => ({
    ...p,
    completed: Math.round(p.completed * (1 - r.int(0, 6) / 100) * 100) / 100,
  }));
  prev[5].completed = Math.round((projects[5].completed + 300) * 100) / 100;
  prev[20].name = prev[20].name.replace(/项目$/, '一期工程');
  return prev;
}

export async function makeSamples(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const projects = generateProjects(SEED);

  let wb = workbook();
  writeDistrictLedger(projects, wb);
  await save(wb, dir, '项目台账-源汇区2023.xlsx');

  // The same ledger a week earlier, for the 台账周报 in the demo.
  wb = workbook();
  writeDistrictLedger(previousWeek(projects), wb, '2023年10月24日');
  await save(wb, dir, '项目台账-源汇区2023-上周.xlsx');

  wb = workbook();
  writeReserveLibrary(wb, SEED + 1);
  await save(wb, dir, '储备项目库.xlsx');

  wb = workbook();
  writeMeasureLedger(wb, SEED + 2);
  await save(wb, dir, '措施任务台账.xlsx');

  const units = unitProjects(projects);
  const styles = { 区工信局: 'yi', 沙澧高新区: 'merged', 空冢郭镇: 'plain' } as const;
  for (const [unit, list] of Object.entries(units)) {
    wb = workbook();
    writeUnitLedger(wb, unit, list, styles[unit as keyof typeof styles]);
    await save(wb, dir, `${unit}.xlsx`);
  }
}

if (require.main === module) {
  const dir = resolve(process.argv[2] ?? join(__dirname, '..', 'samples'));
  console.log(`写出样例到 ${dir}：`);
  makeSamples(dir).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
