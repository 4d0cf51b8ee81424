/**
 * Where an output may go (Node only). An output is never any input: compared by real path (symlinked folders
 * resolved, case folded where the file system ignores case) and by file identity (device + inode, which also
 * catches hard links); never a FIFO, a device, a folder, or a place under /proc, /sys or /dev.
 */
import { promises as fs, type Stats } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { WorkbookError } from '../core/port/WorkbookPort';
import { errnoCode, errnoText } from './errno';

function fail(zh: string, en: string, code: string): never {
  throw new WorkbookError(zh, en, code);
}

async function statOrNull(p: string): Promise<Stats | null> {
  try {
    return await fs.stat(p);
  } catch {
    return null;
  }
}

/** Whether names in `dir` are matched regardless of case: the test the brief asks for, on a file we create. */
const caseCache = new Map<string, boolean>();
export async function caseInsensitiveAt(dir: string): Promise<boolean> {
  const known = caseCache.get(dir);
  if (known !== undefined) return known;
  const probe = join(dir, `.taizhang-case-${process.pid}-${Date.now()}.tmp`);
  let result: boolean;
  try {
    await fs.writeFile(probe, '', { flag: 'wx' });
    result = (await statOrNull(join(dir, basename(probe).toUpperCase()))) !== null;
  } catch {
    // A folder we cannot write to: fall back to what the platform usually does.
    result = process.platform === 'win32' || process.platform === 'darwin';
  } finally {
    await fs.rm(probe, { force: true }).catch(() => undefined);
  }
  caseCache.set(dir, result);
  return result;
}

/** The real path of `p`, or of its nearest existing ancestor with the rest appended (for an output not yet made). */
export async function realTarget(p: string): Promise<string> {
  const abs = resolve(p);
  const rest: string[] = [];
  let cur = abs;
  for (;;) {
    try {
      const real = await fs.realpath(cur);
      return rest.length ? join(real, ...rest.reverse()) : real;
    } catch {
      const parent = dirname(cur);
      if (parent === cur) return abs;
      rest.push(basename(cur));
      cur = parent;
    }
  }
}

const SPECIAL_ROOTS = ['/proc', '/sys', '/dev'];
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

function underSpecialRoot(real: string): boolean {
  return SPECIAL_ROOTS.some((r) => real === r || real.startsWith(`${r}/`));
}

async function sameFile(real: string, st: Stats | null, input: string, fold: boolean): Promise<boolean> {
  const inReal = await realTarget(input);
  if (fold ? inReal.toLowerCase() === real.toLowerCase() : inReal === real) return true;
  const inSt = await statOrNull(input);
  return st !== null && inSt !== null && st.dev === inSt.dev && st.ino === inSt.ino;
}

/**
 * Checks an output path against the inputs; returns its resolved form. Throws WorkbookError (one Chinese line)
 * for an output that is an input, not an .xlsx name, or not a regular file's place.
 */
export async function checkOutputPath(
  out: string,
  inputs: string[],
  options: { caseInsensitive?: boolean } = {},
): Promise<string> {
  if (out.trim() === '')
    fail('输出文件名为空，请在 --out 后写出 .xlsx 文件名。', 'The output file name is empty.', 'out-empty');
  const target = resolve(out);
  if (extname(target).toLowerCase() !== '.xlsx')
    fail(`输出文件必须以 .xlsx 结尾：${out}`, `The output file must end in .xlsx: ${out}`, 'out-not-xlsx');
  if (WINDOWS_DEVICE.test(basename(target)))
    fail(
      `“${basename(target)}”是 Windows 的设备名，不能作为文件名。`,
      `"${basename(target)}" is a device name on Windows.`,
      'out-special',
    );
  const real = await realTarget(target);
  if (underSpecialRoot(real))
    fail(
      `不能写到系统目录 ${dirname(real)} 下：请换一个普通文件夹。`,
      `Cannot write under ${dirname(real)}: choose an ordinary folder.`,
      'out-special',
    );
  const st = await statOrNull(target);
  if (st && st.isDirectory())
    fail(`输出位置“${out}”是文件夹，请写出 .xlsx 文件名。`, `The output "${out}" is a folder.`, 'out-special');
  if (st && !st.isFile())
    fail(
      `输出位置“${out}”不是普通文件（是管道、设备或其他特殊文件），不会写入。`,
      `The output "${out}" is not a regular file (a pipe or device).`,
      'out-special',
    );
  const fold = options.caseInsensitive ?? (await caseInsensitiveAt(await nearestDir(dirname(real))));
  for (const input of inputs) {
    if (await sameFile(real, st, input, fold)) {
      fail(
        `输出文件不能与输入文件相同：${out} 就是 ${input}（不会改动原文件，请换一个文件名或文件夹）。`,
        `The output ${out} is the input ${input}; choose another name.`,
        'out-is-input',
      );
    }
  }
  return target;
}

async function nearestDir(dir: string): Promise<string> {
  let cur = dir;
  while (!(await statOrNull(cur))?.isDirectory()) {
    const parent = dirname(cur);
    if (parent === cur) return cur;
    cur = parent;
  }
  return cur;
}

/** mkdir -p with its failure in Chinese ("无法创建文件夹 X：没有权限"). */
export async function makeFolder(dir: string): Promise<void> {
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    const t = errnoText(e);
    fail(
      `无法创建输出文件夹“${dir}”：${t.zh}。`,
      `Cannot create the folder "${dir}": ${t.en}.`,
      `mkdir-${errnoCode(e).toLowerCase()}`,
    );
  }
}
