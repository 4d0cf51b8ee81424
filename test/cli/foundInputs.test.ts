/**
 * Issue 13, "Found" 2–5 as child processes: big and crafted sheets read or refused in one line, the files other
 * tools write read, other formats named for what they are, a workbook's own pack announced and two packs stopped,
 * and no control character from a cell ever reaches the terminal raw.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { ledgerParts, fastLedger } from '../xlsx/fastLedger';
import { makePackage } from '../xlsx/makePackage';
import { cfbWithStreams, tempDir } from './fixtures';
import { expectRead, expectRefused, limited, run, tempFilesUnder } from './foundHelpers';

let dir: string;
const f = (name: string) => join(dir, name);

/** Rewrites the uncompressed size a zip declares for one entry (local header and central directory alike). */
function declareSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = strToU8(entry);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    const [nameAt, sizeAt, nameLen] =
      sig === 0x02014b50
        ? [i + 46, i + 24, view.getUint16(i + 28, true)]
        : sig === 0x04034b50
          ? [i + 30, i + 22, view.getUint16(i + 26, true)]
          : [0, 0, -1];
    if (nameLen !== name.length || !name.every((c, k) => out[nameAt + k] === c)) continue;
    view.setUint32(sizeAt, size, true);
  }
  return out;
}

/** A small ledger that carries a pack in its settings sheet; `target` changes the 270亿元 investment target. */
function withPack(target: number, damage = false): Uint8Array {
  const pack = JSON.parse(readFileSync(join(__dirname, '..', '..', 'src', 'policies', 'yuanhui-2023.json'), 'utf8'));
  for (const t of pack.targets ?? []) if (t.id === 'investment-2023') t.value = target;
  if (damage) delete pack.measures;
  const text = JSON.stringify({ policyPack: JSON.stringify(pack), rules: {} });
  const rows: string[] = [];
  for (let i = 0, r = 1; i < text.length; i += 30000, r++) {
    rows.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${text
        .slice(i, i + 30000)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')}</t></is></c></row>`,
    );
  }
  const { body, sst } = ledgerParts({ rows: 5 });
  return makePackage(
    [
      { name: '项目台账', body },
      { name: '_taizhang_settings', state: 'veryHidden', body: `<sheetData>${rows.join('')}</sheetData>` },
    ],
    sst,
  );
}

beforeAll(() => {
  dir = tempDir('taizhang-found-inputs-');
  const { body, sst } = ledgerParts({ rows: 8 });
  writeFileSync(f('批注.xlsx'), makePackage([{ name: '项目台账', body, comments: true, targets: 'absolute' }], sst));
  writeFileSync(f('图表.xlsx'), makePackage([{ name: '项目台账', body, drawingChart: true }], sst));
  writeFileSync(
    f('图表工作表.xlsx'),
    makePackage(
      [
        { name: '项目台账', body },
        { name: '图表1', chart: true },
      ],
      sst,
    ),
  );
  writeFileSync(f('改名的xls.xlsx'), cfbWithStreams('Workbook', 'SummaryInformation'));
  const ods = zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8('<office:document-content/>'),
    'META-INF/manifest.xml': strToU8('<manifest/>'),
  });
  writeFileSync(f('表格.ods'), ods);
  writeFileSync(f('改名的ods.xlsx'), ods);
  const rels =
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>';
  writeFileSync(
    f('二进制.xlsb'),
    zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      '_rels/.rels': strToU8(rels),
      'xl/workbook.bin': new Uint8Array([0x83, 0x01, 0x00]),
    }),
  );
  // "A 1 GB sheet inside a 1 MB zip", as its directory declares it; and a true bomb: 40 MB of one repeated cell.
  writeFileSync(
    f('声称1GB.xlsx'),
    declareSize(makePackage([{ name: '项目台账', body }], sst), 'xl/worksheets/sheet1.xml', 1 << 30),
  );
  const cell = '<c r="A1"><v>1</v></c>';
  writeFileSync(
    f('炸弹.xlsx'),
    makePackage([
      { name: 'S', body: `<sheetData><row r="1">${cell.repeat(40_000_000 / cell.length)}</row></sheetData>` },
    ]),
  );
  // A sheet that says it is 1,048,576 rows of 20 columns: refused from its <dimension>, before a row is read.
  writeFileSync(f('百万行声明.xlsx'), makePackage([{ name: 'S', body: `<dimension ref="A1:T1048576"/>${body}` }], sst));
  writeFileSync(f('130k行.xlsx'), fastLedger({ rows: 130_000 }));
  writeFileSync(f('XFD1048576.xlsx'), fastLedger({ rows: 10, strayLastCell: true }));
  writeFileSync(f('15万空行.xlsx'), fastLedger({ rows: 10, blankRowsBefore: 150_000 }));
  writeFileSync(f('包甲.xlsx'), withPack(300));
  writeFileSync(f('包乙.xlsx'), withPack(500));
  writeFileSync(f('坏包.xlsx'), withPack(300, true));
  writeFileSync(f('控制字符.xlsx'), fastLedger({ rows: 3, leadText: '区工信局_x001B_[2J_x0007_\u001b]0;x\u0007' }));
}, 180_000);

test('Found 2: big and crafted sheets are read, or refused in one line, quickly', async () => {
  const t0 = Date.now();
  const refused = await limited(
    [
      ['声称1GB.xlsx', /解压后的大小.*超过上限/],
      ['炸弹.xlsx', /压缩比.*疑似压缩炸弹/],
      ['百万行声明.xlsx', /单元格数（20,971,520）超过上限 4,000,000/],
    ].map(
      ([name]) =>
        () =>
          run({ args: ['validate', f(name as string)], inputs: [f(name as string)] }, dir),
    ),
  );
  expectRefused(refused[0], /解压后的大小.*超过上限/);
  expectRefused(refused[1], /压缩比.*疑似压缩炸弹/);
  expectRefused(refused[2], /单元格数（20,971,520）超过上限 4,000,000/);
  expect(Date.now() - t0).toBeLessThan(20_000);
  const read = await limited(
    [
      ['validate', f('130k行.xlsx'), '--json'],
      ['validate', f('XFD1048576.xlsx')],
      ['summary', f('XFD1048576.xlsx'), '--out', f('out/XFD汇总.xlsx')],
      ['validate', f('15万空行.xlsx')],
    ].map((args) => () => run({ args, inputs: [f('130k行.xlsx'), f('XFD1048576.xlsx'), f('15万空行.xlsx')] }, dir)),
    2,
  );
  read.forEach(expectRead);
  expect(JSON.parse(read[0].stdout).files[0].sheets[0].dataRows).toEqual({ first: 4, last: 130_003, count: 130_000 });
  expect(tempFilesUnder(dir)).toEqual([]);
}, 180_000);

test('Found 3: comments, charts and chart sheets read; other formats named for what they are', async () => {
  const readable = await limited(
    ['批注.xlsx', '图表.xlsx', '图表工作表.xlsx'].map(
      (n) => () => run({ args: ['validate', f(n)], inputs: [f(n)] }, dir),
    ),
  );
  readable.forEach(expectRead);
  const cases: [string, RegExp][] = [
    ['改名的xls.xlsx', /旧版 \.xls 格式/],
    ['表格.ods', /OpenDocument/],
    ['改名的ods.xlsx', /OpenDocument/],
    ['二进制.xlsb', /\.xlsb/],
  ];
  const runs = await limited(
    cases.map(
      ([n]) =>
        () =>
          run({ args: ['validate', f(n)], inputs: [f(n)] }, dir),
    ),
  );
  runs.forEach((r, i) => expectRefused(r, cases[i][1]));
  expect(tempFilesUnder(dir)).toEqual([]);
}, 180_000);

test("Found 4: a workbook's own pack is announced; two different packs stop the summary naming both, unless --policy", async () => {
  const [one, ab, ba, chosen] = await limited([
    () =>
      run({ args: ['summary', f('包甲.xlsx'), '--out', f('out/甲.xlsx'), '--json'], inputs: [f('包甲.xlsx')] }, dir),
    () =>
      run(
        {
          args: ['summary', f('包甲.xlsx'), f('包乙.xlsx'), '--out', f('out/甲乙.xlsx')],
          inputs: [f('包甲.xlsx'), f('包乙.xlsx')],
        },
        dir,
      ),
    () =>
      run(
        {
          args: ['summary', f('包乙.xlsx'), f('包甲.xlsx'), '--out', f('out/乙甲.xlsx')],
          inputs: [f('包甲.xlsx'), f('包乙.xlsx')],
        },
        dir,
      ),
    () =>
      run(
        {
          args: [
            'summary',
            f('包甲.xlsx'),
            f('包乙.xlsx'),
            '--out',
            f('out/定.xlsx'),
            '--policy',
            join(__dirname, '..', '..', 'src', 'policies', 'yuanhui-2023.json'),
            '--json',
          ],
          inputs: [f('包甲.xlsx'), f('包乙.xlsx')],
        },
        dir,
      ),
  ]);
  expect(one.stderr).toMatch(/使用工作簿“包甲\.xlsx”中保存的政策包：/);
  expect(JSON.parse(one.stdout).targets.find((t: { id: string }) => t.id === 'investment-2023').target).toBe(300);
  expect(JSON.parse(one.stdout).policy).toMatchObject({ source: 'workbook', file: f('包甲.xlsx') });
  expectRefused(ab, /“包甲\.xlsx”和“包乙\.xlsx”中保存的政策包不同.*--policy/);
  expectRefused(ba, /“包乙\.xlsx”和“包甲\.xlsx”中保存的政策包不同.*--policy/);
  expect(JSON.parse(chosen.stdout).targets.find((t: { id: string }) => t.id === 'investment-2023').target).toBe(270);
  expect(JSON.parse(chosen.stdout).policy.source).toBe('option');
  expect(tempFilesUnder(dir)).toEqual([]);
}, 180_000);

test('a damaged pack stored in a workbook is not used, and the run says so (never a silent fallback)', async () => {
  const r = await run(
    { args: ['summary', f('坏包.xlsx'), '--out', f('out/坏包.xlsx'), '--json'], inputs: [f('坏包.xlsx')] },
    dir,
  );
  expect(r.stderr).toMatch(/工作簿“坏包\.xlsx”中保存的政策包无法读取（.+），改用内置政策包：/);
  expect(JSON.parse(r.stdout).targets.find((t: { id: string }) => t.id === 'investment-2023').target).toBe(270);
}, 180_000);

test('Found 5: control characters in cells are shown escaped, never sent raw to the terminal', async () => {
  const r = await run({ args: ['validate', f('控制字符.xlsx')], inputs: [f('控制字符.xlsx')] }, dir);
  expectRead(r);
  // eslint-disable-next-line no-control-regex
  expect(`${r.stdout}${r.stderr}`).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  expect(r.stdout).toContain('_x001B_');
  const j = await run({ args: ['validate', f('控制字符.xlsx'), '--json'], inputs: [f('控制字符.xlsx')] }, dir);
  // eslint-disable-next-line no-control-regex
  expect(j.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  expect(tempFilesUnder(dir)).toEqual([]);
}, 180_000);
