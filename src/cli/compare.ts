/**
 * `taizhang compare OLD.xlsx NEW.xlsx [MORE.xlsx…] [--out 周报.xlsx] [--json]`, or one workbook with its weekly
 * tabs: `taizhang compare 台账.xlsx --sheets 10月20日,10月27日`, or one workbook alone: against the snapshot kept in
 * it at the last 生成汇总 (snapshotCompare.ts). Versions oldest first; the last is "this week".
 * Exit 1 when a cumulative figure fell (it cannot), 0 otherwise, 2 for bad input (and for no snapshot to use).
 */
import { basename } from 'node:path';
import { compareSeries, type Comparison, type LedgerVersion } from '../core/compare';
import { buildWeeklyLayout } from '../core/report';
import { SEVERITY_WORDS, wordOf } from '../core/words';
import { saveBytesFile } from '../xlsx/files';
import { flag, parseCommandArgs, stringOpt } from './args';
import { EXIT, UsageError } from './errors';
import { t, type CliIO } from './io';
import { fmtNumber, renderTable } from './table';
import { compareWithSnapshot, localToday, type SnapshotUsed } from './snapshotCompare';
import { choosePackFor, openWorkbook, readLedgers, type OpenedFile } from './workbooks';

export interface CompareOptions {
  files: string[];
  sheets?: string[];
  sheet?: string;
  policy?: string;
  out?: string;
  /** Today (YYYY-MM-DD) for choosing the snapshot from an earlier day; the local date when left out. */
  today?: string;
  /** Where remarks go (a damaged snapshot shelf); stderr in the CLI. */
  warn?: (text: string) => void;
}

export interface CompareRun {
  comparison: Comparison;
  out?: string;
  /** Set when the previous version was the snapshot kept in the workbook. */
  snapshot?: SnapshotUsed;
}

/** The project ledger of a file: the named sheet, else its only project ledger (two or more: the user says which). */
export function projectLedger(file: OpenedFile, sheet?: string): LedgerVersion {
  const projects = file.ledgers.filter((l) => l.ledger.kind === 'project');
  if (!sheet && projects.length > 1) {
    const names = projects.map((l) => `“${l.name}”`).join('、');
    throw new UsageError(
      `“${basename(file.path)}”中有 ${projects.length} 个项目台账（${names}），请用 --sheet 指定要比较的一个（或用 --sheets 比较同一工作簿中的各期）。`,
      `"${basename(file.path)}" has ${projects.length} project ledgers; choose one with --sheet.`,
    );
  }
  const s = file.ledgers.find((l) => (sheet ? l.name === sheet : l.ledger.kind === 'project')) ?? file.ledgers[0];
  if (s.ledger.kind !== 'project') {
    throw new UsageError(
      `“${basename(file.path)}”中没有项目台账可比较（台账周报比较项目台账）。`,
      `"${basename(file.path)}" has no project ledger to compare.`,
    );
  }
  return { file: basename(file.path), ledger: s.ledger };
}

/** The 周报 written into this week's workbook: its formulas read this week's ledger. */
async function writeWeekly(file: OpenedFile, comparison: Comparison, opts: CompareOptions, previousLabel?: string) {
  if (!opts.out) return undefined;
  const port = file.port();
  const layout = buildWeeklyLayout(comparison, previousLabel ? { previousLabel } : {});
  await port.writeSheets([layout], { replace: true, kind: 'compare', label: '写入台账周报' });
  await saveBytesFile(() => Promise.resolve(port.toBytes()), opts.out, opts.files);
  return opts.out;
}

export async function runCompare(opts: CompareOptions): Promise<CompareRun> {
  const versions: LedgerVersion[] = [];
  let last: OpenedFile | null = null;
  const first = await openWorkbook(opts.files[0]);
  const chosen = await choosePackFor(opts.policy, [first]);
  for (const n of chosen.notes ?? []) opts.warn?.(n.zh); // an older pack: its lists are the built-in ones
  const { pack } = chosen;
  if (!opts.sheets && opts.files.length === 1) {
    last = readLedgers(opts.files[0], first, pack, opts.sheet);
    const today = opts.today ?? localToday();
    const warn = (n: { zh: string }) => opts.warn?.(n.zh);
    const { comparison, snapshot } = compareWithSnapshot(last, projectLedger(last, opts.sheet), pack, today, warn);
    const out = await writeWeekly(last, comparison, opts, snapshot.asOf ?? snapshot.takenAt.slice(0, 10));
    return { comparison, snapshot, ...(out ? { out } : {}) };
  }
  if (opts.sheets) {
    if (opts.files.length !== 1)
      throw new UsageError(
        '--sheets 用于同一个工作簿中的各期工作表，只能给一个文件。',
        '--sheets compares tabs of one workbook: give one file.',
      );
    for (const name of opts.sheets) {
      last = readLedgers(opts.files[0], first, pack, name);
      versions.push(projectLedger(last, name));
    }
  } else {
    for (const [i, path] of opts.files.entries()) {
      last = readLedgers(path, i === 0 ? first : await openWorkbook(path), pack, opts.sheet);
      versions.push(projectLedger(last, opts.sheet));
    }
  }
  if (versions.length < 2)
    throw new UsageError(
      '请给出至少两期台账：taizhang compare 上期.xlsx 本期.xlsx',
      'Give at least two versions: taizhang compare OLD.xlsx NEW.xlsx',
    );
  const comparison = compareSeries(versions, pack);
  const out = last ? await writeWeekly(last, comparison, opts) : undefined;
  return out ? { comparison, out } : { comparison };
}

export function compareJson(c: Comparison): Record<string, unknown> {
  const ref = (v: { source: { file: string; sheet: string }; row: number; name: string }) => ({
    file: v.source.file,
    sheet: v.source.sheet,
    row: v.row,
    name: v.name,
  });
  return {
    previous: c.previous,
    current: c.current,
    totals: c.totals,
    matched: c.matched.map((m) => ({
      previous: ref(m.previous),
      current: ref(m.current),
      how: m.how,
      confidence: m.confidence,
      completedThisPeriod: m.completedThisPeriod,
      changes: m.changes,
    })),
    added: c.added.map((a) => ({ ...ref(a), completed: a.completed })),
    removed: c.removed.map((r) => ({ ...ref(r), completed: r.completed })),
    byDomain: c.byDomain.map((b) => ({
      domain: b.key,
      completedThisPeriod: b.completedThisPeriod,
      projects: b.projects,
    })),
    byLeadUnit: c.byLeadUnit.map((b) => ({
      unit: b.key,
      completedThisPeriod: b.completedThisPeriod,
      projects: b.projects,
    })),
    byLocation: c.byLocation.map((b) => ({
      location: b.key,
      completedThisPeriod: b.completedThisPeriod,
      projects: b.projects,
    })),
    findings: c.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      file: f.file,
      sheet: f.sheet,
      cell: f.cell ?? null,
      row: f.row,
      name: f.name,
      message: f.message,
    })),
    figuresMissing: c.figuresMissing,
  };
}

const MAX_LISTED = 20;

/** "与工作簿中保存的快照比较：…" — which snapshot stood in for last week's file. */
function snapshotLine(s: SnapshotUsed, io: CliIO): string {
  const asOf = s.asOf ? t(io, `，台账截至 ${s.asOf}`, `, ledger as of ${s.asOf}`) : '';
  return t(
    io,
    `上期为工作簿中保存的快照：工作表“${s.sheet}”，${s.takenAt.slice(0, 10)} 生成汇总时保存（来自 ${s.file}${asOf}）。`,
    `Previous version: the snapshot kept in the workbook, sheet "${s.sheet}", saved at the summary of ${s.takenAt.slice(0, 10)} (from ${s.file}${asOf}).`,
  );
}

export function printCompare(r: CompareRun, io: CliIO): void {
  const c = r.comparison;
  const tot = c.totals;
  if (r.snapshot) io.out(snapshotLine(r.snapshot, io));
  io.out(
    t(
      io,
      `台账周报：${c.previous.file} / ${c.previous.sheet} → ${c.current.file} / ${c.current.sheet}`,
      `Weekly report: ${c.previous.file} / ${c.previous.sheet} → ${c.current.file} / ${c.current.sheet}`,
    ),
  );
  io.out(
    t(
      io,
      `匹配 ${c.matched.length} 个项目，新增 ${c.added.length} 个，减少 ${c.removed.length} 个。本期新增完成投资 ${fmtNumber(tot.newThisPeriod)} 万元（匹配项目增加 ${fmtNumber(tot.matched)}，新增项目 ${fmtNumber(tot.added)}）；减少项目上期累计 ${fmtNumber(tot.removed)} 万元不再计入。`,
      `${c.matched.length} matched, ${c.added.length} new, ${c.removed.length} gone. Completed this period ${fmtNumber(tot.newThisPeriod)} 万元 (matched ${fmtNumber(tot.matched)}, new ${fmtNumber(tot.added)}); ${fmtNumber(tot.removed)} 万元 of gone projects no longer counted.`,
    ),
  );
  if (c.figuresMissing > 0)
    io.out(
      t(
        io,
        `注意：${c.figuresMissing} 个项目的累计完成投资在上期或本期为空或无法识别，未计入本期新增。`,
        `Note: ${c.figuresMissing} projects have no readable cumulative figure in one version; not counted.`,
      ),
    );
  io.out('');
  io.out(t(io, `需要核对的变动 ${c.findings.length} 条：`, `${c.findings.length} changes to check:`));
  for (const f of c.findings.slice(0, MAX_LISTED))
    io.out(`  [${wordOf(SEVERITY_WORDS[f.severity], io.lang)}] ${f.message}`);
  if (c.findings.length > MAX_LISTED)
    io.out(
      t(
        io,
        `  ……另有 ${c.findings.length - MAX_LISTED} 条（--json 或周报表中可见全部）`,
        `  … ${c.findings.length - MAX_LISTED} more (see --json or the sheet)`,
      ),
    );
  io.out('');
  io.out(t(io, '分领域本期新增（万元）：', 'Completed this period by domain (万元):'));
  const header = t(io, '领域|本期新增|项目数', 'Domain|This period|Projects').split('|');
  for (const line of renderTable(
    header,
    c.byDomain.map((b) => [b.key, fmtNumber(b.completedThisPeriod), String(b.projects)]),
    [1, 2],
  ))
    io.out(`  ${line}`);
  if (r.out)
    io.out(
      t(
        io,
        `已写出：${r.out}（本期工作簿 + “台账周报”工作表，公式引用本期台账）`,
        `Written: ${r.out} (this week's workbook + the 台账周报 sheet)`,
      ),
    );
}

export async function compareCommand(argv: string[], io: CliIO): Promise<number> {
  const p = parseCommandArgs('compare', argv, {
    out: { type: 'string' },
    json: { type: 'boolean' },
    policy: { type: 'string' },
    sheet: { type: 'string' },
    sheets: { type: 'string' },
  });
  if (p.positionals.length === 0)
    throw new UsageError(
      '请给出两期台账：taizhang compare 上期.xlsx 本期.xlsx [--out 周报.xlsx]',
      'Give two versions: taizhang compare OLD.xlsx NEW.xlsx [--out REPORT.xlsx]',
    );
  const sheets = stringOpt(p, 'sheets')
    ?.split(/[,，]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const r = await runCompare({
    files: p.positionals,
    sheets,
    sheet: stringOpt(p, 'sheet'),
    policy: stringOpt(p, 'policy'),
    out: stringOpt(p, 'out'),
    warn: (text) => io.err(text),
  });
  const json = { ...compareJson(r.comparison), ...(r.snapshot ? { snapshot: r.snapshot } : {}) };
  if (flag(p, 'json')) io.out(JSON.stringify(json, null, 2));
  else printCompare(r, io);
  return r.comparison.findings.some((f) => f.code === 'cumulative-decreased') ? EXIT.findings : EXIT.ok;
}
