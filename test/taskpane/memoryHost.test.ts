/** The in-memory workbook outside Office: the bundled sample through XlsxWorkbook, and plain failures. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkbookError } from '../../src/core/port/WorkbookPort';
import { SAMPLE_NAME, SAMPLE_URL, memoryHost } from '../../src/taskpane/state/memoryHost';

const samplePath = join(__dirname, '../../samples', SAMPLE_NAME);

function fakeFetch(status: number, body?: Buffer): typeof fetch {
  return (async (url: string) => {
    expect(url).toBe(SAMPLE_URL);
    return {
      ok: status === 200,
      status,
      arrayBuffer: async () =>
        body ? body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) : new ArrayBuffer(0),
    } as Response;
  }) as unknown as typeof fetch;
}

describe('memoryHost', () => {
  it('fetches the sample relative to the page, with its Chinese name URL-encoded', () => {
    expect(SAMPLE_URL).toBe('samples/%E9%A1%B9%E7%9B%AE%E5%8F%B0%E8%B4%A6-%E6%BA%90%E6%B1%87%E5%8C%BA2023.xlsx');
  });

  it('loads the sample into a workbook port', async () => {
    const host = memoryHost(fakeFetch(200, readFileSync(samplePath)));
    const wb = await host.loadSample!();
    expect(wb.name).toBe(SAMPLE_NAME);
    expect((await wb.port.listSheets()).map((s) => s.name)).toContain('项目台账');
    const grid = await wb.port.readSheet('项目台账');
    expect(grid.rowCount).toBeGreaterThan(100);
  });

  it('says in Chinese when the sample is missing', async () => {
    const host = memoryHost(fakeFetch(404));
    await expect(host.loadSample!()).rejects.toThrow(
      new WorkbookError('示例台账加载失败（404）。', '', 'sample-missing').message,
    );
  });

  it('says in Chinese when a chosen file is not an .xlsx', async () => {
    const host = memoryHost(fakeFetch(200));
    const file = {
      name: '台账.xls',
      arrayBuffer: async () => new TextEncoder().encode('not a zip').buffer,
    } as unknown as File;
    await expect(host.loadFile!(file)).rejects.toThrow('无法读取“台账.xls”：它不是有效的 .xlsx 文件。');
  });

  it('saves the workbook with the pane’s changes, and one of them undone is gone from the file', async () => {
    const host = memoryHost(fakeFetch(200, readFileSync(samplePath)));
    const wb = await host.loadSample!();
    const fill = await wb.port.writeCells(
      [{ sheet: '项目台账', row: 200, col: 0, value: '填充' }],
      '填充责任单位',
      'fill',
    );
    await wb.port.writeCells([{ sheet: '项目台账', row: 201, col: 0, value: '保留' }], '写入');
    await wb.port.undoAction(fill!.id);
    const again = await memoryHost(fakeFetch(200, Buffer.from(await host.saveFile!(wb.port)))).loadSample!();
    const grid = await again.port.readSheet('项目台账');
    expect(grid.values[200]?.[0] ?? null).toBeNull();
    expect(grid.values[201]?.[0]).toBe('保留');
  });
});
