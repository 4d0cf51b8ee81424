/**
 * .xlsx files on disk (Node only; the CLI and tests use it, the task pane never does). Loading says plainly what
 * is wrong with a file, before reading more of it than the limits allow; saving writes a temp file in the target
 * folder and renames it, so a failed or killed run never leaves a half-written workbook, and never writes an input.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { WorkbookError } from '../core/port/WorkbookPort';
import { errnoCode, errnoText } from './errno';
import { checkOutputPath, makeFolder } from './outputPath';
import { DEFAULT_LIMITS, openXlsx, type ReadLimits, type XlsxPackage } from './read';
import { tooBig } from './read/limits';
import { trackTemp, untrackTemp } from './tempFiles';

function fail(zh: string, en: string, code: string): never {
  throw new WorkbookError(zh, en, code);
}

/** Stat first: a folder, a FIFO (would hang), a device (/dev/zero grows without end) or an oversized file is refused unread. */
async function checkInput(path: string, maxBytes: number): Promise<void> {
  let st;
  try {
    st = await fs.stat(path);
  } catch (e) {
    const code = errnoCode(e);
    if (code === 'ENOENT') fail(`找不到文件：${path}`, `File not found: ${path}`, 'file-missing');
    if (code === 'EACCES' || code === 'EPERM')
      fail(`没有权限读取文件：${path}`, `No permission to read: ${path}`, 'file-denied');
    const t = errnoText(e);
    fail(`无法读取文件：${path}（${t.zh}）`, `Cannot read file: ${path} (${t.en})`, 'file-unreadable');
  }
  if (st.isDirectory())
    fail(`“${path}”是文件夹，不是 .xlsx 文件。`, `"${path}" is a folder, not an .xlsx file.`, 'not-a-file');
  if (!st.isFile())
    fail(
      `“${path}”不是普通文件（是管道、设备或其他特殊文件），不能作为工作簿读取。`,
      `"${path}" is not a regular file (a pipe or device).`,
      'not-a-file',
    );
  if (st.size > maxBytes)
    throw tooBig({ zh: `“${basename(path)}”的大小`, en: `"${basename(path)}"` }, st.size, maxBytes, 'bytes');
}

/** Reads and checks a file's bytes; throws WorkbookError with a Chinese message for anything not a readable file. */
export async function readXlsxBytes(path: string, limits: Partial<ReadLimits> = {}): Promise<Uint8Array> {
  const name = basename(path);
  await checkInput(path, limits.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes);
  if (extname(name).toLowerCase() === '.csv')
    fail(
      `“${name}”是 CSV 文本文件，请在 Excel 中另存为 .xlsx 后再试。`,
      `"${name}" is a CSV file; save it as .xlsx first.`,
      'csv-format',
    );
  try {
    return new Uint8Array(await fs.readFile(path));
  } catch (e) {
    const t = errnoText(e);
    fail(`无法读取文件：${path}（${t.zh}）`, `Cannot read file: ${path} (${t.en})`, 'file-unreadable');
  }
}

/** zlib's raw inflate (native, several times fflate's speed), stopped at the size the zip declares. */
function nodeInflateRaw(compressed: Uint8Array, declaredSize: number): Uint8Array {
  const out = inflateRawSync(compressed, { maxOutputLength: Math.max(1, declaredSize) });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

export interface OpenedXlsx {
  path: string;
  bytes: Uint8Array;
  pkg: XlsxPackage;
}

/** Opens a workbook with the streaming reader: every refusal one Chinese line (XlsxReadError). */
export async function openXlsxFile(path: string, limits: Partial<ReadLimits> = {}): Promise<OpenedXlsx> {
  const bytes = await readXlsxBytes(path, limits);
  return { path, bytes, pkg: openXlsx(bytes, limits, { fileName: basename(path), inflateRaw: nodeInflateRaw }) };
}

/**
 * The interrupt test needs a run that is surely mid-write when it is stopped: TAIZHANG_TEST_HOLD_TEMP_MS keeps
 * the temp file open that long. Unset (always, outside that test) it costs nothing.
 */
async function holdForTests(): Promise<void> {
  const ms = Number(process.env.TAIZHANG_TEST_HOLD_TEMP_MS ?? 0);
  if (ms > 0) await new Promise((done) => setTimeout(done, Math.min(ms, 60_000)));
}

/**
 * Writes `bytes` to `path` through a temp file in the same folder and a rename. Refuses to write over any of
 * `inputs` (the user's files are never modified in place); the temp file goes on failure and on Ctrl+C.
 */
export async function saveBytesFile(
  bytes: Uint8Array | (() => Promise<Uint8Array>),
  path: string,
  inputs: string[] = [],
): Promise<void> {
  const target = await checkOutputPath(path, inputs);
  const dir = dirname(target);
  await makeFolder(dir);
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  trackTemp(tmp);
  try {
    // The temp file is made first (exclusively: never someone else's file), so a folder we cannot write to fails
    // before the workbook is built, and a run stopped while building leaves nothing (see tempFiles.ts).
    const fh = await fs.open(tmp, 'wx');
    await holdForTests();
    try {
      await fh.writeFile(typeof bytes === 'function' ? await bytes() : bytes);
    } finally {
      await fh.close();
    }
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    if (e instanceof WorkbookError) throw e;
    const t = errnoText(e);
    fail(
      `无法写入文件：${path}（${t.zh}；文件是否正在 Excel 中打开？）`,
      `Cannot write ${path} (${t.en}; is it open in Excel?).`,
      'write-failed',
    );
  } finally {
    untrackTemp(tmp);
  }
}
