/** The cell surgery on sheet XML: only the patched `<c>` elements change, wherever and however they are written. */
import { patchSheetCells, readCellXml } from '../../src/xlsx/write/sheetCells';
import { valueCell } from '../../src/xlsx/write/cellXml';
import { limitCellText, MAX_CELL_CHARS, ooxmlText, sheetNameProblem } from '../../src/xlsx/write/xmlText';

const head = '<?xml version="1.0"?><worksheet xmlns="m"><dimension ref="A1:C3"/>';
const tail = '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>';
const sheet = (rows: string) => `${head}<sheetData>${rows}</sheetData>${tail}`;

test('replaces a cell and keeps every other byte, including its neighbours and the XML around sheetData', () => {
  const xml = sheet(
    '<row r="1" spans="1:3"><c r="A1" s="2" t="s"><v>0</v></c><c r="B1" s="5"><v>7</v></c></row><row r="3"><c r="C3"><f>A1</f><v>1</v></c></row>',
  );
  const { xml: out, before } = patchSheetCells(xml, [{ row: 0, col: 1, xml: '<c r="B1" s="5"><v>8</v></c>' }]);
  expect(out).toBe(xml.replace('<c r="B1" s="5"><v>7</v></c>', '<c r="B1" s="5"><v>8</v></c>'));
  expect(before).toEqual([{ row: 0, col: 1, xml: '<c r="B1" s="5"><v>7</v></c>' }]);
  // The same function undoes it exactly.
  expect(patchSheetCells(out, before).xml).toBe(xml);
});

test('inserts cells in column order and rows in row order, and removes them again', () => {
  const xml = sheet(
    '<row r="2"><c r="B2"><v>1</v></c><c r="E2"><v>2</v></c></row><row r="5"><c r="A5"><v>3</v></c></row>',
  );
  const patches = [
    { row: 1, col: 3, xml: '<c r="D2"><v>9</v></c>' },
    { row: 1, col: 2, xml: '<c r="C2"><v>8</v></c>' },
    { row: 1, col: 6, xml: '<c r="G2"><v>7</v></c>' },
    { row: 1, col: 7, xml: '<c r="H2"><v>6</v></c>' },
    { row: 1, col: 0, xml: '<c r="A2"><v>5</v></c>' },
    { row: 3, col: 0, xml: '<c r="A4"><v>4</v></c>' },
    { row: 9, col: 0, xml: '<c r="A10"><v>0</v></c>' },
    { row: 0, col: 0, xml: '<c r="A1"><v>1</v></c>' },
  ];
  const { xml: out, before } = patchSheetCells(xml, patches);
  const refs = [...out.matchAll(/<c r="([A-Z]+\d+)"/g)].map((m) => m[1]);
  expect(refs).toEqual(['A1', 'A2', 'B2', 'C2', 'D2', 'E2', 'G2', 'H2', 'A4', 'A5', 'A10']);
  expect(out).toContain('<row r="4"><c r="A4"><v>4</v></c></row><row r="5">');
  const undone = patchSheetCells(out, before).xml;
  expect(undone).toBe(xml); // the rows we added go again
});

test('rows and cells without r attributes are placed by their order; prefixed elements and <sheetData/> work', () => {
  const xml = sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c t="b"><v>1</v></c></row>');
  expect(
    readCellXml(xml, [
      { row: 0, col: 1 },
      { row: 1, col: 0 },
      { row: 1, col: 1 },
    ]),
  ).toEqual(['<c><v>2</v></c>', '<c t="b"><v>1</v></c>', null]);
  const prefixed =
    '<x:worksheet xmlns:x="m"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>';
  const out = patchSheetCells(prefixed, [{ row: 0, col: 1, xml: valueCell('B1', 0, 'x', 'x:') }]).xml;
  expect(out).toContain(
    '<x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t xml:space="preserve">x</x:t></x:is></x:c></x:row>',
  );
  const empty = patchSheetCells(`${head}<sheetData/>${tail}`, [{ row: 2, col: 2, xml: '<c r="C3"><v>1</v></c>' }]).xml;
  expect(empty).toContain('<sheetData><row r="3"><c r="C3"><v>1</v></c></row></sheetData>');
});

test('text is written as an inline string, never a formula, escaped and within 32,767 characters', () => {
  expect(valueCell('A1', 3, '=SUM(1)', '')).toBe(
    '<c r="A1" s="3" t="inlineStr"><is><t xml:space="preserve">=SUM(1)</t></is></c>',
  );
  expect(valueCell('A1', 0, 'a<b&"c"', '')).toContain('a&lt;b&amp;"c"');
  expect(ooxmlText('\u001b[2J_x0041_')).toBe('_x001B_[2J_x005F_x0041_');
  expect(valueCell('A1', 0, null)).toBeNull();
  expect(valueCell('A1', 4, null)).toBe('<c r="A1" s="4"/>');
  const long = limitCellText('源'.repeat(MAX_CELL_CHARS + 31));
  expect(long.length).toBe(MAX_CELL_CHARS);
  expect(long.endsWith('已截断）')).toBe(true);
  expect(limitCellText('x'.repeat(MAX_CELL_CHARS))).toBe('x'.repeat(MAX_CELL_CHARS));
  // A surrogate pair is not split by the cut.
  const emoji = limitCellText('😀'.repeat(20000));
  expect(emoji.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
  expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(emoji)).toBe(false);
});

test('sheet names: at most 31 characters, none of [ ] : * ? / \\', () => {
  expect(sheetNameProblem('目标完成情况')).toBeNull();
  expect(sheetNameProblem('x'.repeat(32))?.zh).toContain('31');
  for (const bad of ['a[b', 'a]b', 'a:b', 'a*b', 'a?b', 'a/b', 'a\\b', '', "'x"])
    expect(sheetNameProblem(bad)).not.toBeNull();
});
