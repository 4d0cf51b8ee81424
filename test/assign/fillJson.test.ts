/**
 * `taizhang fill --json`: conflicts and unmatched rows carry their cell (A1), edits say whether the policy binds
 * the row, and a ledger whose rows cite no measure gets its blanks filled with zero conflicts.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFill } from '../../src/cli/fill';
import { assignLeadUnits, isAssignable } from '../../src/core/assign';
import { gridFromRows } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';

async function ledgerFile(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('重点项目台账');
  ws.addRow([
    '序号',
    '项目名称',
    '建设地点',
    '所属领域',
    '总投资（万元）',
    '2023年计划投资',
    '1-10月完成投资',
    '牵头责任单位',
    '配合责任单位',
    '对应措施',
  ]);
  ws.addRow([1, '干线公路提升改造项目', '大刘镇', '交通', 25000, 8000, 5000, '区交通局', null, null]); // default rule: no conflict
  ws.addRow([2, '储备项目谋划服务项目', '问十乡', '服务业', 3000, 1000, 800, '区工信局', null, 9]); // cites 9: conflict
  ws.addRow([3, '冷链物流园项目', '干河陈街道', '服务业', 18000, 6000, 4000, null, null, null]); // blank: filled by default
  const p = join(dir, '台账.xlsx');
  await wb.xlsx.writeFile(p);
  return p;
}

test('fill JSON: cells on conflicts and unmatched, binding on edits', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'taizhang-fill-json-'));
  const r = await runFill({
    file: await ledgerFile(dir),
    out: join(dir, 'out.xlsx'),
    overwrite: false,
    normalise: false,
    lang: 'zh',
  });
  expect(r.json.conflicts).toEqual([
    expect.objectContaining({
      sheet: '重点项目台账',
      cell: 'H3',
      field: 'lead',
      existing: '区工信局',
      proposed: '区发展改革委',
      reason: '现为区工信局；措施9 规定牵头为区发展改革委',
    }),
  ]);
  expect(r.json.edits.find((e) => e.cell === 'H4')).toMatchObject({
    new: '区发展改革委',
    binding: false,
    reason: '措施6 · 其他重点项目',
  });
  expect(r.json.edits.find((e) => e.cell === 'I3')).toMatchObject({ binding: true });
  expect(r.json.unmatched).toEqual([]);
  expect(r.json.counts.conflicts).toBe(1);
});

test('fill JSON: an unmatched task row names the cell to look at', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'taizhang-fill-json-'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('措施任务台账');
  ws.addRow(['序号', '政策措施', '牵头责任单位', '配合责任单位', '完成时限', '进展情况', '完成状态']);
  ws.addRow([1, '做好汛期安全生产大检查和防汛物资储备', null, null, '2023年底', '推进中', '推进中']);
  const file = join(dir, '措施.xlsx');
  await wb.xlsx.writeFile(file);
  const r = await runFill({ file, out: join(dir, 'out.xlsx'), overwrite: false, normalise: false, lang: 'zh' });
  expect(r.json.unmatched).toEqual([expect.objectContaining({ sheet: '措施任务台账', cell: 'C2', row: 2 })]);
  expect(r.json.edits).toEqual([]);
});

test('a sheet that is no ledger is one note at A1, not a row', () => {
  const r = assignLeadUnits(readLedger(gridFromRows('说明', [['本工作簿说明'], ['请勿修改']])), defaultPack(), {
    overwrite: false,
    normalise: false,
  });
  expect(r.unmatched).toEqual([expect.objectContaining({ sheet: '说明', cell: 'A1', row: 1 })]);
  expect(isAssignable({ kind: 'unknown' })).toBe(false);
  expect(['project', 'reserve', 'measure'].every((kind) => isAssignable({ kind: kind as 'project' }))).toBe(true);
});
