/** `taizhang summary` says what it could not count: JSON coverage, one line per gap, exit 1 when there is a gap. */
import { join } from 'node:path';
import { makeCorpus } from '../corpus/makeCorpus';
import { FIRST_STYLES } from '../corpus/styles';
import { tempDir } from '../fixtures/makeLedgers';
import { runCli, type CliRun } from './runCli';

let dir = '';
const runs: Record<string, CliRun> = {};

beforeAll(async () => {
  dir = tempDir();
  const [plain, township, missing] = await makeCorpus(
    dir,
    FIRST_STYLES.filter((s) => ['01-发改委标准', '02-乡镇亿元三行表头', '10-缺完成投资列'].includes(s.id)),
  );
  const [clean, gap] = await Promise.all([
    runCli(['summary', plain.file, township.file, '--out', join(dir, 'a.xlsx'), '--json']),
    runCli(['summary', plain.file, missing.file, '--out', join(dir, 'b.xlsx')]),
  ]);
  Object.assign(runs, { clean, gap });
}, 120_000);

test('no gap: exit 0 and a coverage entry per ledger with the rows it counted', () => {
  expect(runs.clean.stderr).toBe('');
  expect(runs.clean.code).toBe(0);
  const doc = JSON.parse(runs.clean.stdout) as {
    coverage: { file: string; sheet: string; rows: number; figuresMissing: string[]; cellsWithoutValue: number }[];
  };
  expect(doc.coverage.map((c) => [c.file, c.rows, c.figuresMissing, c.cellsWithoutValue])).toEqual([
    ['01-发改委标准.xlsx', 8, [], 0],
    ['02-乡镇亿元三行表头.xlsx', 6, [], 0],
  ]);
});

test('a ledger without a completed column: one Chinese line naming it, exit 1', () => {
  expect(runs.gap.code).toBe(1);
  expect(runs.gap.stdout).toContain('未计入合计（1 处）');
  expect(runs.gap.stdout).toContain('10-缺完成投资列.xlsx（10-缺完成投资列）没有识别出“累计完成投资”列');
});
