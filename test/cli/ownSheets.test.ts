/**
 * A workbook Taizhang wrote (a summary, or a marked copy) carries Taizhang's own sheets — 目标完成情况, 分领域汇总,
 * 分责任单位汇总, 校验问题 … — next to the ledgers. Summarising or validating it again must read the ledgers only:
 * 分领域汇总 has 总投资/年度计划/完成投资 columns and would otherwise be counted as a second project ledger.
 */
import { join } from 'node:path';
import { runSummary } from '../../src/cli/summary';
import { runValidate } from '../../src/cli/validate';
import { tempDir, writeProjectLedger } from './fixtures';

const io = {
  lang: 'zh' as const,
  out: () => undefined,
  err: () => undefined,
  errIsTTY: false,
  writeErrRaw: () => undefined,
};

test('a summary workbook summarised again counts each project once', async () => {
  const dir = tempDir();
  const ledger = join(dir, '台账.xlsx');
  await writeProjectLedger(ledger);
  const first = await runSummary({ files: [ledger], out: join(dir, '汇总.xlsx'), asOf: '2023-10-31', lang: 'zh' }, io);
  expect(first.summary.totals.projects).toBe(5);

  const again = await runSummary(
    { files: [join(dir, '汇总.xlsx')], out: join(dir, '再汇总.xlsx'), asOf: '2023-10-31', lang: 'zh' },
    io,
  );
  expect(again.sources.map((s) => s.sheet)).toEqual(['项目台账']);
  expect(again.summary.totals.projects).toBe(5);
  expect(again.summary.totals.completed).toBe(first.summary.totals.completed);

  const checked = await runValidate({ files: [join(dir, '汇总.xlsx')], lang: 'zh' }, io);
  const read = checked.json.files[0].sheets.filter((s) => s.kind !== 'unknown').map((s) => s.name);
  expect(read).toEqual(['项目台账']);
});

test('the printed list names each cell once, and the marked copy note names the sheet it really adds', async () => {
  const { printValidate } = await import('../../src/cli/validate');
  const dir = tempDir();
  const ledger = join(dir, '台账.xlsx');
  await writeProjectLedger(ledger);
  const lines: string[] = [];
  const out = { ...io, out: (s: string) => lines.push(s) };
  const r = await runValidate({ files: [ledger], out: join(dir, '标注.xlsx'), lang: 'zh' }, out);
  printValidate(r, out);
  const listed = lines.filter((l) => /^\s+\[/.test(l));
  expect(listed.length).toBeGreaterThan(0);
  for (const l of listed) {
    const cell = /^\s+\[[^\]]+\] ([A-Z]+\d+)/.exec(l)?.[1];
    if (cell) expect(l.split(cell).length - 1).toBe(1);
  }
  expect(lines.join('\n')).toContain('“校验问题”');
});
