/**
 * A ledger set up by a clerk in Excel — column mapping and policy pack in the pane's document settings (the
 * web-extension part) — is read by the CLI with both, without a settings sheet.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { TAIZHANG_ADDIN_ID } from '../../src/xlsx/webExtension';
import { withWebExtensions } from '../xlsx/webExtensionPackage';
import { tempDir } from '../fixtures/makeLedgers';
import { runCli } from './runCli';

/** A ledger whose completed column is headed 数额: only the clerk's mapping says it is 累计完成投资. */
async function ledgerBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['项目名称', '总投资', '年度计划投资', '数额', '经办人', '牵头责任单位']);
  ws.addRow(['甲项目', 50000, 20000, 10000, '李某', '区发展改革委']);
  ws.addRow(['乙项目', 30000, 10000, 5000, '王某', '区工信局']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test('validate reads the mapping and the pack the pane kept in the workbook', async () => {
  const dir = tempDir();
  const pack = JSON.parse(readFileSync(join(__dirname, '../../src/policies/yuanhui-2023.json'), 'utf8'));
  pack.document.title = '源汇区测试政策 “扩大投资” & <附件>';
  const settings = { policyPack: JSON.stringify(pack), rules: {}, mappings: { 台账: { D: 'completed', E: 'ignore' } } };
  const file = join(dir, '台账-Excel.xlsx');
  const addin = { id: TAIZHANG_ADDIN_ID, properties: { 'taizhang.settings': JSON.stringify(settings) } };
  writeFileSync(file, withWebExtensions(await ledgerBytes(), [addin]));
  const r = await runCli(['validate', file, '--json'], dir);
  expect(r.code).toBe(0);
  const sheet = JSON.parse(r.stdout).files[0].sheets[0];
  expect(sheet.columns.completed).toBe('D');
  expect(sheet.mapping.find((m: { column: string }) => m.column === 'E')).toMatchObject({ field: null, how: 'user' });
  expect(r.stderr).toContain('源汇区测试政策 “扩大投资” & <附件>');
});
