/**
 * 填充责任单位 from the pane fills a measure task ledger as the CLI does: the pane's job asks the core which
 * ledgers it can fill (isAssignable) instead of passing only project and reserve ledgers.
 */
import ExcelJS from 'exceljs';
import { runAssign, editsToWrites } from '../../src/taskpane/state/assignJob';
import { core } from '../../src/taskpane/state/coreBundle';
import { XlsxWorkbook } from '../../src/xlsx/XlsxWorkbook';

async function workbook(): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('措施任务台账');
  ws.addRow(['序号', '政策措施', '牵头责任单位', '配合责任单位', '完成时限', '进展情况', '完成状态']);
  ws.addRow([
    1,
    '（十二）积极争取上级政策资金，谋划中央预算内投资和专项债券项目',
    null,
    null,
    '2023年底',
    '推进中',
    '推进中',
  ]);
  ws.addRow([2, '13. 统筹预算资金300万元，专门用于项目谋划前期经费', '区财政局', null, '2023年底', '推进中', '推进中']);
  return XlsxWorkbook.fromBuffer((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

test("the pane's fill job proposes the blank cells of a measure task ledger, and writing them fills the sheet", async () => {
  const port = await workbook();
  const ctx = { signal: new AbortController().signal, onProgress: () => undefined };
  const pack = core.defaultPack();
  const r = await runAssign(core, port, pack, { overwrite: false, normalise: false }, ctx);
  expect(r.edits.map((e) => [e.cell, e.new])).toEqual([
    ['C2', '区发展改革委、区财政局'],
    [
      'D2',
      '区工信局、区商务局、区交通局、区住建局、区农业农村局、区水利局、区金融服务中心、市生态环境局源汇分局、各乡镇办园区',
    ],
  ]);
  expect(r.conflicts).toEqual([]);
  await port.writeCells(editsToWrites(r.edits), '填充责任单位');
  const grid = await port.readSheet('措施任务台账');
  expect(grid.values[1][2]).toBe('区发展改革委、区财政局');
  expect(grid.values[2][2]).toBe('区财政局'); // the filled cell is left as it was
  expect(grid.values[2][3] ?? null).toBeNull(); // measure 13 names no cooperating unit
});
