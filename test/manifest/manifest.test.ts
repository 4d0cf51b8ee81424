import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the checker is plain CommonJS shared with `npm run validate`
const { checkManifest } = require('../../scripts/manifestCheck') as {
  checkManifest: (
    xml: string,
    o: { assetsDir?: string; minExcelApi?: string },
  ) => Promise<{ errors: string[]; excelApi: string | null; origin: string | null }>;
};

import { MIN_EXCEL_API } from '../../src/excel/requirements';

const root = join(__dirname, '..', '..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
const assetsDir = join(root, 'assets');

describe('manifest.xml offline check', () => {
  it("passes as shipped: zh-CN default, en-US overrides, ExcelApi 1.7 (the adapter's floor), one https origin", async () => {
    const r = await checkManifest(manifest, { assetsDir, minExcelApi: MIN_EXCEL_API });
    expect(r.errors).toEqual([]);
    expect(r.excelApi).toBe('1.7');
    expect(r.origin).toBe('https://localhost:3000');
  });

  const broken: [string, (m: string) => string, RegExp][] = [
    ['an unresolved resid', (m) => m.replace('resid="Taskpane.Url"', 'resid="Taskpane.Nope"'), /Taskpane\.Nope/],
    [
      'an http URL',
      (m) => m.replace('https://localhost:3000/commands.html', 'http://localhost:3000/commands.html'),
      /https/,
    ],
    [
      'a second origin',
      (m) => m.replace('https://localhost:3000/assets/icon-80.png', 'https://cdn.example.com/icon-80.png'),
      /源不一致/,
    ],
    [
      'a missing en-US override',
      (m) => m.replace('<bt:Override Locale="en-US" Value="Taizhang"/>', ''),
      /Taizhang\.Group\.Label/,
    ],
    [
      'elements out of order',
      (m) => m.replace(/(<Version>1\.0\.0\.0<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, '$2$1'),
      /位置不对/,
    ],
    [
      'a wrong permission',
      (m) => m.replace('<Permissions>ReadWriteDocument', '<Permissions>ReadDocument'),
      /ReadWriteDocument/,
    ],
    [
      'an icon of the wrong size',
      (m) => m.replace('assets/icon-80.png', 'assets/icon-64.png'),
      /icon-64\.png 是 64×64，应为 80×80/,
    ],
    ['a missing icon file', (m) => m.replace('assets/icon-16.png', 'assets/icon-17.png'), /图标文件不存在/],
    ['a duplicate resource id', (m) => m.replace('<bt:Image id="Icon.32x32"', '<bt:Image id="Icon.16x16"'), /重复/],
    ['no ExcelApi requirement', (m) => m.replace('<Set Name="ExcelApi" MinVersion="1.7"/>', ''), /ExcelApi/],
    [
      "a floor other than the adapter's",
      (m) => m.replace('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.9"/>'),
      /与加载项的最低要求 ExcelApi 1\.7/,
    ],
  ];
  it.each(broken)('reports %s', async (_label, mutate, expected) => {
    const mutated = mutate(manifest);
    expect(mutated).not.toBe(manifest);
    const r = await checkManifest(mutated, { assetsDir, minExcelApi: MIN_EXCEL_API });
    expect(r.errors.join('\n')).toMatch(expected);
  });
});
