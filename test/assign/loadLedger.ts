/**
 * Reads a fixture sheet into a Ledger: .xlsx → readWorkbookFile → readLedger once those modules exist
 * (src/xlsx/readWorkbook.ts, src/core/ledger/index.ts, being built by another engineer), else a deliberately
 * small interim reader (header row given by the fixture, columns by exact header text).
 */
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue, Grid } from '../../src/core/grid';
import { columnLetters } from '../../src/core/grid';
import type { Ledger, LedgerRow } from '../../src/core/ledger/types';
import type { PolicyPack } from '../../src/core/policy/types';
import type { FieldId, LedgerKind } from '../../src/core/schema/types';

const SRC = join(__dirname, '..', '..', 'src');
export const REAL_READER =
  existsSync(join(SRC, 'xlsx', 'readWorkbook.ts')) && existsSync(join(SRC, 'core', 'ledger', 'index.ts'));

type ReadLedger = (grid: Grid, options?: { pack?: PolicyPack }) => Ledger;

/** The real readLedger when it exists (imported by a computed path so this file compiles before it lands). */
export async function realReadLedger(): Promise<ReadLedger> {
  const mod = (await import(join(SRC, 'core', 'ledger', 'index'))) as { readLedger: ReadLedger };
  return mod.readLedger;
}

export async function loadLedger(path: string, headerRow: number, pack?: PolicyPack): Promise<Ledger> {
  if (REAL_READER) {
    const { readWorkbookFile } = (await import(join(SRC, 'xlsx', 'readWorkbook'))) as {
      readWorkbookFile: (p: string) => Promise<Grid[]>;
    };
    const readLedger = await realReadLedger();
    const [grid] = await readWorkbookFile(path);
    return readLedger(grid, { pack });
  }
  return ledgerFromGrid(await loadGrid(path), headerRow);
}

const HEADERS: Record<string, FieldId> = {
  序号: 'seq',
  措施编号: 'measure',
  对应措施: 'measure',
  政策措施: 'name',
  项目名称: 'name',
  建设单位: 'owner',
  建设地点: 'location',
  所属领域: 'domain',
  '总投资（万元）': 'total',
  牵头责任单位: 'lead',
  配合责任单位: 'coop',
  资金渠道: 'channel',
  完成时限: 'deadline',
  进展情况: 'progress',
  完成状态: 'status',
  前期工作进展: 'progress',
};

export async function loadGrid(path: string): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0];
  const values: CellValue[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: CellValue[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = ws.getCell(r, c).value;
      row.push(v === null || v === undefined ? null : typeof v === 'object' ? String(v) : (v as CellValue));
    }
    values.push(row);
  }
  return {
    name: ws.name,
    values,
    merges: [],
    hiddenRows: [],
    hiddenCols: [],
    rowCount: values.length,
    colCount: ws.columnCount,
  };
}

export function ledgerFromGrid(grid: Grid, headerRow: number): Ledger {
  const head = grid.values[headerRow - 1];
  const columns = head.flatMap((h, col) => {
    const field = typeof h === 'string' ? HEADERS[h] : undefined;
    return field ? [{ field, col, letter: columnLetters(col), header: String(h) }] : [];
  });
  const has = (f: FieldId): boolean => columns.some((c) => c.field === f);
  const kind: LedgerKind = head.includes('政策措施') ? 'measure' : has('channel') ? 'reserve' : 'project';
  const rows: LedgerRow[] = [];
  for (let i = headerRow; i < grid.values.length; i++) {
    const cells: LedgerRow['cells'] = {};
    for (const c of columns) {
      const raw = grid.values[i][c.col] ?? null;
      const empty = raw === null || (typeof raw === 'string' && raw.trim() === '');
      cells[c.field] = {
        raw,
        value: empty ? null : typeof raw === 'string' ? raw.trim() : (raw as number),
        empty,
        problems: [],
      };
    }
    rows.push({ row: i + 1, index: i, cells, hidden: false });
  }
  return {
    sheet: grid.name,
    kind,
    header: {
      firstRow: headerRow,
      lastRow: headerRow,
      titleRows: [],
      kind,
      confidence: 1,
      columns,
      unmapped: [],
      duplicates: [],
      asOf: null,
    },
    rows,
    subtotals: [],
    sections: [],
    blankRows: [],
    grid,
  };
}
