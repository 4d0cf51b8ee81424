/** The action history both adapters keep: undo one action by name, never over a later action's work. */
import { ActionHistory, cellKey } from '../../src/core/port/ActionHistory';
import { WorkbookError } from '../../src/core/port/WorkbookPort';
import { XlsxWorkbook } from '../../src/xlsx/XlsxWorkbook';
import ExcelJS from 'exceljs';

const cells = (...keys: [string, number, number][]) => ({
  cells: new Set(keys.map((k) => cellKey(...k))),
  sheets: new Set<string>(),
});
const sheets = (...names: string[]) => ({ cells: new Set<string>(), sheets: new Set(names) });

test('an older action is undone alone when no later action overlaps it', () => {
  const h = new ActionHistory<string>();
  const fill = h.push('fill', '填充责任单位', 2, 'fill-snap', cells(['台账', 1, 3], ['台账', 2, 3]));
  h.push('summary', '写入汇总表', 5, 'summary-snap', sheets('目标完成情况'));
  expect(h.payloadToUndo(fill.id)).toBe('fill-snap');
  h.remove(fill.id);
  expect(h.list().map((e) => e.kind)).toEqual(['summary']);
});

test('an action whose cells a later action rewrote cannot be undone first, and the message names the later one', () => {
  const h = new ActionHistory<string>();
  const first = h.push('fill', '填充责任单位', 1, 'a', cells(['台账', 1, 3]));
  h.push('write', '规范单位名称', 1, 'b', cells(['台账', 1, 3]));
  expect(() => h.payloadToUndo(first.id)).toThrow(WorkbookError);
  expect(() => h.payloadToUndo(first.id)).toThrow(/规范单位名称/);
  const onSheet = h.push('summary', '写入汇总表', 1, 'c', sheets('汇总'));
  const later = h.push('write', '改汇总', 1, 'd', cells(['汇总', 0, 0]));
  expect(() => h.payloadToUndo(onSheet.id)).toThrow(/改汇总/);
  expect(h.payloadToUndo(later.id)).toBe('d');
  expect(h.payloadToUndo('nope')).toBeUndefined();
});

test('the history keeps its newest entries past the limit', () => {
  const h = new ActionHistory<number>(3);
  for (let i = 0; i < 5; i++) h.push('write', `w${i}`, 1, i, cells(['s', i, 0]));
  expect(h.list().map((e) => e.label)).toEqual(['w2', 'w3', 'w4']);
});

async function port(): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.getCell('A1').value = '项目名称';
  ws.getCell('A2').value = '甲项目';
  return XlsxWorkbook.fromBuffer((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

test('xlsx port: undo the fill while the summary sheets stay', async () => {
  const p = await port();
  const fill = await p.writeCells(
    [{ sheet: '台账', row: 1, col: 3, value: '区发展改革委', expected: null }],
    '填充责任单位',
    'fill',
  );
  await p.writeSheets([{ name: '汇总', cells: [], columnWidths: [], merges: [], conditional: [], charts: [] }], {
    replace: false,
    label: '写入汇总表',
  });
  expect((await p.listActions()).map((a) => a.label)).toEqual(['填充责任单位', '写入汇总表']);
  expect(await p.undoAction(fill!.id)).toBe(true);
  const grid = await p.readSheet('台账');
  expect(grid.values[1]?.[3] ?? null).toBeNull();
  expect((await p.listSheets()).map((s) => s.name)).toContain('汇总');
  expect((await p.listActions()).map((a) => a.kind)).toEqual(['summary']);
});

test('xlsx port: a write whose expected value is no longer in the cell is refused whole', async () => {
  const p = await port();
  await expect(
    p.writeCells(
      [
        { sheet: '台账', row: 1, col: 3, value: '区工信局', expected: null },
        { sheet: '台账', row: 1, col: 0, value: '乙项目', expected: '丙项目' },
      ],
      '填充',
    ),
  ).rejects.toThrow(/A2 已被修改/);
  const grid = await p.readSheet('台账');
  expect(grid.values[1]?.[3] ?? null).toBeNull();
  expect(await p.listActions()).toEqual([]);
});

test('entries() gives each entry with its payload, oldest first (for an adapter that saves its history)', () => {
  const h = new ActionHistory<string>();
  const none = { cells: new Set<string>(), sheets: new Set<string>() };
  const a = h.push('fill', '填充', 3, 'first', none);
  const b = h.push('summary', '汇总', 1, 'second', none);
  expect(h.entries()).toEqual([
    { entry: a, payload: 'first' },
    { entry: b, payload: 'second' },
  ]);
});
