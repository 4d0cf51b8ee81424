/**
 * `taizhang demo`: runs validate (with a marked copy), fill, summary and policy parse on the bundled samples
 * into ./taizhang-demo/ and says what it did, in Chinese (or English with --lang en).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { wanToYi } from '../core/parse/amountUnits';
import { parsePolicyText } from '../core/policy';
import { coverageLines } from '../core/report';
import { countByType, ISSUE_CATALOGUE, type Issue } from '../core/validate';
import { SEVERITY_WORDS, severityCountsText, wordOf } from '../core/words';
import { parseCommandArgs, stringOpt } from './args';
import { UsageError } from './errors';
import { t, type CliIO } from './io';
import { readPolicyText } from './policyParse';
import { runCompare } from './compare';
import { runFill } from './fill';
import { runSummary, targetTable } from './summary';
import { renderTable } from './table';
import { issueLine, runValidate } from './validate';

export const SAMPLES = {
  projects: '项目台账-源汇区2023.xlsx',
  previousWeek: '项目台账-源汇区2023-上周.xlsx',
  reserve: '储备项目库.xlsx',
  measures: '措施任务台账.xlsx',
  units: ['区工信局.xlsx', '沙澧高新区.xlsx', '空冢郭镇.xlsx'],
  policy: '源政办〔2023〕5号.md',
} as const;

/** samples/ at the repository root (src/cli → ../../samples), whatever the working folder. */
export function samplesDir(): string {
  return resolve(__dirname, '..', '..', 'samples');
}

function topIssues(issues: Issue[], io: CliIO): string[] {
  const rows = countByType(issues, ISSUE_CATALOGUE, io.lang)
    .sort((a, b) => b.count - a.count)
    .slice(0, 8)
    .map((c) => [c.code, c.title, wordOf(SEVERITY_WORDS[c.severity], io.lang), String(c.count)]);
  return renderTable(t(io, '代码|问题|级别|条数', 'Code|Issue|Severity|Count').split('|'), rows, [3]);
}

/** Where the demo reads its samples and writes its output, and how it speaks. */
interface Demo {
  io: CliIO;
  say: (line: string) => void;
  sample: (name: string) => string;
  outDir: string;
}

export async function demoCommand(argv: string[], io: CliIO): Promise<number> {
  const p = parseCommandArgs('demo', argv, { 'out-dir': { type: 'string' }, samples: { type: 'string' } });
  const dir = resolve(stringOpt(p, 'samples') ?? samplesDir());
  const outDir = resolve(stringOpt(p, 'out-dir') ?? 'taizhang-demo');
  const sample = (name: string) => join(dir, name);
  if (!existsSync(sample(SAMPLES.projects))) {
    throw new UsageError(
      `找不到样例文件：${sample(SAMPLES.projects)}（先运行 npm run samples）。`,
      `Sample files not found in ${dir} (run npm run samples).`,
    );
  }
  const say = io.out;
  const demo: Demo = { io, say, sample, outDir };

  say(t(io, `台账助手演示：样例 ${dir}，输出 ${outDir}`, `Taizhang demo: samples in ${dir}, output in ${outDir}`));
  say('');
  const steps: [zh: string, en: string, run: (d: Demo) => Promise<void>][] = [
    ['一、校验台账', '1. Validate the ledgers', validateStep],
    ['二、填充责任单位', '2. Fill lead units', fillStep],
    ['三、汇总与目标进度', '3. Summary and target progress', summaryStep],
    ['四、台账周报（与上周比较）', '4. Weekly report (against last week)', compareStep],
  ];
  for (const [zh, en, run] of steps) {
    say(t(io, zh, en));
    await run(demo);
    say('');
  }
  if (existsSync(sample(SAMPLES.policy))) {
    say(t(io, '五、解析政策文本', '5. Parse the policy text'));
    await policyStep(demo);
    say('');
  }
  say(
    t(
      io,
      '完成。用 Excel 打开 taizhang-demo/ 中的文件查看标注、问题清单和汇总表（含图表）。',
      'Done. Open the files in taizhang-demo/ in Excel to see the marks, the issues list and the summary sheets (with charts).',
    ),
  );
  return 0;
}

/** The project ledger validated with a marked copy (counts, the most frequent codes, the first errors); then the others. */
async function validateStep({ io, say, sample, outDir }: Demo): Promise<void> {
  const marked = join(outDir, '项目台账-已标注.xlsx');
  const v = await runValidate({ files: [sample(SAMPLES.projects)], out: marked, lang: io.lang }, io);
  say(`  ${SAMPLES.projects}${t(io, '：', ': ')}${severityCountsText(v.json.counts, io.lang)}`);
  for (const line of topIssues(v.issues, io)) say(`    ${line}`);
  say(t(io, '  前几条：', '  First findings:'));
  for (const i of v.issues.filter((x) => x.severity === 'error').slice(0, 5)) say(`    ${issueLine(i, io)}`);
  for (const name of [SAMPLES.reserve, SAMPLES.measures]) {
    const r = await runValidate({ files: [sample(name)], lang: io.lang }, io);
    say(`  ${name}${t(io, '：', ': ')}${severityCountsText(r.json.counts, io.lang)}`);
  }
  say(t(io, `  → 标注副本：${marked}（问题单元格着色、批注说明，附问题清单及链接）`, `  → marked copy: ${marked}`));
}

/** Lead units filled in three ledgers, each into its own copy. */
async function fillStep({ io, say, sample, outDir }: Demo): Promise<void> {
  for (const [name, outName] of [
    [SAMPLES.projects, '项目台账-已填充.xlsx'],
    [SAMPLES.measures, '措施任务台账-已填充.xlsx'],
    [SAMPLES.reserve, '储备项目库-已填充.xlsx'],
  ] as const) {
    const f = await runFill({
      file: sample(name),
      out: join(outDir, outName),
      overwrite: false,
      normalise: true,
      lang: io.lang,
    });
    const k = f.json.counts;
    say(
      t(
        io,
        `  ${name}：新填 ${k.fill} 处，规范名称 ${k.normalise} 处，冲突 ${k.conflicts} 处，未匹配 ${k.unmatched} 行 → ${f.out}`,
        `  ${name}: filled ${k.fill}, normalised ${k.normalise}, ${k.conflicts} conflicts, ${k.unmatched} unmatched → ${f.out}`,
      ),
    );
    for (const e of f.json.edits.filter((x) => x.kind === 'fill').slice(0, 3))
      say(`    ${e.sheet}!${e.cell} → ${e.new}（${e.reason}）`);
  }
}

/** The project and reserve ledgers summarised against the targets; then three units' ledgers consolidated. */
async function summaryStep({ io, say, sample, outDir }: Demo): Promise<void> {
  const s = await runSummary(
    {
      files: [sample(SAMPLES.projects), sample(SAMPLES.reserve)],
      out: join(outDir, '汇总-源汇区2023.xlsx'),
      lang: io.lang,
    },
    io,
  );
  const tot = s.summary.totals;
  say(
    t(
      io,
      `  截至 ${s.summary.asOf}：项目 ${tot.projects} 个（亿元以上 ${tot.projects1e8} 个），已完成投资 ${wanToYi(tot.completed).toFixed(2)} 亿元`,
      `  As of ${s.summary.asOf}: ${tot.projects} projects (${tot.projects1e8} of 1亿+), completed ${wanToYi(tot.completed).toFixed(2)}亿元`,
    ),
  );
  for (const line of targetTable(s.summary, io)) say(`    ${line}`);
  for (const line of (s.summary.coverage ?? []).flatMap((e) => coverageLines(e, io.lang)))
    say(t(io, `  未计入：${line}`, `  Not counted: ${line}`));
  say(t(io, `  → 汇总表：${s.out}`, `  → summary workbook: ${s.out}`));
  for (const n of s.snapshotNotes ?? []) say(`  ${io.lang === 'en' ? (n.en ?? n.zh) : n.zh}`);
  const u = await runSummary(
    { files: SAMPLES.units.map(sample), out: join(outDir, '三单位汇总.xlsx'), lang: io.lang },
    io,
  );
  say(
    t(
      io,
      `  三个单位台账合并：项目 ${u.summary.totals.projects} 个，重复项目 ${u.summary.duplicates.length} 个（只计一次）→ ${u.out}`,
      `  Three units consolidated: ${u.summary.totals.projects} projects, ${u.summary.duplicates.length} duplicates counted once → ${u.out}`,
    ),
  );
  for (const d of u.summary.duplicates) say(`    ${d.name}：${d.occurrences.map((o) => o.source).join('、')}`);
}

/** Last week's ledger against this week's. */
async function compareStep({ io, say, sample, outDir }: Demo): Promise<void> {
  const w = await runCompare({
    files: [sample(SAMPLES.previousWeek), sample(SAMPLES.projects)],
    out: join(outDir, '台账周报.xlsx'),
  });
  const wc = w.comparison;
  say(
    t(
      io,
      `  ${SAMPLES.previousWeek} → ${SAMPLES.projects}：匹配 ${wc.matched.length} 个项目，本期新增完成投资 ${wanToYi(wc.totals.newThisPeriod).toFixed(2)} 亿元，需要核对的变动 ${wc.findings.length} 条`,
      `  ${SAMPLES.previousWeek} → ${SAMPLES.projects}: ${wc.matched.length} matched, ${wanToYi(wc.totals.newThisPeriod).toFixed(2)}亿元 completed this week, ${wc.findings.length} changes to check`,
    ),
  );
  for (const f of wc.findings.slice(0, 3)) say(`    ${f.message}`);
  say(t(io, `  → 周报：${w.out}`, `  → weekly report: ${w.out}`));
}

/** The bundled policy text parsed into measures, units and targets. */
async function policyStep({ io, say, sample }: Demo): Promise<void> {
  const parsed = parsePolicyText(await readPolicyText(sample(SAMPLES.policy)));
  say(
    t(
      io,
      `  ${parsed.document.number}：识别措施 ${parsed.measures.length} 条、责任单位 ${parsed.units.length} 个、量化目标 ${parsed.measures.reduce((n, m) => n + m.targets.length, 0)} 项`,
      `  ${parsed.document.number}: ${parsed.measures.length} measures, ${parsed.units.length} units, ${parsed.measures.reduce((n, m) => n + m.targets.length, 0)} targets`,
    ),
  );
}
