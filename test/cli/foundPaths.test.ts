/**
 * Issue 13, "Found" 1 and 6: the output is never an input (symlinked folder, symlinked file, hard link, case),
 * never a FIFO, device or /proc; a killed run leaves no temp file; errno codes in Chinese; the small ones.
 * Every case is a child process (see foundHelpers.ts for what each one must also hold).
 */
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, symlinkSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkOutputPath } from '../../src/xlsx/outputPath';
import { fastLedger } from '../xlsx/fastLedger';
import { tempDir, writeProjectLedger } from './fixtures';
import { BIN } from './runCli';
import { expectRead, expectRefused, limited, run, sha256, tempFilesUnder } from './foundHelpers';

let dir: string;
let a: string;
let b: string;

beforeAll(async () => {
  dir = tempDir('taizhang-found-');
  mkdirSync(join(dir, 'in'));
  a = join(dir, 'in', '台账.xlsx');
  b = join(dir, 'in', '乙.xlsx');
  await writeProjectLedger(a);
  await writeProjectLedger(b);
  symlinkSync(join(dir, 'in'), join(dir, 'link'));
  symlinkSync(a, join(dir, 'in', '别名.xlsx'));
  linkSync(a, join(dir, 'in', '硬链接.xlsx'));
  execFileSync('mkfifo', [join(dir, 'fifo.xlsx')]);
  execFileSync('mkfifo', [join(dir, 'out-fifo.xlsx')]);
  writeFileSync(join(dir, 'not-a-folder'), 'x');
  const pack = readFileSync(join(__dirname, '..', '..', 'src', 'policies', 'yuanhui-2023.json'), 'utf8');
  writeFileSync(join(dir, 'bom.json'), `\uFEFF${pack}`);
  mkdirSync(join(dir, 'pack-folder'));
});

test('Found 1: an output that is an input, by any path, is refused (fill, validate --out, summary)', async () => {
  const cases: [string[], RegExp][] = [
    [['fill', a, '--out', join(dir, 'link', '台账.xlsx')], /不能与输入文件相同/],
    [['validate', a, '--out', join(dir, 'link', '台账.xlsx')], /不能与输入文件相同/],
    [['summary', a, '--out', join(dir, 'link', '台账.xlsx')], /不能与输入文件相同/],
    [['summary', a, b, '--out', join(dir, 'link', '乙.xlsx')], /不能与输入文件相同/],
    [['fill', a, '--out', join(dir, 'in', '别名.xlsx')], /不能与输入文件相同/],
    [['fill', a, '--out', join(dir, 'in', '硬链接.xlsx')], /不能与输入文件相同/],
    [['fill', join('link', '台账.xlsx'), '--out', join('in', '台账.xlsx')], /不能与输入文件相同/],
  ];
  const runs = await limited(
    cases.map(
      ([args]) =>
        () =>
          run({ args, inputs: [a, b] }, dir),
    ),
  );
  runs.forEach((r, i) => expectRefused(r, cases[i][1]));
  expect(tempFilesUnder(dir)).toEqual([]);
}, 180_000);

test('Found 1: where the file system ignores case, 台账.XLSX is 台账.xlsx (and here, where it does not, it is not)', async () => {
  await expect(checkOutputPath(join(dir, 'in', '台账.XLSX'), [a], { caseInsensitive: true })).rejects.toMatchObject({
    code: 'out-is-input',
  });
  // This machine's file system tells case apart: the probe says so, and the other name is another file.
  await expect(checkOutputPath(join(dir, 'in', '台账.XLSX'), [a])).resolves.toBe(join(dir, 'in', '台账.XLSX'));
  expect(tempFilesUnder(dir)).toEqual([]);
}, 180_000);

test('Found 6: FIFO, device and /proc outputs and inputs refused at once; errno in Chinese; the small ones', async () => {
  const cases: [string[], RegExp][] = [
    [['validate', join(dir, 'fifo.xlsx')], /不是普通文件/],
    [['validate', '/dev/zero'], /不是普通文件/],
    [['fill', a, '--out', join(dir, 'out-fifo.xlsx')], /不是普通文件/],
    [['fill', a, '--out', '/proc/self/台账.xlsx'], /系统目录/],
    [['fill', a, '--out', '/dev/台账.xlsx'], /系统目录/],
    [
      ['fill', a, '--out', join(dir, 'not-a-folder', '子目录', '输出.xlsx')],
      /无法创建输出文件夹.*路径中有一段不是文件夹/,
    ],
    [['validate', a, '--policy', join(dir, 'pack-folder')], /是文件夹/],
    [['summary', a, '--out', join(dir, 's.xlsx'), '--as-of', '0000-01-01'], /年份应在/],
    [['validate', a, '--lang=fr'], /--lang 只能是 zh 或 en/],
    [['validate', a, '--out='], /--out 后面的文件名为空/],
  ];
  const t0 = Date.now();
  const runs = await limited(
    cases.map(
      ([args]) =>
        () =>
          run({ args, inputs: [a] }, dir),
    ),
  );
  runs.forEach((r, i) => expectRefused(r, cases[i][1]));
  expect(Date.now() - t0).toBeLessThan(60_000); // nothing hangs on the FIFO
  expectRead(await run({ args: ['validate', a, '--policy', join(dir, 'bom.json')], inputs: [a] }, dir));
  expect(tempFilesUnder(dir)).toEqual([]);
}, 180_000);

test('Found 6: a folder that cannot be created under a read-only parent says why, in Chinese', async () => {
  const ro = join(dir, 'ro');
  mkdirSync(ro, { mode: 0o555 });
  chmodSync(dir, 0o755);
  chmodSync(join(dir, 'in'), 0o755);
  const asRoot = process.getuid?.() === 0;
  // Root may write anywhere: run that child as "nobody" so the permission is really checked — where nobody can
  // read this checkout at all (a clone under /root cannot be): else this case is left to the ENOTDIR one above.
  if (
    asRoot &&
    spawnSync(
      process.execPath,
      ['-e', `require('fs').accessSync(${JSON.stringify(BIN)}); require('fs').accessSync(${JSON.stringify(a)})`],
      { uid: 65534, gid: 65534 },
    ).status !== 0
  ) {
    console.log('EACCES case not run: user nobody cannot read this checkout');
    return;
  }
  const r = await new Promise<{ code: number | null; stderr: string }>((done) => {
    const child = spawn(process.execPath, [BIN, 'fill', a, '--out', join(ro, '新文件夹', '输出.xlsx')], {
      cwd: dir,
      env: { ...process.env, HOME: dir },
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => done({ code, stderr }));
  });
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/无法创建输出文件夹.*没有权限/)]);
  expect(existsSync(join(ro, '新文件夹'))).toBe(false);
  expect(tempFilesUnder(dir)).toEqual([]);
}, 180_000);

test('Found 6: a run stopped while writing leaves no temp file and the input as it was', async () => {
  const big = join(dir, '大台账.xlsx');
  writeFileSync(big, fastLedger({ rows: 2_000 }));
  const before = sha256(big);
  const outDir = join(dir, 'killed');
  mkdirSync(outDir);
  // The temp file is held open for 20 s, so the stop surely lands mid-write, however fast the writer is.
  const child = spawn(process.execPath, [BIN, 'summary', big, '--out', join(outDir, '汇总.xlsx')], {
    cwd: dir,
    env: { ...process.env, TAIZHANG_TEST_HOLD_TEMP_MS: '20000' },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('close', (code, signal) => done({ code, signal })),
  );
  // Wait for the temp file to appear (the output is being built), then stop the run the way Ctrl+C or kill would.
  let sawTemp = false;
  for (let i = 0; i < 1200 && !sawTemp; i++) {
    await new Promise((r) => setTimeout(r, 50));
    sawTemp = tempFilesUnder(outDir).length > 0;
    if (child.exitCode !== null) break;
  }
  expect(sawTemp).toBe(true);
  child.kill('SIGTERM');
  const end = await closed;
  expect(end.code).toBe(143);
  expect(stderr.trim().split('\n').pop()).toMatch(/已中断/);
  expect(tempFilesUnder(outDir)).toEqual([]);
  expect(existsSync(join(outDir, '汇总.xlsx'))).toBe(false);
  expect(sha256(big)).toBe(before);
  expect(tempFilesUnder(dir)).toEqual([]);
}, 180_000);
