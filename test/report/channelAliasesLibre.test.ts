/**
 * A reserve library whose 资金渠道 cells are typed with aliases (专项债 for 专项债券) through `summary` as a child
 * process, then recalculated by LibreOffice with every formula's cached result removed: the channel targets are
 * live formulas (a "*name*" term and an exact term per alias), and LibreOffice computes the engine's figures
 * (an exact "专项债" must not also match 专项债券 cells, or the library would count 1.2亿 twice).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { tempDir } from '../cli/fixtures';
import { runCli } from '../cli/runCli';
import { makeLedgers, type LedgerFixtures } from '../fixtures/makeLedgers';

let fx: LedgerFixtures;
let dir: string;
const out = (n: string) => join(dir, n);

beforeAll(async () => {
  fx = await makeLedgers();
  dir = tempDir('taizhang-channel-alias-');
});
afterAll(() => {
  rmSync(fx.dir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

/** The summary's own sheets with every formula's cached result removed, and the formulas they hold. */
function uncached(bytes: Uint8Array, input: Record<string, Uint8Array>): { bytes: Uint8Array; formulas: string[] } {
  const o = unzipSync(bytes);
  const formulas: string[] = [];
  for (const k of Object.keys(o)) {
    if (input[k] || !/^xl\/worksheets\/sheet\d+\.xml$/.test(k)) continue;
    const xml = strFromU8(o[k]);
    for (const m of xml.matchAll(/<f>([^<]*)<\/f>/g))
      formulas.push(m[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    o[k] = strToU8(xml.replace(/(<c [^>]*?)( t="str")?>(<f>[^<]*<\/f>)<v>[^<]*<\/v><\/c>/g, '$1>$3</c>'));
  }
  return { bytes: zipSync(o), formulas };
}

function csvRows(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .map((l) =>
      l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')),
    );
}

test('LibreOffice computes the alias-aware channel formulas to the engine figures', async () => {
  const r = await runCli(['summary', fx.files.projects, '--out', out('汇总.xlsx'), '--as-of', '2023-10-31', '--json']);
  expect(r.code === 0 || r.code === 1).toBe(true); // 1: the fixtures' messy cells leave a coverage gap
  const input = unzipSync(new Uint8Array(readFileSync(fx.files.projects)));
  const { bytes, formulas } = uncached(new Uint8Array(readFileSync(out('汇总.xlsx'))), input);
  expect(formulas.some((f) => f.includes('"*专项债券*"') && f.includes('"专项债")'))).toBe(true);
  writeFileSync(out('uncached.xlsx'), bytes);
  mkdirSync(out('csv'), { recursive: true });
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${out('lo-profile')}`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      out('csv'),
      out('uncached.xlsx'),
    ],
    { cwd: dir, stdio: 'ignore', timeout: 240_000 },
  );
  const rows = csvRows(readFileSync(out('csv/uncached-目标完成情况.csv'), 'utf8'));
  const doc = JSON.parse(r.stdout) as { targets: { id: string; label: string; actual: number | null }[] };
  const channelTargets = doc.targets.filter((t) => t.id.startsWith('library-'));
  expect(channelTargets).toHaveLength(5);
  for (const t of channelTargets) {
    const row = rows.find((x) => x[1] === t.label)!;
    expect([t.id, Number(row[4])]).toEqual([t.id, expect.closeTo(t.actual!, 6)]);
    expect([t.id, row[10]]).toEqual([t.id, '一致']);
  }
  expect(doc.targets.find((t) => t.id === 'library-special-bonds')!.actual).toBeCloseTo(4.2, 9); // 1.2 + 3 (专项债)
}, 300_000);
