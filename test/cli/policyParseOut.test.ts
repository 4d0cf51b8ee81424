/**
 * `policy parse TEXT --out pack.json` on a text of every house style gives a 政策包 that `validate --policy` and
 * `summary --policy` accept (child processes, as a clerk would run them).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOUSE_STYLES } from '../policy/houseStyles';
import { tempDir, writeProjectLedger } from './fixtures';
import { runCli } from './runCli';

const dir = tempDir('taizhang-policy-out-');
const ledger = join(dir, '项目台账.xlsx');
beforeAll(() => writeProjectLedger(ledger));

describe.each(HOUSE_STYLES.map((s, i) => ({ ...s, file: `style-${i + 1}` })))('$name', (style) => {
  const text = join(dir, `${style.file}.md`);
  const pack = join(dir, `${style.file}.json`);

  it('policy parse --out writes a pack with every measure and flags the new units', async () => {
    writeFileSync(text, style.text, 'utf8');
    const r = await runCli(['policy', 'parse', text, '--out', pack]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已写入政策包：${pack}`);
    expect(r.stdout).toContain('请核对');
    const json = JSON.parse(readFileSync(pack, 'utf8')) as {
      measures: { number: number; lead: string[] }[];
      units: { name: string; review?: string }[];
    };
    expect(json.measures.map((m) => m.number)).toEqual(style.items.map((i) => i.number));
    expect(json.units.filter((u) => u.review === '新单位，请核对').length).toBeGreaterThan(0);
  });

  it('validate --policy and summary --policy accept the pack', async () => {
    const v = await runCli(['validate', ledger, '--policy', pack, '--json']);
    // The only line on stderr is the notice saying which pack is in use (the CLI announces a --policy pack).
    expect([v.code, v.stderr]).toEqual([expect.any(Number), expect.stringMatching(/^(使用政策包文件 [^\n]*\n)?$/)]);
    expect(v.code).not.toBe(2);
    expect(v.stderr).not.toMatch(/有误|at .*\.ts:\d+/); // at most the line naming the pack in use
    expect(JSON.parse(v.stdout).files[0].sheets[0].kind).toBe('project');
    const s = await runCli([
      'summary',
      ledger,
      '--policy',
      pack,
      '--out',
      join(dir, `${style.file}-汇总.xlsx`),
      '--json',
    ]);
    expect(s.code).not.toBe(2);
    expect(JSON.parse(s.stdout).targets).toEqual([]); // another document: 2023's targets are not carried over
  });
});

test('--json carries the notes, and --out never overwrites the text', async () => {
  const text = join(dir, 'notes.md');
  writeFileSync(text, HOUSE_STYLES[3].text, 'utf8');
  const r = await runCli(['policy', 'parse', text, '--json']);
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.stdout) as { notes: { kind: string; measure?: number }[] };
  expect(doc.notes.find((n) => n.kind === 'number-inferred')?.measure).toBe(3);
  // A text saved as .json: writing the pack "onto" it (another spelling of the same path) is refused.
  const asJson = join(dir, 'policy.json');
  writeFileSync(asJson, HOUSE_STYLES[3].text, 'utf8');
  const same = await runCli(['policy', 'parse', asJson, '--out', join(dir, '.', 'policy.json')]);
  expect([same.code, same.stderr]).toEqual([2, expect.stringContaining('输出文件不能是政策原文')]);
  expect(readFileSync(asJson, 'utf8')).toBe(HOUSE_STYLES[3].text);
  const bad = await runCli(['policy', 'parse', text, '--out', join(dir, 'pack.txt')]);
  expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('必须以 .json 结尾')]);
  expect(readFileSync(text, 'utf8')).toBe(HOUSE_STYLES[3].text);
});

test('--base: a second text built over the first pack knows the units the first one added', async () => {
  const first = join(dir, 'base-first.md');
  const second = join(dir, 'base-second.md');
  writeFileSync(first, '1.新建书房3个。（区文广旅局牵头，区教育局配合）', 'utf8');
  writeFileSync(second, '1.改造场馆2个。（区文广旅局牵头）', 'utf8');
  const firstPack = join(dir, 'base-first.json');
  expect((await runCli(['policy', 'parse', first, '--out', firstPack])).code).toBe(0);
  const r = await runCli(['policy', 'parse', second, '--base', firstPack, '--json']);
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.stdout) as { notes: { kind: string }[]; units: { name: string; review?: string }[] };
  expect(doc.units).toEqual([{ name: '区文广旅局', kind: 'bureau', aliases: [], review: '新单位，请核对' }]); // still flagged: nobody confirmed it
  expect(doc.notes.filter((n) => n.kind === 'new-unit')).toEqual([]);
  const bad = await runCli(['policy', 'parse', second, '--base', join(dir, '没有.json')]);
  expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('找不到政策包文件')]);
});

test('policy parse reads a .docx (paragraphs and a task table), and says what it cannot read', async () => {
  const { strToU8, zipSync } = await import('fflate');
  const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
  const tc = (t: string) => `<w:tc>${p(t)}</w:tc>`;
  const body =
    p('2024年重点任务清单') +
    `<w:tbl>${['序号|工作任务|牵头单位|配合单位', '1|新建基站200个|区工信局|区住建局、各街道'].map((r) => `<w:tr>${r.split('|').map(tc).join('')}</w:tr>`).join('')}</w:tbl>`;
  const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  const docx = join(dir, '任务清单.docx');
  writeFileSync(docx, zipSync({ 'word/document.xml': strToU8(xml) }));
  const r = await runCli(['policy', 'parse', docx, '--json']);
  expect([r.code, r.stderr]).toEqual([0, '']);
  expect((JSON.parse(r.stdout) as { measures: { lead: string[]; coop: string[] }[] }).measures).toMatchObject([
    { lead: ['区工信局'], coop: ['区住建局', '各街道'] },
  ]);
  const xlsx = join(dir, '不是文档.docx');
  writeFileSync(xlsx, zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }));
  const bad = await runCli(['policy', 'parse', xlsx]);
  expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('不是 Word 文档')]);
  const doc = join(dir, '旧版.doc');
  writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
  const old = await runCli(['policy', 'parse', doc]);
  expect([old.code, old.stderr]).toEqual([2, expect.stringContaining('旧版 .doc')]);
});
