/**
 * Fixture files for the CLI tests, built in a temp folder: small ledgers written with ExcelJS, and every kind of
 * bad input (legacy .xls, CSV, a renamed text file, a truncated zip, an encrypted CFB container, no ledger).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

export function tempDir(prefix = 'taizhang-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The first bytes of an OLE2 compound file (legacy .xls and encrypted .xlsx both start so). */
export const CFB_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

/** A CFB file whose directory names these streams (UTF-16LE, as in a real one): enough for the reader's sniffing. */
export function cfbWithStreams(...names: string[]): Buffer {
  return Buffer.concat([
    CFB_HEADER,
    ...names.map((n) => Buffer.concat([Buffer.from(n, 'utf16le'), Buffer.alloc(128 - n.length * 2)])),
  ]);
}

/**
 * A small project ledger: title, unit note, header on row 3, five projects on rows 4-8. Row 6 has completed >
 * total (an error by any reading of the rules); row 7's lead unit is blank (for fill); row 8 is a text number.
 */
export async function writeProjectLedger(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.getCell('A1').value = '2023年源汇区重点项目台账';
  ws.mergeCells('A1:I1');
  ws.getCell('A2').value = '单位：万元　截止时间：2023年10月31日';
  ws.getRow(3).values = [
    '序号',
    '项目名称',
    '建设地点',
    '所属领域',
    '总投资',
    '2023年计划投资',
    '1-10月完成投资',
    '牵头责任单位',
    '配合责任单位',
  ];
  const rows: ExcelJS.CellValue[][] = [
    [1, '漯河恒达休闲食品生产线建设项目', '问十乡', '工业', 52000, 20000, 15000, '区工信局'],
    [2, '源汇区老街老旧小区改造项目', '老街街道', '城镇基础设施', 8000, 3000, 2500, '区住建局'],
    [3, '沙澧河生态修复工程', '干河陈街道', '生态环保', 15000, 6000, 16000, '区发展改革委'],
    [4, '漯河金汇电子元器件生产项目', '沙澧高新技术产业开发区（智能制造谷）', '工业', 30000, 12000, 9000, null],
    [5, '源汇区大刘镇中学新建项目', '大刘镇', '社会事业', '6,000', 2000, 1500, '区发展改革委'],
  ];
  rows.forEach((r, i) => (ws.getRow(4 + i).values = r));
  await wb.xlsx.writeFile(path);
}

/** A workbook with only a chart-data style sheet: no header a ledger would have. */
export async function writeNoLedger(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('说明');
  ws.getCell('A1').value = '本表仅为填报说明';
  ws.getCell('A2').value = '请于每周五前报送';
  await wb.xlsx.writeFile(path);
}

export interface BadInputs {
  missing: string;
  xls: string;
  csv: string;
  renamed: string;
  corrupt: string;
  encrypted: string;
  noLedger: string;
}

export async function writeBadInputs(dir: string, validXlsx: string): Promise<BadInputs> {
  const { readFileSync } = await import('node:fs');
  const files: BadInputs = {
    missing: join(dir, '不存在.xlsx'),
    xls: join(dir, '旧版台账.xls'),
    csv: join(dir, '台账.csv'),
    renamed: join(dir, '改名的文本.xlsx'),
    corrupt: join(dir, '损坏.xlsx'),
    encrypted: join(dir, '加密.xlsx'),
    noLedger: join(dir, '说明.xlsx'),
  };
  writeFileSync(files.xls, CFB_HEADER);
  writeFileSync(files.csv, '项目名称,总投资\n示例项目,100\n');
  writeFileSync(files.renamed, '这是一段文字，不是工作簿。\n');
  // A real .xlsx cut in half: the zip signature is there, the central directory is not.
  const whole = readFileSync(validXlsx);
  writeFileSync(files.corrupt, whole.subarray(0, Math.floor(whole.length / 2)));
  // Excel's encrypted .xlsx: a CFB container with these two streams.
  writeFileSync(files.encrypted, cfbWithStreams('EncryptionInfo', 'EncryptedPackage'));
  await writeNoLedger(files.noLedger);
  return files;
}

/** A temp folder holding one good ledger (台账.xlsx) and every kind of unreadable input beside it. */
export async function goodAndBadInputs(): Promise<{ dir: string; good: string; bad: BadInputs }> {
  const dir = tempDir();
  const good = join(dir, '台账.xlsx');
  await writeProjectLedger(good);
  return { dir, good, bad: await writeBadInputs(dir, good) };
}
