/** The streamed sheet read (chunk by chunk, cut at `</row>`) gives exactly the grid of the whole-part read. */
import { unzipSync } from 'fflate';
import { openXlsx, DEFAULT_LIMITS } from '../../src/xlsx/read';
import { lastRowEnd, readSheet, readSheetChunks } from '../../src/xlsx/read/sheetReader';
import { fastLedger } from './fastLedger';
import { FEATURE_BODY, FEATURE_SST, makePackage } from './makePackage';

function ctxOf(bytes: Uint8Array) {
  const pkg = openXlsx(bytes);
  return {
    name: 'S',
    part: 'xl/worksheets/sheet1.xml',
    sharedStrings: pkg.sharedStrings,
    styles: pkg.styles,
    limits: DEFAULT_LIMITS,
    cellsSoFar: 0,
  };
}

function inPieces(xml: Uint8Array, size: number) {
  return (onChunk: (c: Uint8Array) => void) => {
    for (let i = 0; i < xml.length; i += size) onChunk(xml.slice(i, i + size));
  };
}

test.each([1, 7, 64, 1000])('the feature sheet cut every %i bytes reads as the whole', (size) => {
  const book = makePackage([{ name: 'S', body: FEATURE_BODY }], FEATURE_SST);
  const xml = unzipSync(book)['xl/worksheets/sheet1.xml'];
  const ctx = ctxOf(book);
  expect(readSheetChunks(inPieces(xml, size), ctx)).toEqual(readSheet(xml, ctx));
});

test('a prefixed sheet (x:row) cut in pieces reads as the whole', () => {
  const xml = new TextEncoder().encode(
    '<x:worksheet xmlns:x="m"><x:sheetData>' +
      Array.from({ length: 50 }, (_, i) => `<x:row r="${i + 1}"><x:c r="A${i + 1}"><x:v>${i}</x:v></x:c></x:row>`).join(
        '',
      ) +
      '</x:sheetData></x:worksheet>',
  );
  const ctx = { ...ctxOf(makePackage([{ name: 'S' }])), name: 'S' };
  expect(readSheetChunks(inPieces(xml, 5), ctx)).toEqual(readSheet(xml, ctx));
  expect(lastRowEnd(new TextEncoder().encode('<row r="1"><c/></row><row r="2">'))).toBe(21);
  expect(lastRowEnd(new TextEncoder().encode('<sheetData><row r="1">'))).toBe(-1);
});

test('a 5,000-row ledger streamed from the zip equals the same part read whole', () => {
  const book = fastLedger({ rows: 5000 });
  const pkg = openXlsx(book);
  const streamed = pkg.readGrid('项目台账');
  const whole = readSheet(unzipSync(book)['xl/worksheets/sheet1.xml'], { ...ctxOf(book), name: '项目台账' });
  expect(streamed).toEqual(whole);
  expect(streamed.rowCount).toBe(5003);
});

test('with the host inflater (zlib), every part and grid is the same as with fflate', () => {
  const { inflateRawSync } = jest.requireActual('node:zlib') as typeof import('node:zlib');
  const book = makePackage([{ name: 'S', body: FEATURE_BODY, comments: true }], FEATURE_SST);
  const inflateRaw = (data: Uint8Array, size: number) =>
    new Uint8Array(inflateRawSync(data, { maxOutputLength: Math.max(1, size) }));
  const native = openXlsx(book, {}, { inflateRaw });
  const plain = openXlsx(book);
  expect(native.readGrid('S')).toEqual(plain.readGrid('S'));
  expect(native.sharedStrings).toEqual(plain.sharedStrings);
  for (const [k, v] of plain.entries) expect(Buffer.from(native.entries.get(k)!).equals(Buffer.from(v))).toBe(true);
});
