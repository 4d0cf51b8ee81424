/**
 * 项目台账-源汇区2023.xlsx: the district project ledger with the mess of real ones — title and note rows, a merged
 * two-row header, a 合计 row, section rows with 小计, text numbers, 亿元 values, aliases, blank lead units, and a few
 * planted errors (listed in PLANTED so tests and readers know what the validator should find).
 */
import ExcelJS from 'exceljs';
import type { Project } from './projects';
import { columnLetter, dateCell, headerCell, note, put, title } from './sheetHelpers';
import { DOMAINS, SECTION_NUMERALS } from './vocabulary';

export const DISTRICT_SHEET = '项目台账';

/** Column order (1-based) of the district ledger. */
const COLS = [
  '序号',
  '项目名称',
  '建设单位',
  '建设地点',
  '建设性质',
  '所属领域',
  '建设规模及主要内容',
  '三个一批类别',
  '总投资',
  '2023年计划投资',
  '1-10月完成投资',
  '完成率',
  '开工时间',
  '竣工时间',
  '形象进度',
  '存在问题',
  '牵头责任单位',
  '配合责任单位',
  '包联领导',
  '对应措施',
  '备注',
  '内部编号',
];
const C = Object.fromEntries(COLS.map((h, i) => [h, i + 1])) as Record<string, number>;
const LAST = COLS.length;

/** Planted problems, by project index in the generated list: what the sample deliberately gets wrong. */
export const PLANTED = {
  overPlan: 3, // completed > total
  yiText: 7, // total written "x.x亿" as text in a 万元 column
  textNumber: 10, // total "8,500" stored as text
  unitSuspect: 12, // total 0.85: a 亿元 figure typed into the 万元 column
  dateOrder: 15, // 开工时间 after 竣工时间
  badDomain: 115, // 所属领域 "新基础设施" (not one of the nine)
  blankName: 44, // project name missing
  misspeltUnit: 30, // lead unit "区工信委"
  duplicateOf: 32, // the row after project 32 repeats it
  divZero: 50, // planned 0 → 完成率 #DIV/0!
  refError: 60, // completed is a broken formula (#REF!)
  fullWidth: 55, // total in full-width digits
  unknownMeasure: 70, // 对应措施 "第99条"
  leadMismatch: 1, // medical-device-city project with lead 区商务局
  badSubtotal: '交通', // the 小计 of this section is a typed number that does not add up
} as const;

const FULL_WIDTH = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

function measureText(m: number | null, i: number): string | number | null {
  if (m === null) return null;
  return i % 5 === 0 ? `措施${m}` : i % 7 === 0 ? `第${m}条` : m;
}

type Sums = [number, number, number]; // 总投资, 2023年计划投资, 1-10月完成投资, as Excel's SUM sees them

export function writeDistrictLedger(projects: Project[], wb: ExcelJS.Workbook, asOf = '2023年10月31日'): void {
  const ws = wb.addWorksheet(DISTRICT_SHEET, { views: [{ state: 'frozen', xSplit: 2, ySplit: 4 }] });
  writeHeader(ws, asOf);
  const totalRow = 5;
  put(ws, totalRow, C['项目名称'], '合计');
  let row = totalRow + 1;
  const subtotalRows: number[] = [];
  let seq = 0;
  let grand = [0, 0, 0];
  DOMAINS.forEach((domain, d) => {
    const list = projects.map((p, i) => ({ p, i })).filter(({ p }) => p.domain === domain);
    ws.mergeCells(row, 1, row, C['建设规模及主要内容']);
    put(ws, row, 1, `${SECTION_NUMERALS[d]}、${domain}项目（${list.length}个）`);
    ws.getCell(row, 1).font = { name: '黑体', size: 11, bold: true };
    row++;
    const first = row;
    const sums: Sums = [0, 0, 0];
    const rows = list.flatMap((x) => (x.i === PLANTED.duplicateOf ? [x, x] : [x]));
    for (const { p, i } of rows) {
      seq++;
      projectRow(ws, row, seq, p, i).forEach((n, k) => (sums[k] += n));
      row++;
    }
    subtotalRow(
      ws,
      row,
      domain,
      sums,
      first,
      list.some(({ i }) => i === PLANTED.refError),
    );
    subtotalRows.push(row);
    // The 合计 formula adds the 小计 cells, so its cached figure carries the hand-typed error too.
    grand = grand.map((g, k) => g + sums[k] + (domain === PLANTED.badSubtotal && k === 0 ? 500 : 0));
    row++;
  });
  AMOUNT_COLS.forEach((col, k) => {
    const L = columnLetter(col);
    const hasRef = k === 2;
    put(
      ws,
      totalRow,
      col,
      {
        formula: subtotalRows.map((r) => `${L}${r}`).join('+'),
        result: hasRef ? { error: '#REF!' } : grand[k],
      } as ExcelJS.CellFormulaValue,
      '#,##0',
    );
  });
  ws.getRow(totalRow).font = { bold: true };
}

const AMOUNT_COLS = [C['总投资'], C['2023年计划投资'], C['1-10月完成投资']];

/** Title, note, the merged two-row header (投资情况（万元） spans 总投资 … 完成率), column widths. */
function writeHeader(ws: ExcelJS.Worksheet, asOf: string): void {
  title(ws, 1, '2023年源汇区重点项目建设台账', LAST);
  note(
    ws,
    2,
    `填报单位：区发展改革委（盖章）\u3000\u3000\u3000\u3000单位：万元\u3000\u3000\u3000\u3000截止时间：${asOf}`,
    LAST,
  );
  for (const h of COLS) {
    const col = C[h];
    if (col >= C['总投资'] && col <= C['完成率']) {
      headerCell(ws, 4, col, h);
    } else {
      headerCell(ws, 3, col, h);
      ws.mergeCells(3, col, 4, col);
    }
  }
  headerCell(ws, 3, C['总投资'], '投资情况（万元）');
  ws.mergeCells(3, C['总投资'], 3, C['完成率']);
  const widths: Record<string, number> = {
    序号: 6,
    项目名称: 36,
    建设单位: 26,
    建设地点: 22,
    建设规模及主要内容: 40,
    形象进度: 18,
    存在问题: 18,
    牵头责任单位: 20,
    配合责任单位: 22,
  };
  COLS.forEach((h, i) => (ws.getColumn(i + 1).width = widths[h] ?? 12));
  ws.getColumn(C['内部编号']).hidden = true;
}

/** One project's row (project index i, with its planted problem if any); returns its amounts as SUM sees them. */
function projectRow(ws: ExcelJS.Worksheet, row: number, seq: number, p: Project, i: number): Sums {
  const total: ExcelJS.CellValue =
    i === PLANTED.yiText
      ? `${(p.total / 10000).toFixed(2)}亿`
      : i === PLANTED.textNumber
        ? p.total.toLocaleString('en-US')
        : i === PLANTED.unitSuspect
          ? 0.85
          : i === PLANTED.fullWidth
            ? FULL_WIDTH(String(p.total))
            : p.total;
  const planned = i === PLANTED.divZero ? 0 : p.planned;
  const completed = i === PLANTED.overPlan ? p.total + 1200 : p.completed;
  put(ws, row, C['序号'], seq);
  put(ws, row, C['项目名称'], i === PLANTED.blankName ? null : p.name);
  put(ws, row, C['建设单位'], p.owner);
  put(ws, row, C['建设地点'], p.place);
  put(ws, row, C['建设性质'], p.nature);
  put(ws, row, C['所属领域'], i === PLANTED.badDomain ? '新基础设施' : p.domain);
  put(ws, row, C['建设规模及主要内容'], p.content);
  put(ws, row, C['三个一批类别'], p.stage);
  put(ws, row, C['总投资'], total, '#,##0');
  put(ws, row, C['2023年计划投资'], planned, '#,##0');
  amountCells(ws, row, i, planned, completed);
  const [s, e] =
    i === PLANTED.dateOrder
      ? [
          { year: 2024, month: 6 },
          { year: 2023, month: 3 },
        ]
      : [p.start, p.end];
  put(ws, row, C['开工时间'], dateCell(s, i), i % 4 === 0 ? 'yyyy"年"m"月"' : undefined);
  put(ws, row, C['竣工时间'], dateCell(e, i + 1), (i + 1) % 4 === 0 ? 'yyyy"年"m"月"' : undefined);
  put(ws, row, C['形象进度'], p.progress);
  put(ws, row, C['存在问题'], p.problems || null);
  put(
    ws,
    row,
    C['牵头责任单位'],
    i === PLANTED.misspeltUnit ? '区工信委' : i === PLANTED.leadMismatch ? '区商务局' : p.lead || null,
  );
  put(ws, row, C['配合责任单位'], p.coop || null);
  put(ws, row, C['包联领导'], p.leader);
  put(ws, row, C['对应措施'], i === PLANTED.unknownMeasure ? '第99条' : measureText(p.measure, i));
  put(ws, row, C['备注'], i === PLANTED.yiText ? '总投资单位为亿元' : null);
  put(ws, row, C['内部编号'], `YH2023-${String(i + 1).padStart(3, '0')}`);
  // Sums as Excel would compute them: text cells are skipped by SUM.
  return [typeof total === 'number' ? total : 0, planned, i === PLANTED.refError ? 0 : completed];
}

/** 1-10月完成投资 (a broken formula for the planted #REF!) and 完成率 (a formula, #DIV/0! where planned is 0). */
function amountCells(ws: ExcelJS.Worksheet, row: number, i: number, planned: number, completed: number): void {
  if (i === PLANTED.refError) {
    put(
      ws,
      row,
      C['1-10月完成投资'],
      { formula: '#REF!*1', result: { error: '#REF!' } } as ExcelJS.CellFormulaValue,
      '#,##0',
    );
  } else {
    put(ws, row, C['1-10月完成投资'], completed, '#,##0');
  }
  const ref = (h: string) => `${columnLetter(C[h])}${row}`;
  const rate = planned === 0 ? { error: '#DIV/0!' as const } : Math.round((completed / planned) * 10000) / 10000;
  put(
    ws,
    row,
    C['完成率'],
    {
      formula: `${ref('1-10月完成投资')}/${ref('2023年计划投资')}`,
      result: i === PLANTED.refError ? { error: '#REF!' } : rate,
    } as ExcelJS.CellFormulaValue,
    '0.0%',
  );
}

/** A section's 小计 row: SUM formulas over its projects, except the planted hand-typed figure. */
function subtotalRow(
  ws: ExcelJS.Worksheet,
  row: number,
  domain: string,
  sums: Sums,
  first: number,
  hasRef: boolean,
): void {
  const last = row - 1;
  put(ws, row, C['项目名称'], '小计');
  AMOUNT_COLS.forEach((col, k) => {
    const L = columnLetter(col);
    if (domain === PLANTED.badSubtotal && k === 0) {
      put(ws, row, col, sums[k] + 500, '#,##0'); // typed by hand, 500 off
    } else if (k === 2 && hasRef) {
      put(
        ws,
        row,
        col,
        { formula: `SUM(${L}${first}:${L}${last})`, result: { error: '#REF!' } } as ExcelJS.CellFormulaValue,
        '#,##0',
      );
    } else {
      put(
        ws,
        row,
        col,
        { formula: `SUM(${L}${first}:${L}${last})`, result: sums[k] } as ExcelJS.CellFormulaValue,
        '#,##0',
      );
    }
  });
  ws.getRow(row).font = { bold: true };
}
