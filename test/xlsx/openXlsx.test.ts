/**
 * The streaming reader on hand-made packages with the features common tools write. Written before the reader;
 * the old ExcelJS path's results on the same files are in oldEngine.test.ts.
 */
import { openXlsx } from '../../src/xlsx/read';
import { FEATURE_BODY, FEATURE_SST, makePackage } from './makePackage';

function featureBook(): Uint8Array {
  return makePackage(
    [
      { name: '台账', body: FEATURE_BODY, comments: true, drawingChart: true },
      { name: '图表', chart: true },
      { name: '隐藏表', state: 'hidden', body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
      {
        name: '_taizhang_settings',
        state: 'veryHidden',
        body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>{"policyPack":null,</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>"rules":{}}</t></is></c></row></sheetData>',
      },
    ],
    FEATURE_SST,
  );
}

describe('openXlsx on a package with every feature', () => {
  const pkg = openXlsx(featureBook());
  const g = pkg.readGrid('台账');
  const at = (a1: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { row: Number(m[2]) - 1, col };
  };
  const v = (a1: string) => {
    const { row, col } = at(a1);
    return g.values[row]?.[col] ?? null;
  };
  const f = (a1: string) => {
    const { row, col } = at(a1);
    return g.formulas?.[row]?.[col] ?? null;
  };
  const fmt = (a1: string) => {
    const { row, col } = at(a1);
    return g.numberFormats?.[row]?.[col] ?? null;
  };

  test('sheets in tab order with their state, kind and part', () => {
    expect(pkg.sheets.map((s) => [s.name, s.state, s.kind])).toEqual([
      ['台账', 'visible', 'worksheet'],
      ['图表', 'visible', 'chart'],
      ['隐藏表', 'hidden', 'worksheet'],
      ['_taizhang_settings', 'veryHidden', 'worksheet'],
    ]);
    expect(pkg.sheets[0]).toMatchObject({ path: 'xl/worksheets/sheet1.xml', rId: 'rId1' });
    expect(pkg.sheets[1].path).toBe('xl/chartsheets/sheet2.xml');
    expect(pkg.entries.get('xl/comments1.xml')).toBeDefined();
    expect(pkg.entries.get('xl/charts/chart1.xml')).toBeDefined();
  });

  test('shared strings: rich text flattened, entities, spaces kept, phonetic runs left out', () => {
    expect(v('A1')).toBe('2023年重点项目台账');
    expect(v('A2')).toBe('项目名称');
    expect(v('B2')).toBe(' 总投资 & 计划 ');
    expect(v('C5')).toBe('中文');
    expect(v('D5')).toBe('漯河');
  });

  test('_xHHHH_: printable decoded, control characters kept visible, never raw', () => {
    expect(v('A5')).toBe('AA中');
    expect(v('A4')).toBe('bell_x0007_esc_x001B_end');
    expect(v('B5')).toBe('line1\nline2\r');
    // eslint-disable-next-line no-control-regex
    for (const s of pkg.sharedStrings) expect(s).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  });

  test('inline strings, numbers, booleans, errors, dates as serials with their format', () => {
    expect(v('A3')).toBe('内联文本');
    expect(v('I4')).toBe('富文本');
    expect(v('B3')).toBe(52000.5);
    expect(fmt('B3')).toBe('#,##0.00"万元"');
    expect(v('C3')).toBe(45230);
    expect(fmt('C3')).toBe('mm-dd-yy');
    expect(v('D3')).toBe(true);
    expect(v('E3')).toEqual({ error: '#REF!' });
    expect(v('J3')).toBe(0.25);
    expect(fmt('J3')).toBe('0.0%');
    expect(v('J5')).toBe(-0.0015);
    expect(fmt('K5')).toBe('@');
    expect(fmt('A1')).toBeNull();
  });

  test('formulas: cached results, no result is null, shared formulas expanded on every cell', () => {
    expect(v('F3')).toBe(104001);
    expect(f('F3')).toBe('=B3*2');
    expect(v('G3')).toBeNull();
    expect(f('G3')).toBe('=B3*3');
    expect(f('H3')).toBe('=B3+$B$3+Sheet2!B3');
    expect(f('H4')).toBe('=B4+$B$3+Sheet2!B4');
    expect(f('H5')).toBe('=B5+$B$3+Sheet2!B5');
    expect([v('H3'), v('H4'), v('H5')]).toEqual([1, 2, 3]);
    expect(v('I3')).toBe('ab');
    expect(f('I3')).toBe('="a"&"b"');
    expect(v('K3')).toEqual({ error: '#DIV/0!' });
    expect(f('B3')).toBeNull();
  });

  test('cells without r follow on from the one before', () => {
    expect([v('A6'), v('B6'), v('E6'), v('F6')]).toEqual(['项目名称', 7, 9, 10]);
  });

  test('merges, hidden rows and columns, size', () => {
    expect(g.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 10 },
      { top: 3, left: 9, bottom: 3, right: 10 },
    ]);
    expect(g.hiddenRows).toEqual([1]);
    expect(g.hiddenCols).toEqual([3, 4]);
    expect(g.rowCount).toBe(6);
    expect(g.colCount).toBe(11);
    expect(g.name).toBe('台账');
    expect(g.values).toHaveLength(6);
  });

  test('a chart sheet reads as an empty grid; other sheets read; an unknown name is an XlsxReadError', () => {
    expect(pkg.readGrid('图表')).toMatchObject({ rowCount: 0, colCount: 0, values: [] });
    expect(pkg.readGrid('隐藏表').values).toEqual([[1]]);
    expect(() => pkg.readGrid('没有')).toThrow(expect.objectContaining({ code: 'sheet-missing' }));
  });

  test('entries: every part of the zip, worksheets inflated when asked for, bytes as in the file', () => {
    const { unzipSync } = jest.requireActual('fflate') as typeof import('fflate');
    const raw = unzipSync(featureBook());
    expect(pkg.entries.size).toBe(Object.keys(raw).length);
    expect(pkg.entries.has('xl/worksheets/sheet1.xml')).toBe(true);
    expect(
      Buffer.from(pkg.entries.get('xl/worksheets/sheet1.xml')!).equals(Buffer.from(raw['xl/worksheets/sheet1.xml'])),
    ).toBe(true);
    expect([...pkg.entries.keys()].sort()).toEqual(Object.keys(raw).sort());
    for (const [k, v] of pkg.entries) expect(Buffer.from(v).equals(Buffer.from(raw[k]))).toBe(true);
  });

  test('the settings sheet, chunks joined', () => {
    expect(pkg.readSettings()).toEqual({ policyPack: null, rules: {} });
  });

  test('styles: a format per style index', () => {
    expect(pkg.styles).toEqual(['General', '#,##0.00"万元"', 'mm-dd-yy', '0.0%', '@']);
  });
});

describe('other spellings tools use', () => {
  test('a prefixed main namespace (x:) and a workbook at another path', () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>甲</x:t></x:is></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A2:B2"/></x:mergeCells></x:worksheet>`;
    const pkg = openXlsx(makePackage([{ name: 'S' }], [], { 'xl/worksheets/sheet1.xml': xml }));
    const g = pkg.readGrid('S');
    expect(g.values[0]).toEqual(['甲', 2]);
    expect(g.merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 1 }]);
    expect(g.rowCount).toBe(2);
  });

  test('comments and a drawing named by absolute targets (openpyxl), which the old engine rejects', () => {
    const pkg = openXlsx(
      makePackage(
        [{ name: '台账', body: FEATURE_BODY, comments: true, drawingChart: true, targets: 'absolute' }],
        FEATURE_SST,
      ),
    );
    expect(pkg.readGrid('台账').values[0][0]).toBe('2023年重点项目台账');
    expect(pkg.entries.has('xl/comments/comment1.xml')).toBe(true);
  });

  test('part names matched regardless of case, as OPC says (entry xl/Worksheets/Sheet1.xml)', () => {
    const { unzipSync, zipSync } = jest.requireActual('fflate') as typeof import('fflate');
    const files = unzipSync(
      makePackage([{ name: 'S', body: '<sheetData><row r="1"><c r="A1"><v>3</v></c></row></sheetData>' }]),
    );
    files['xl/Worksheets/Sheet1.xml'] = files['xl/worksheets/sheet1.xml'];
    delete files['xl/worksheets/sheet1.xml'];
    const pkg = openXlsx(zipSync(files));
    expect(pkg.readGrid('S').values).toEqual([[3]]);
    expect(pkg.sheets[0].path).toBe('xl/Worksheets/Sheet1.xml');
  });

  test('CDATA and comments inside the sheet XML', () => {
    const body =
      '<sheetData><!-- 注释 <c r="Z9"> --><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[a<b>&c]]></t></is></c></row></sheetData>';
    expect(openXlsx(makePackage([{ name: 'S', body }])).readGrid('S').values).toEqual([['a<b>&c']]);
  });

  test('a workbook without sharedStrings or styles parts', () => {
    const pkg = makePackage([
      { name: 'S', body: '<sheetData><row r="2"><c r="B2" s="3"><v>5</v></c></row></sheetData>' },
    ]);
    const { unzipSync, zipSync } = jest.requireActual('fflate') as typeof import('fflate');
    const files = unzipSync(pkg);
    delete files['xl/sharedStrings.xml'];
    delete files['xl/styles.xml'];
    const g = openXlsx(zipSync(files)).readGrid('S');
    expect(g.values).toEqual([[], [null, 5]]);
    expect(g.numberFormats?.[1]?.[1] ?? null).toBeNull();
  });
});
