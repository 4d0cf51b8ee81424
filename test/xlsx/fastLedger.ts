/**
 * Large project ledgers written straight as OOXML (no ExcelJS: it needs minutes and gigabytes at these sizes),
 * for the limits tests and the bench. Same columns as bench/cli.bench.ts's ledger; shared strings like Excel.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { makePackage } from './makePackage';

const DOMAINS = ['工业', '服务业', '城镇基础设施', '社会事业', '交通', '能源', '生态环保', '农林水利', '新基建'];
const PLACES = [
  '空冢郭镇',
  '问十乡',
  '大刘镇',
  '阴阳赵镇',
  '马路街街道',
  '顺河街街道',
  '老街街道',
  '干河陈街道',
  '沙澧高新技术产业开发区',
];
const LEADS = ['区工信局', '区发展改革委', '区住建局', '区商务局'];
const HEADER = [
  '序号',
  '项目名称',
  '建设地点',
  '所属领域',
  '建设性质',
  '总投资',
  '2023年计划投资',
  '1-10月完成投资',
  '开工时间',
  '竣工时间',
  '牵头责任单位',
  '配合责任单位',
  '包联领导',
  '形象进度',
  '存在问题',
  '建设规模及主要内容',
  '项目阶段',
  '建设单位',
  '对应措施',
  '备注',
];

export interface FastLedgerOptions {
  rows: number;
  /** Blank rows between the header and the data. */
  blankRowsBefore?: number;
  /** A stray value at XFD1048576. */
  strayLastCell?: boolean;
  /** Text put in every lead-unit cell of the first data row (for terminal-escape tests). */
  leadText?: string;
}

function col(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const xmlEsc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** 20 columns per row: numbers as numbers, text as shared strings. */
export function fastLedger(o: FastLedgerOptions): Uint8Array {
  const { body, sst } = ledgerParts(o);
  return makePackage([{ name: '项目台账', body }], sst);
}

/** The sheet body and shared strings of a generated ledger, to put in a package with other parts. */
export function ledgerParts(o: FastLedgerOptions): { body: string; sst: string[] } {
  const sst: string[] = [];
  const index = new Map<string, number>();
  const s = (t: string) => {
    let i = index.get(t);
    if (i === undefined) {
      i = sst.length;
      sst.push(`<t>${xmlEsc(t)}</t>`);
      index.set(t, i);
    }
    return i;
  };
  const parts: string[] = ['<sheetData>'];
  const str = (r: number, c: number, t: string) => `<c r="${col(c)}${r}" t="s"><v>${s(t)}</v></c>`;
  const num = (r: number, c: number, v: number) => `<c r="${col(c)}${r}"><v>${v}</v></c>`;
  parts.push(
    `<row r="1">${str(1, 0, '2023年源汇区重点项目台账（生成）')}</row><row r="2">${str(2, 0, '单位：万元　截止时间：2023年10月31日')}</row>`,
  );
  parts.push(`<row r="3">${HEADER.map((h, c) => str(3, c, h)).join('')}</row>`);
  let x = 12345;
  const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const first = 4 + (o.blankRowsBefore ?? 0);
  for (let i = 0; i < o.rows; i++) {
    const r = first + i;
    const total = Math.round(1000 + rnd() * 200000);
    const planned = Math.round(total * (0.2 + rnd() * 0.4));
    const lead = i === 0 && o.leadText !== undefined ? o.leadText : LEADS[i % LEADS.length];
    const cells = [
      num(r, 0, i + 1),
      str(r, 1, `生成项目${i + 1}号`),
      str(r, 2, PLACES[i % PLACES.length]),
      str(r, 3, DOMAINS[i % DOMAINS.length]),
      str(r, 4, '新建'),
      num(r, 5, total),
      num(r, 6, planned),
      num(r, 7, Math.round(planned * rnd())),
      num(r, 8, 44927),
      num(r, 9, 45657),
      str(r, 10, lead),
      str(r, 11, '区财政局'),
      str(r, 12, '张副区长'),
      str(r, 13, '主体施工中'),
      str(r, 14, '无'),
      str(r, 15, '新建厂房及配套设施'),
      str(r, 16, '开工一批'),
      str(r, 17, `建设单位${i % 50}`),
    ];
    // Measure 6 names 区发展改革委 as lead: rows citing it carry that lead (a clean ledger, as a bench needs).
    if (lead === '区发展改革委') cells.push(str(r, 18, '6'));
    parts.push(`<row r="${r}">${cells.join('')}</row>`);
  }
  if (o.strayLastCell) parts.push('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>');
  parts.push('</sheetData>');
  return { body: parts.join(''), sst };
}

/** A sheet of `rows` rows of `cols` numbers each: the shape of the 1,048,576-row file. */
export function numberRows(rows: number, cols: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const head = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  );
  chunks.push(head);
  let buf: string[] = [];
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < cols; c++) row += `<c r="${col(c)}${r}"><v>${(r * 7 + c) % 1000}</v></c>`;
    buf.push(`${row}</row>`);
    if (buf.length === 10000) {
      chunks.push(strToU8(buf.join('')));
      buf = [];
    }
  }
  chunks.push(strToU8(`${buf.join('')}</sheetData></worksheet>`));
  let n = 0;
  for (const c of chunks) n += c.length;
  const sheet = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    sheet.set(c, at);
    at += c.length;
  }
  const base = makePackage([{ name: 'Sheet1' }]);
  // Swap the sheet part in: built as bytes, never as one giant string.
  const files = unzipSync(base);
  files['xl/worksheets/sheet1.xml'] = sheet;
  return zipSync(files, { level: 1 });
}
