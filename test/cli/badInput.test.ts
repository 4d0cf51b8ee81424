/**
 * Every bad input and bad argument: one clear line on stderr, exit 2, nothing on stdout (even with --json),
 * no stack trace. The children run in parallel to keep the suite quick.
 */
import { goodAndBadInputs, type BadInputs } from './fixtures';
import { main } from '../../src/cli/main';
import { runCli, type CliRun } from './runCli';

let dir: string;
let good: string;
let bad: BadInputs;

beforeAll(async () => {
  ({ dir, good, bad } = await goodAndBadInputs());
});

function expectOneLineFailure(r: CliRun, words: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(words);
  expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+|Error:/);
}

test('unreadable inputs: missing, .xls, .csv, renamed, corrupt, encrypted, no ledger sheet', async () => {
  const cases: [keyof BadInputs, RegExp][] = [
    ['missing', /找不到文件/],
    ['xls', /旧版 \.xls/],
    ['csv', /CSV/],
    ['renamed', /不是 \.xlsx/],
    ['corrupt', /已损坏/],
    ['encrypted', /密码/],
    ['noLedger', /没有像台账的工作表/],
  ];
  const runs = await Promise.all(cases.map(([k]) => runCli(['validate', bad[k], '--json'], dir)));
  runs.forEach((r, i) => expectOneLineFailure(r, cases[i][1]));
});

test('a bad argument, end to end', async () => {
  expectOneLineFailure(await runCli(['validate', good, '--bogus'], dir), /未知选项 --bogus/);
});

/** The other argument checks run main() in this process (same code path, no child start-up cost). */
async function inProcess(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const lang = args.includes('en') ? 'en' : 'zh';
  const code = await main(args, {
    lang,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    errIsTTY: false,
    writeErrRaw: () => undefined,
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

test.each([
  [['frobnicate'], /未知命令/],
  [['summary', 'X.xlsx'], /--out/],
  [['summary', 'X.xlsx', '--out', 's.xlsx', '--as-of', '2023-13-45'], /YYYY-MM-DD/],
  [['summary', 'X.xlsx', '--out', 's.xlsx', '--as-of', '2023-02-30'], /YYYY-MM-DD/],
  [['fill', 'A.xlsx', 'B.xlsx', '--out', 'c.xlsx'], /只需要一个输入文件/],
  [['validate', 'A.xlsx', 'B.xlsx', '--out', 'c.xlsx'], /--out 只能与一个输入文件/],
  [['validate'], /请给出/],
  [['validate', 'A.xlsx', '--sheet'], /--sheet 需要一个值/],
  [['validate', 'A.xlsx', '--lang', 'fr'], /--lang 只能是 zh 或 en/],
  [['policy', 'show'], /policy parse/],
  [['policy', 'parse', '不存在.md'], /找不到政策文件/],
  [['validate', 'A.xlsx', '--lang', 'en', '--bogus'], /Unknown option --bogus/],
])('bad arguments %j: one line, exit 2', async (args, words) => {
  const r = await inProcess(args);
  expectOneLineFailure(r, words);
});

test('fill refuses to write over its own input, and a missing --sheet is named', async () => {
  expectOneLineFailure(await inProcess(['fill', good, '--out', good]), /不能与输入文件相同/);
  expectOneLineFailure(await inProcess(['validate', good, '--lang', 'en', '--sheet', '没有']), /has no sheet/);
});
