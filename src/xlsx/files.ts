/**
 * .xlsx files on disk (Node only; the CLI and tests use it, the task pane never does). Loading says plainly what
 * is wrong with a file; saving writes a temp file in the target folder and renames it, so a failed run never
 * leaves a half-written workbook, and an input file is never written in place.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { WorkbookError } from '../core/port/WorkbookPort';
import { XlsxWorkbook } from './XlsxWorkbook';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 / CFB: legacy .xls, and also an encrypted (password-protected) .xlsx, which Excel wraps in CFB. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function fail(zh: string, en: string, code: string): never {
  throw new WorkbookError(zh, en, code);
}

/** Reads and checks a file's bytes; throws WorkbookError with a Chinese message for anything not a readable .xlsx. */
export async function readXlsxBytes(path: string): Promise<Buffer> {
  const name = basename(path);
  let bytes: Buffer;
  try {
    const st = await fs.stat(path);
    if (st.isDirectory()) fail(`“${path}”是文件夹，不是 .xlsx 文件。`, `"${path}" is a folder, not an .xlsx file.`, 'not-a-file');
    bytes = await fs.readFile(path);
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail(`找不到文件：${path}`, `File not found: ${path}`, 'file-missing');
    if (code === 'EACCES' || code === 'EPERM') fail(`没有权限读取文件：${path}`, `No permission to read: ${path}`, 'file-denied');
    fail(`无法读取文件：${path}`, `Cannot read file: ${path}`, 'file-unreadable');
  }
  const ext = extname(name).toLowerCase();
  if (startsWith(bytes, CFB_MAGIC)) {
    if (ext === '.xls' || ext === '.et') {
      fail(`“${name}”是旧版 .xls 格式，请在 Excel 中“另存为” .xlsx 后再试。`, `"${name}" is a legacy .xls workbook; save it as .xlsx in Excel first.`, 'xls-format');
    }
    fail(`“${name}”已设置打开密码（加密），请在 Excel 中取消密码后另存为 .xlsx 再试。`, `"${name}" is password-protected (encrypted); remove the password in Excel and save again.`, 'encrypted');
  }
  if (ext === '.csv') fail(`“${name}”是 CSV 文本文件，请在 Excel 中另存为 .xlsx 后再试。`, `"${name}" is a CSV file; save it as .xlsx first.`, 'csv-format');
  if (ext === '.xls') fail(`“${name}”不是有效的 .xls/.xlsx 工作簿。`, `"${name}" is not a valid workbook.`, 'not-xlsx');
  if (bytes.length === 0) fail(`“${name}”是空文件。`, `"${name}" is empty.`, 'empty-file');
  if (!startsWith(bytes, ZIP_MAGIC)) {
    fail(`“${name}”不是 .xlsx 工作簿（可能是改了扩展名的其他文件）。`, `"${name}" is not an .xlsx workbook (perhaps a renamed file).`, 'not-xlsx');
  }
  return bytes;
}

/** Loads a workbook from disk with clear errors for missing, legacy, encrypted, renamed or corrupt files. */
export async function loadWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  const bytes = await readXlsxBytes(path);
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings name its own Buffer interface; a Node Buffer is what it reads.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    fail(`“${basename(path)}”已损坏，无法打开（不是完整的 .xlsx 文件）。`, `"${basename(path)}" is corrupt and cannot be opened.`, 'corrupt');
  }
  if (wb.worksheets.length === 0) {
    fail(`“${basename(path)}”中没有工作表。`, `"${basename(path)}" has no worksheets.`, 'no-sheets');
  }
  return wb;
}

/** Opens a file as the workbook port over its package (the surgical writer keeps every part we do not change). */
export async function openXlsxFile(path: string): Promise<XlsxWorkbook> {
  const bytes = await readXlsxBytes(path);
  let port: XlsxWorkbook;
  try {
    port = await XlsxWorkbook.fromBuffer(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (e) {
    if (e instanceof WorkbookError && e.code === 'no-sheets') fail(`“${basename(path)}”中没有工作表。`, `"${basename(path)}" has no worksheets.`, 'no-sheets');
    fail(`“${basename(path)}”已损坏，无法打开（不是完整的 .xlsx 文件）。`, `"${basename(path)}" is corrupt and cannot be opened.`, 'corrupt');
  }
  return port;
}

/**
 * Saves to `path` through a temp file in the same folder and a rename. Refuses to write over any of `inputs`
 * (the user's files are never modified in place).
 */
export async function saveWorkbookFile(wb: ExcelJS.Workbook, path: string, inputs: string[] = []): Promise<void> {
  await saveBytesFile(async () => new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), path, inputs);
}

/** Saves the port's package (the input plus our changes) the same safe way. */
export async function saveXlsxFile(port: XlsxWorkbook, path: string, inputs: string[] = []): Promise<void> {
  await saveBytesFile(async () => port.toBytes(), path, inputs);
}

async function saveBytesFile(bytes: () => Promise<Uint8Array>, path: string, inputs: string[]): Promise<void> {
  const target = resolve(path);
  if (inputs.some((p) => resolve(p) === target)) {
    fail(`输出文件不能与输入文件相同：${path}（不会改动原文件，请换一个文件名）。`, `The output must not be an input file: ${path}.`, 'out-is-input');
  }
  if (extname(target).toLowerCase() !== '.xlsx') {
    fail(`输出文件必须以 .xlsx 结尾：${path}`, `The output file must end in .xlsx: ${path}`, 'out-not-xlsx');
  }
  const dir = dirname(target);
  await fs.mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, await bytes());
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    if (e instanceof WorkbookError) throw e;
    fail(`无法写入文件：${path}（文件是否正在 Excel 中打开？）`, `Cannot write ${path} (is it open in Excel?).`, 'write-failed');
  }
}
