/**
 * Bytes → zip entries, with every size checked from the zip's own directory before anything is inflated, and
 * the files that are not .xlsx at all named for what they are (legacy .xls, an encrypted workbook, .ods, .xlsb).
 */
import { unzipSync } from 'fflate';
import { LazyEntries } from './LazyEntries';
import { RATIO_FLOOR_BYTES, tooBig } from './limits';
import { inflateEntry, streamEntry, type InflateRaw } from './zipStream';
import type { ReadLimits } from './types';
import { XlsxReadError } from './XlsxReadError';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 / CFB: legacy .xls, and also an encrypted (password-protected) .xlsx, which Excel wraps in CFB. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(b: Uint8Array, magic: number[]): boolean {
  return magic.every((x, i) => b[i] === x);
}

/** Whether a CFB file holds a stream of that name (directory entries are UTF-16LE). */
function cfbHasStream(b: Uint8Array, name: string): boolean {
  const pattern = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) pattern[i * 2] = name.charCodeAt(i);
  outer: for (
    let i = b.indexOf(pattern[0]);
    i >= 0 && i + pattern.length <= b.length;
    i = b.indexOf(pattern[0], i + 1)
  ) {
    for (let k = 1; k < pattern.length; k++) if (b[i + k] !== pattern[k]) continue outer;
    return true;
  }
  return false;
}

function fail(zh: string, en: string, code: string): never {
  throw new XlsxReadError(zh, en, code);
}

/** What a non-zip file is, said plainly. */
function notZip(b: Uint8Array, name: string): never {
  if (b.length === 0) fail(`“${name}”是空文件。`, `"${name}" is empty.`, 'empty-file');
  if (startsWith(b, CFB_MAGIC)) {
    if (cfbHasStream(b, 'EncryptedPackage') || cfbHasStream(b, 'EncryptionInfo')) {
      fail(
        `“${name}”已设置打开密码（加密），请在 Excel 中取消密码后另存为 .xlsx 再试。`,
        `"${name}" is password-protected (encrypted); remove the password in Excel and save again.`,
        'encrypted',
      );
    }
    fail(
      `“${name}”是旧版 .xls 格式（扩展名可能被改过），请在 Excel 中“另存为” .xlsx 后再试。`,
      `"${name}" is a legacy .xls workbook; save it as .xlsx in Excel first.`,
      'xls-format',
    );
  }
  fail(
    `“${name}”不是 .xlsx 工作簿（可能是改了扩展名的其他文件）。`,
    `"${name}" is not an .xlsx workbook (perhaps a renamed file).`,
    'not-xlsx',
  );
}

interface DirEntry {
  name: string;
  size: number;
  originalSize: number;
}

/** The zip's central directory, read without inflating anything. */
function directory(b: Uint8Array, name: string): DirEntry[] {
  const out: DirEntry[] = [];
  try {
    unzipSync(b, { filter: (f) => (out.push({ name: f.name, size: f.size, originalSize: f.originalSize }), false) });
  } catch {
    fail(
      `“${name}”已损坏，无法打开（zip 目录不完整，可能是没有下载或复制完整）。`,
      `"${name}" is corrupt (its zip directory is incomplete).`,
      'corrupt',
    );
  }
  return out;
}

function checkSizes(dir: DirEntry[], limits: ReadLimits): void {
  let total = 0;
  for (const e of dir) {
    if (e.originalSize > limits.maxPartBytes)
      throw tooBig(
        { zh: `部件“${e.name}”解压后的大小`, en: `Part "${e.name}" uncompressed` },
        e.originalSize,
        limits.maxPartBytes,
        'bytes',
      );
    const ratio = e.originalSize / Math.max(1, e.size);
    if (e.originalSize > RATIO_FLOOR_BYTES && ratio > limits.maxRatio) {
      throw new XlsxReadError(
        `“${e.name}”压缩比为 ${Math.round(ratio)} 倍（${e.size} 字节解压为 ${e.originalSize} 字节），超过上限 ${limits.maxRatio} 倍，疑似压缩炸弹，已拒绝读取。`,
        `Part "${e.name}" expands ${Math.round(ratio)}× (limit ${limits.maxRatio}×): a likely zip bomb; refused.`,
        'zip-bomb',
      );
    }
    total += e.originalSize;
  }
  if (total > limits.maxTotalBytes)
    throw tooBig({ zh: '工作簿解压后的总大小', en: 'The workbook uncompressed' }, total, limits.maxTotalBytes, 'bytes');
}

/** Worksheet parts: the big ones, inflated only when read (see LazyEntries). */
function isWorksheetPart(name: string): boolean {
  return /(^|\/)worksheets\/[^/]+\.xml$/i.test(name);
}

function inflateWhere(b: Uint8Array, name: string, keep: (entry: string) => boolean): Record<string, Uint8Array> {
  try {
    return unzipSync(b, { filter: (f) => keep(f.name) });
  } catch {
    fail(
      `“${name}”已损坏，无法解压（不是完整的 .xlsx 文件）。`,
      `"${name}" is corrupt and cannot be unzipped.`,
      'corrupt',
    );
  }
}

/** Below this, with a host inflater, a worksheet is inflated whole (fast) rather than streamed (lean). */
const NATIVE_WHOLE_MAX = 64 * 1024 * 1024;

/**
 * Entries once the directory passed the limits: small parts inflated now, worksheets when asked for (or
 * streamed to the reader). fflate inflates into the size the directory declares and no further, the host's
 * inflater is told the same limit, and the stream refuses any byte past it: a directory that lies cannot grow
 * memory.
 */

export function unzipChecked(
  b: Uint8Array,
  name: string,
  limits: ReadLimits,
  inflateRaw?: InflateRaw,
): { entries: LazyEntries; names: string[]; stream: (entry: string, onChunk: (chunk: Uint8Array) => void) => void } {
  if (b.length > limits.maxFileBytes)
    throw tooBig({ zh: `“${name}”的大小`, en: `"${name}"` }, b.length, limits.maxFileBytes, 'bytes');
  if (!startsWith(b, ZIP_MAGIC)) notZip(b, name);
  const dir = directory(b, name);
  checkSizes(dir, limits);
  const native = (entry: string): Uint8Array | null => {
    if (!inflateRaw) return null;
    try {
      return inflateEntry(b, entry, inflateRaw);
    } catch {
      fail(
        `“${name}”已损坏，无法解压“${entry}”（不是完整的 .xlsx 文件）。`,
        `"${name}" is corrupt: cannot inflate "${entry}".`,
        'corrupt',
      );
    }
  };
  const whole = (entry: string) =>
    native(entry) ?? inflateWhere(b, name, (e) => e === entry)[entry] ?? new Uint8Array(0);
  const eager = new Map<string, Uint8Array>();
  const small = dir.filter((e) => !isWorksheetPart(e.name));
  const files = inflateRaw ? null : inflateWhere(b, name, (e) => !isWorksheetPart(e));
  for (const e of small) {
    const bytes = files ? files[e.name] : whole(e.name);
    if (bytes) eager.set(e.name, bytes);
  }
  const lazy = dir.filter((e) => isWorksheetPart(e.name)).map((e) => e.name);
  const declared = new Map(dir.map((e) => [e.name, e.originalSize]));
  const stream = (entry: string, onChunk: (chunk: Uint8Array) => void) => {
    if (inflateRaw && (declared.get(entry) ?? Infinity) <= NATIVE_WHOLE_MAX) {
      onChunk(whole(entry));
      return;
    }
    try {
      if (streamEntry(b, entry, limits.maxPartBytes, onChunk)) return;
    } catch (e) {
      if (e instanceof XlsxReadError) throw e;
      fail(
        `“${name}”已损坏，无法解压“${entry}”（不是完整的 .xlsx 文件）。`,
        `"${name}" is corrupt: cannot inflate "${entry}".`,
        'corrupt',
      );
    }
    onChunk(whole(entry));
  };
  return { entries: new LazyEntries(eager, lazy, whole), names: dir.map((e) => e.name), stream };
}

/** A zip that is a spreadsheet of another kind, or no spreadsheet. */
export function checkKind(entries: Map<string, Uint8Array>, name: string, workbookPart: string): void {
  const mime = entries.get('mimetype');
  if (mime && new TextDecoder().decode(mime).includes('opendocument.spreadsheet')) {
    fail(
      `“${name}”是 OpenDocument 表格（.ods，WPS/LibreOffice 格式），请另存为 .xlsx 后再试。`,
      `"${name}" is an OpenDocument spreadsheet (.ods); save it as .xlsx first.`,
      'ods-format',
    );
  }
  if (entries.has('xl/workbook.bin') || workbookPart.endsWith('.bin')) {
    fail(
      `“${name}”是 Excel 二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx 后再试。`,
      `"${name}" is an Excel binary workbook (.xlsb); save it as .xlsx first.`,
      'xlsb-format',
    );
  }
  if (!entries.has(workbookPart)) {
    if (entries.has('word/document.xml'))
      fail(`“${name}”是 Word 文档（.docx），不是工作簿。`, `"${name}" is a Word document, not a workbook.`, 'not-xlsx');
    if (entries.has('ppt/presentation.xml'))
      fail(`“${name}”是 PowerPoint 演示文稿，不是工作簿。`, `"${name}" is a presentation, not a workbook.`, 'not-xlsx');
    fail(
      `“${name}”是 zip 压缩包，但不是 .xlsx 工作簿（没有工作簿部件）。`,
      `"${name}" is a zip archive but not an .xlsx workbook.`,
      'not-xlsx',
    );
  }
}
