/**
 * Outside Office: an in-memory workbook (ExcelJS, loaded lazily with import()) from the bundled sample or a
 * user-chosen .xlsx. Nothing leaves the browser.
 */
import { WorkbookError } from '../../core/port/WorkbookPort';
import type { LoadedWorkbook, PaneHost } from './host';

export const SAMPLE_NAME = '项目台账-源汇区2023.xlsx';
export const SAMPLE_URL = `samples/${encodeURIComponent(SAMPLE_NAME)}`;

/** An .xlsx read by the streaming reader (also inside Excel, for a second workbook to compare with: it needs only bytes). */
export async function workbookFromBytes(bytes: ArrayBuffer, name: string): Promise<LoadedWorkbook> {
  const { XlsxWorkbook } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/XlsxWorkbook');
  try {
    return { port: await XlsxWorkbook.fromBuffer(bytes), name };
  } catch {
    throw new WorkbookError(
      `无法读取“${name}”：它不是有效的 .xlsx 文件。`,
      `Cannot read "${name}": not a valid .xlsx file.`,
      'bad-xlsx',
    );
  }
}

export function memoryHost(fetchImpl: typeof fetch = (...a) => fetch(...a)): PaneHost {
  return {
    kind: 'memory',
    port: null,
    async loadSample() {
      const res = await fetchImpl(SAMPLE_URL);
      if (!res.ok)
        throw new WorkbookError(
          `示例台账加载失败（${res.status}）。`,
          `Could not load the sample ledger (${res.status}).`,
          'sample-missing',
        );
      return workbookFromBytes(await res.arrayBuffer(), SAMPLE_NAME);
    },
    async loadFile(file: File) {
      return workbookFromBytes(await file.arrayBuffer(), file.name);
    },
    async saveFile(port) {
      const wb = port as { toBuffer?: () => Promise<ArrayBuffer | Uint8Array> };
      if (typeof wb.toBuffer !== 'function')
        throw new WorkbookError('这个工作簿不能另存为文件。', 'This workbook cannot be saved as a file.', 'no-save');
      const bytes = await wb.toBuffer();
      return bytes instanceof ArrayBuffer
        ? bytes
        : (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    },
  };
}
