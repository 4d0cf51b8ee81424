/** Each hard limit refuses with one line naming the number and the limit, before the memory is spent. */
import { openXlsx } from '../../src/xlsx/read';
import { errnoText, KNOWN_ERRNO } from '../../src/xlsx/errno';
import { fastLedger } from './fastLedger';
import { makePackage } from './makePackage';

function refusal(f: () => unknown): { code: string; zh: string } {
  try {
    f();
  } catch (e) {
    const { code, zh } = e as { code: string; zh: string };
    expect(zh).not.toMatch(/\n/);
    return { code, zh };
  }
  throw new Error('expected a refusal');
}

const ledger = fastLedger({ rows: 200 });

test.each([
  [{ maxFileBytes: 1000 }, /大小（.*）超过上限 1000 B/],
  [{ maxPartBytes: 10_000 }, /解压后的大小（.*）超过上限 9\.8 KB/],
  [{ maxTotalBytes: 20_000 }, /工作簿解压后的总大小（.*）超过上限/],
  [{ maxSharedStrings: 10 }, /共享字符串的条数（11）超过上限 10/],
  [{ maxStringLength: 3 }, /共享字符串第 \d+ 项的长度（\d+）超过上限 3/],
])('limit %j', (limits, words) => {
  const r = refusal(() => openXlsx(ledger, limits).readGrid('项目台账'));
  expect(r.code).toBe('limit');
  expect(r.zh).toMatch(words);
});

test('rows and cells: from the dimension before reading, from the count while reading', () => {
  expect(refusal(() => openXlsx(ledger, { maxCellsPerSheet: 1000 }).readGrid('项目台账')).zh).toMatch(
    /单元格数（\d{1,3}(,\d{3})*）超过上限 1,000/,
  );
  expect(refusal(() => openXlsx(ledger, { maxRows: 100 }).readGrid('项目台账')).zh).toMatch(/行号（101）超过上限 100/);
  const declared = makePackage([{ name: 'S', body: '<dimension ref="A1:B2000000"/><sheetData/>' }]);
  expect(refusal(() => openXlsx(declared).readGrid('S')).zh).toMatch(/行号（2,000,000）超过上限 1,048,576/);
  // One stray cell at XFD fills its row with 16,384 cells: counted, so 100 such rows cannot take the memory.
  const stray = makePackage([
    {
      name: 'S',
      body: `<sheetData>${Array.from({ length: 100 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join('')}</sheetData>`,
    },
  ]);
  expect(refusal(() => openXlsx(stray, { maxCellsPerSheet: 1_000_000 }).readGrid('S')).zh).toMatch(
    /单元格数.*超过上限 1,000,000/,
  );
  expect(refusal(() => openXlsx(ledger, { maxTotalCells: 500 }).readGrid('项目台账')).zh).toMatch(/工作簿的单元格总数/);
});

test('a DOCTYPE (entity expansion) is refused', () => {
  const book = makePackage([{ name: 'S' }], [], {
    'xl/sharedStrings.xml': '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><sst><si><t>&a;</t></si></sst>',
  });
  expect(refusal(() => openXlsx(book)).code).toBe('xml-doctype');
});

test('every common errno reads as Chinese', () => {
  for (const code of [
    'ENOENT',
    'EACCES',
    'EPERM',
    'EROFS',
    'ENOSPC',
    'EISDIR',
    'ENOTDIR',
    'EBUSY',
    'EMFILE',
    'ENAMETOOLONG',
    'EXDEV',
    'EIO',
    'ELOOP',
  ]) {
    expect(KNOWN_ERRNO).toContain(code);
    expect(errnoText({ code }).zh).toMatch(/[\u4e00-\u9fff]/);
  }
  expect(errnoText({ code: 'EWHATEVER' }).zh).toBe('系统错误（EWHATEVER）');
});
