/**
 * `taizhang summary FILE... --out OUT.xlsx [--as-of YYYY-MM-DD] [--previous OLD.xlsx] [--json]`: consolidates
 * ledgers into summary sheets, keeps a snapshot of each project ledger in the output's settings for next week's
 * 台账周报, and with --previous adds the 台账周报 against last week's file.
 */
import { basename } from 'node:path';
import type { Ledger } from '../core/ledger/types';
import { buildSummaryLayouts, coverageLines } from '../core/report';
import { computeSummary, hasGap } from '../core/totals';
import type { Breakdown, Summary } from '../core/totals/types';
import { TARGET_STATUS_WORDS, wordOf } from '../core/words';
import { saveBytesFile } from '../xlsx/files';
import { freeSheetName, gridLayout } from '../xlsx/gridLayout';
import type { XlsxWorkbook } from '../xlsx/XlsxWorkbook';
import { checkDate, flag, parseCommandArgs, pathOpt, stringOpt } from './args';
import { EXIT, UsageError } from './errors';
import { t, type CliIO, type Lang } from './io';
import { Progress } from './progress';
import { fmtNumber, fmtPercent, renderTable } from './table';
import { checkOutputPath } from '../xlsx/outputPath';
import {
  checkMappedSheetsSeen,
  checkMappingArgs,
  MAPPING_OPTIONS,
  mappingArgs,
  overridesFor,
  type MappingArgs,
} from './mappingArgs';
import { choosePackFor, openWorkbook, packNotice, packSource, readLedgers } from './workbooks';
import type { Comparison } from '../core/compare';
import type { PortNote } from '../core/port/WorkbookPort';
import { compareJson, printCompare } from './compare';
import { keepSummarySnapshots, weeklyAgainst } from './summaryWeekly';

export interface SummaryOptions {
  files: string[];
  out: string;
  asOf?: string;
  policy?: string;
  sheet?: string;
  lang: Lang;
  /** --map / --mapping: the user's column mapping. */
  mapping?: MappingArgs;
  /** --previous OLD.xlsx: last week's ledger, for the 台账周报 sheet. */
  previous?: string;
  /** The clock for the snapshot's takenAt (tests pass one). */
  now?: Date;
}

export interface SummaryResult {
  summary: Summary;
  json: Record<string, unknown>;
  out: string;
  sources: { source: string; sheet: string; kind: string; rows: number }[];
  /** With --previous: the comparison with last week's file. */
  comparison?: Comparison;
  /** Whether this period's snapshot was kept in the output (or why not), Chinese first. */
  snapshotNotes?: PortNote[];
}

/** A breakdown row under the key name DESIGN.md's "CLI JSON" uses (domain / unit / location / stage). */
function named(rows: Breakdown[], key: string): Record<string, unknown>[] {
  return rows.map((b) => ({ [key]: b.key, ...b }));
}

export function summaryJson(s: Summary): Record<string, unknown> {
  const { projects, projects1e8, total, planned, completed, rate } = s.totals;
  return {
    asOf: s.asOf,
    totals: { projects, projects1e8, total, planned, completed, rate },
    byDomain: named(s.byDomain, 'domain'),
    byLeadUnit: named(s.byLeadUnit, 'unit'),
    byLocation: named(s.byLocation, 'location'),
    byStage: named(s.byStage, 'stage'),
    byMeasure: named(s.byMeasure, 'measure'),
    targets: s.targets.map((g) => ({
      id: g.id,
      label: g.label,
      target: g.target,
      actual: g.actual,
      unit: g.unit,
      ratio: g.ratio,
      pace: g.pace,
      gap: g.gap,
      status: g.status,
    })),
    duplicates: s.duplicates,
    merged: s.merged,
    multiLeadProjects: s.multiLeadProjects,
    coverage: s.coverage ?? [],
    ...(s.measureTasks ? { measureTasks: s.measureTasks } : {}),
  };
}

export async function runSummary(opts: SummaryOptions, io: CliIO): Promise<SummaryResult> {
  const inputs: { source: string; ledger: Ledger }[] = [];
  const sources: SummaryResult['sources'] = [];
  // Steps: each file read, then the summary computed, then the workbook written.
  const progress = new Progress(io, opts.files.length + 2, t(io, '汇总', 'Summary'));
  // Refuse a bad output before any reading: the answer cannot change, and the wait would be wasted.
  const inputFiles = opts.previous ? [...opts.files, opts.previous] : opts.files;
  await checkOutputPath(opts.out, inputFiles);
  const opened = [];
  for (const path of opts.files) opened.push(await openWorkbook(path));
  // The pack is chosen from all inputs at once, so the order of the files cannot change the targets.
  const chosen = await choosePackFor(opts.policy, opened);
  const notice = packNotice(chosen, io.lang);
  if (notice) io.err(notice);
  const { pack } = chosen;
  // The output starts as the first input workbook (no copy of its rows to make); ledgers of the other files are
  // copied in. The summary's formulas point at the ledger sheets by name, so they must all be in the output.
  let out: XlsxWorkbook | null = null;
  const seen = new Set<string>();
  for (const workbook of opened) {
    const { path } = workbook;
    const file = readLedgers(path, workbook, pack, opts.sheet, overridesFor(opts.mapping, workbook));
    checkMappingArgs(opts.mapping, file.sheets);
    for (const s of file.sheets) seen.add(s.name);
    const base: XlsxWorkbook = out ?? file.port();
    for (const s of file.ledgers) {
      if (out) {
        // Renamed when two files use the same sheet name; the ledger is told its new name. Values, formulas,
        // number formats and merges come across (the other file's styles belong to its own package).
        const name = freeSheetName(
          base.sheetStates().map((x) => x.name),
          s.name,
        );
        await base.writeSheets([gridLayout(s.grid, name)], { replace: false });
        s.ledger.sheet = name;
      }
      inputs.push({ source: basename(path), ledger: s.ledger });
      sources.push({ source: basename(path), sheet: s.ledger.sheet, kind: s.ledger.kind, rows: s.ledger.rows.length });
    }
    out = base;
    progress.tick(t(io, `已读取 ${basename(path)}`, `read ${basename(path)}`));
  }
  checkMappedSheetsSeen(opts.mapping, seen);
  const target = out;
  if (!target) throw new UsageError('请给出要汇总的 .xlsx 文件。', 'Give the .xlsx files to summarise.');
  const summary = computeSummary(inputs, pack, opts.asOf);
  const layouts = buildSummaryLayouts(summary, inputs, pack);
  const weekly = opts.previous ? await weeklyAgainst(opts.previous, inputs, pack) : null;
  if (weekly) layouts.push(weekly.layout);
  progress.tick(t(io, '已汇总', 'summarised'));
  // Summary tabs first (new ones in front; one replaced from an earlier run keeps its place), the ledgers after
  // them. The workbook still opens on the user's own active sheet: making a summary tab active would need the
  // ledger's tabSelected taken off (else Excel opens two sheets grouped), and the ledger is not ours to edit.
  await target.writeSheets(layouts, { replace: true, index: 0 });
  const snapshotNotes = await keepSummarySnapshots(target, inputs, pack, opts.now ?? new Date());
  await saveBytesFile(() => Promise.resolve(target.toBytes()), opts.out, inputFiles);
  progress.tick(t(io, '已写出', 'written'));
  progress.finish();
  const json = {
    ...summaryJson(summary),
    policy: packSource(chosen),
    ...(weekly ? { compare: compareJson(weekly.comparison) } : {}),
    snapshot: snapshotNotes.map((n) => (io.lang === 'en' ? (n.en ?? n.zh) : n.zh)),
  };
  return { summary, json, out: opts.out, sources, snapshotNotes, ...(weekly ? { comparison: weekly.comparison } : {}) };
}

/** The target progress table, shared with `taizhang demo`. */
export function targetTable(s: Summary, io: CliIO): string[] {
  const header = t(
    io,
    '目标|目标值|完成|单位|完成率|序时进度|状态',
    'Target|Target|Actual|Unit|Ratio|Pace|Status',
  ).split('|');
  const rows = s.targets.map((g) => [
    g.label,
    fmtNumber(g.target),
    fmtNumber(g.actual),
    g.unit,
    fmtPercent(g.ratio),
    fmtPercent(g.pace),
    wordOf(TARGET_STATUS_WORDS[g.status], io.lang),
  ]);
  return renderTable(header, rows, [1, 2, 4, 5]);
}

const MERGE_REASON: Record<Summary['merged'][number]['reason'], { zh: string; en: string }> = {
  'same-name-owner': { zh: '名称与建设单位相同', en: 'same name and owner' },
  'same-name-total': { zh: '名称与总投资相同', en: 'same name and total' },
};
/** Merged rows listed in the text output; the JSON has them all. */
const MERGED_SHOWN = 10;

/** Which rows were counted once as the same project, and why (the summary's `merged`). */
function printMerged(s: Summary, io: CliIO): void {
  if (s.merged.length === 0) return;
  io.out(
    t(
      io,
      `合并重复项目 ${s.merged.length} 行（只计一次）：`,
      `${s.merged.length} duplicate rows merged (counted once):`,
    ),
  );
  const at = (file: string, sheet: string, row: number) => `${file} ${sheet} ${t(io, `第${row}行`, `row ${row}`)}`;
  for (const m of s.merged.slice(0, MERGED_SHOWN)) {
    const why = MERGE_REASON[m.reason][io.lang];
    io.out(
      t(
        io,
        `  ${at(m.file, m.sheet, m.row)} 与 ${at(m.keptFile, m.keptSheet, m.keptRow)} 是同一项目（${why}），只计后者`,
        `  ${at(m.file, m.sheet, m.row)} is ${at(m.keptFile, m.keptSheet, m.keptRow)} again (${why}); counted once`,
      ),
    );
  }
  if (s.merged.length > MERGED_SHOWN)
    io.out(
      t(io, `  ……共 ${s.merged.length} 行，见 --json 的 merged`, `  … ${s.merged.length} in all; see merged in --json`),
    );
}

export function printSummary(r: SummaryResult, io: CliIO): void {
  const s = r.summary;
  io.out(t(io, `汇总截至 ${s.asOf}，来源：`, `Summary as of ${s.asOf}, from:`));
  for (const src of r.sources)
    io.out(
      t(io, `  ${src.source} / ${src.sheet}（${src.rows} 行）`, `  ${src.source} / ${src.sheet} (${src.rows} rows)`),
    );
  const tot = s.totals;
  io.out(
    t(
      io,
      `项目 ${tot.projects} 个（亿元以上 ${tot.projects1e8} 个），总投资 ${fmtNumber(tot.total)} 万元，年度计划 ${fmtNumber(tot.planned)} 万元，已完成 ${fmtNumber(tot.completed)} 万元（${fmtPercent(tot.rate)}）。`,
      `${tot.projects} projects (${tot.projects1e8} of 1亿+), total ${fmtNumber(tot.total)} 万元, planned ${fmtNumber(tot.planned)}, completed ${fmtNumber(tot.completed)} (${fmtPercent(tot.rate)}).`,
    ),
  );
  printMerged(s, io);
  const gaps = (s.coverage ?? []).flatMap((e) => coverageLines(e, io.lang));
  if (gaps.length) {
    io.out(t(io, `未计入合计（${gaps.length} 处）：`, `Not in the totals (${gaps.length}):`));
    for (const g of gaps) io.out(`  ${g}`);
  }
  io.out('');
  io.out(t(io, '分领域：', 'By domain:'));
  const dh = t(
    io,
    '领域|项目数|亿元以上|总投资(万元)|年度计划|已完成|完成率',
    'Domain|Projects|1亿+|Total (万元)|Planned|Completed|Rate',
  ).split('|');
  for (const line of renderTable(
    dh,
    s.byDomain.map((b) => [
      b.key,
      String(b.projects),
      String(b.projects1e8),
      fmtNumber(b.total),
      fmtNumber(b.planned),
      fmtNumber(b.completed),
      fmtPercent(b.rate),
    ]),
    [1, 2, 3, 4, 5, 6],
  ))
    io.out(`  ${line}`);
  io.out('');
  io.out(t(io, '目标进度：', 'Target progress:'));
  for (const line of targetTable(s, io)) io.out(`  ${line}`);
  io.out('');
  io.out(
    t(
      io,
      `已写出：${r.out}（汇总表含实时公式和图表，A4 横向打印；原工作簿其余内容保持不变）`,
      `Written: ${r.out} (summary sheets with live formulas and charts, print-ready on A4 landscape; the rest of the workbook unchanged)`,
    ),
  );
  for (const n of r.snapshotNotes ?? []) io.out(io.lang === 'en' ? (n.en ?? n.zh) : n.zh);
  if (r.comparison) {
    io.out('');
    printCompare({ comparison: r.comparison }, io);
  }
}

export async function summaryCommand(argv: string[], io: CliIO): Promise<number> {
  const p = parseCommandArgs('summary', argv, {
    out: { type: 'string' },
    'as-of': { type: 'string' },
    json: { type: 'boolean' },
    policy: { type: 'string' },
    sheet: { type: 'string' },
    previous: { type: 'string' },
    ...MAPPING_OPTIONS,
  });
  if (p.positionals.length === 0)
    throw new UsageError(
      '请给出要汇总的 .xlsx 文件：taizhang summary 文件.xlsx... --out 汇总.xlsx',
      'Give the .xlsx files to summarise.',
    );
  const out = pathOpt(p, 'out');
  if (!out) throw new UsageError('summary 需要 --out 汇总.xlsx。', 'summary needs --out OUT.xlsx.');
  const asOf = checkDate(stringOpt(p, 'as-of'));
  const r = await runSummary(
    {
      files: p.positionals,
      out,
      asOf,
      policy: stringOpt(p, 'policy'),
      sheet: stringOpt(p, 'sheet'),
      lang: io.lang,
      mapping: await mappingArgs(p),
      previous: pathOpt(p, 'previous'),
    },
    io,
  );
  if (flag(p, 'json')) io.out(JSON.stringify(r.json, null, 2));
  else printSummary(r, io);
  // A total that left a figure out is a finding: exit 1, as validate does for errors; so is a fallen cumulative
  // figure against --previous, as compare does.
  const fell = r.comparison?.findings.some((f) => f.code === 'cumulative-decreased') ?? false;
  return (r.summary.coverage ?? []).some(hasGap) || fell ? EXIT.findings : EXIT.ok;
}
