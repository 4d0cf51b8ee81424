/**
 * #16 item 2: strings written through Office.js stay the same strings. The fake applies Excel's entry rules to
 * `values` / `formulas` (fakeModel.ts typeIn: ISO dates, leading zeros, percents, "3-1", "2023年12月", formulas),
 * so a write that relies on `values` alone turns them into dates and numbers, as real Excel does (office-js #229).
 */
import type { CellWrite } from '../../src/core/port/WorkbookPort';
import { ExcelWorkbook } from '../../src/excel/ExcelWorkbook';
import { fakeRunner } from './fakeExcel';
import { FakeModel, dateSerial } from './fakeModel';
import { mockHost } from './mockHost';

const TRICKY = [
  '2023-05-01',
  '0123',
  '50%',
  '3-1',
  '2023年12月',
  '=SUM(1)',
  '-',
  '+86 138 0000 0000',
  '-5',
  'TRUE',
  "'引号开头",
  '@某人',
];

function setup() {
  const model = new FakeModel();
  const s = model.addSheet('项目台账');
  s.fillRows([['序号', '项目名称', '牵头责任单位', '备注']]);
  const wb = new ExcelWorkbook(fakeRunner(model), mockHost().host);
  return { model, s, wb };
}

describe('text stays text', () => {
  test.each(['General', '@', '#,##0.00'])(
    'each tricky string lands as that string in a %s cell, format unchanged',
    async (format) => {
      const { s, wb } = setup();
      TRICKY.forEach((_, i) => (s.cell(i + 1, 2).numberFormat = format));
      const writes: CellWrite[] = TRICKY.map((value, i) => ({ sheet: '项目台账', row: i + 1, col: 2, value }));
      await wb.writeCells(writes, '填充');
      const got = TRICKY.map((_, i) => ({
        value: s.get(i + 1, 2)!.value,
        formula: s.get(i + 1, 2)!.formula,
        nf: s.get(i + 1, 2)!.numberFormat,
      }));
      expect(got).toEqual(TRICKY.map((value) => ({ value, formula: null, nf: format })));
    },
  );

  test('numbers stay numbers and keep the cell format', async () => {
    const { s, wb } = setup();
    s.cell(1, 3).numberFormat = '#,##0.00';
    await wb.writeCells([{ sheet: '项目台账', row: 1, col: 3, value: 1234.5 }], '写入');
    expect(s.get(1, 3)).toMatchObject({ value: 1234.5, numberFormat: '#,##0.00' });
  });

  test('undo puts back old values with their type and number format', async () => {
    const { s, wb } = setup();
    const olds: { value: string | number; nf: string; formula?: string }[] = [
      { value: '0123', nf: 'General' }, // text the user entered with a quote
      { value: '2023-05-01', nf: 'General' }, // text, not a date
      { value: '50%', nf: 'General' },
      { value: '=SUM(1)', nf: 'General' }, // text that looks like a formula
      { value: dateSerial(2023, 5, 1), nf: 'yyyy-mm-dd' }, // a real date
      { value: 0.5, nf: '0%' },
      { value: '3-1', nf: '@' },
      { value: 3, nf: '0.0', formula: '=1+2' },
    ];
    olds.forEach((o, i) => {
      const c = s.cell(i + 1, 2);
      c.value = o.value;
      c.numberFormat = o.nf;
      c.formula = o.formula ?? null;
    });
    const writes: CellWrite[] = olds.map((_, i) => ({ sheet: '项目台账', row: i + 1, col: 2, value: '区住建局' }));
    await wb.writeCells(writes, '填充');
    expect(await wb.undoLast()).toBe(true);
    const back = olds.map((_, i) => {
      const c = s.get(i + 1, 2)!;
      return { value: c.value, nf: c.numberFormat, ...(c.formula ? { formula: c.formula } : {}) };
    });
    // the fake does not compute formulas: the restored formula's value is left empty
    expect(back).toEqual(olds.map((o) => (o.formula ? { value: null, nf: o.nf, formula: o.formula } : o)));
  });

  test('summary sheets keep text cells as text', async () => {
    const { model, wb } = setup();
    const cells = TRICKY.map((value, i) => ({ row: i, col: 0, value }));
    await wb.writeSheets([{ name: '汇总', cells, columnWidths: [], merges: [], conditional: [], charts: [] }], {
      replace: false,
    });
    const sheet = model.sheet('汇总')!;
    expect(TRICKY.map((_, i) => sheet.get(i, 0)!.value)).toEqual(TRICKY);
    expect(TRICKY.map((_, i) => sheet.get(i, 0)!.numberFormat)).toEqual(TRICKY.map(() => 'General'));
  });
});

describe('numbers stay numbers in Text cells', () => {
  test('a number written into, or put back into, an "@" cell is a number, and the cell stays "@"', async () => {
    const { s, wb } = setup();
    const c = s.cell(1, 3);
    c.numberFormat = '@';
    c.value = 7; // a number the user entered before formatting the column as Text
    await wb.writeCells([{ sheet: '项目台账', row: 1, col: 3, value: 1234.5, expected: 7 }], '写入');
    expect(s.get(1, 3)).toMatchObject({ value: 1234.5, numberFormat: '@' });
    await wb.undoLast();
    expect(s.get(1, 3)).toMatchObject({ value: 7, numberFormat: '@' });
  });
});
