/** `taizhang validate FILE... [--sheet NAME] [--policy PACK] [--json] [--out MARKED.xlsx]` */
import { basename } from 'node:path';
import { mappingRecords } from '../core/header';
import type { AsOf } from '../core/header/types';
import { issueMarks } from '../core/port/issueMarks';
import { buildIssuesLayout, ISSUES_SHEET } from '../core/report';
import { countBySeverity, validateLedger, type SeverityCounts } from '../core/validate';
import type { Issue, Severity } from '../core/validate/types';
import { LEDGER_KIND_WORDS, mappingHowText, SEVERITY_WORDS, severityCountsText, wordOf } from '../core/words';
import { saveBytesFile } from '../xlsx/files';
import { flag, parseCommandArgs, pathOpt, stringOpt } from './args';
import { EXIT, UsageError } from './errors';
import { t, type CliIO, type Lang } from './io';
import {
  checkMappedSheetsSeen,
  checkMappingArgs,
  MAPPING_OPTIONS,
  mappingArgs,
  overridesFor,
  type MappingArgs,
} from './mappingArgs';
import { Progress } from './progress';
import { checkOutputPath } from '../xlsx/outputPath';
import {
  choosePackFor,
  openWorkbook,
  packNotice,
  packSource,
  readLedgers,
  type OpenedFile,
  type SheetRead,
} from './workbooks';

export interface ValidateOptions {
  files: string[];
  sheet?: string;
  policy?: string;
  out?: string;
  lang: Lang;
  /** --map / --mapping: the user's column mapping. */
  mapping?: MappingArgs;
}

/** How one column was read (DESIGN.md "CLI JSON", validate: mapping). */
export interface JsonColumnMapping {
  column: string;
  field: string | null;
  how: 'exact' | 'scored' | 'user' | null;
  confidence: number;
  header: string;
  /** The field's Chinese name, for people reading the JSON. */
  label: string | null;
}

export interface JsonIssue {
  code: string;
  severity: Severity;
  cell: string | null;
  row: number | null;
  field: string | null;
  message: string;
  suggestion: string | number | null;
}

export interface SheetReport {
  name: string;
  kind: 'project' | 'reserve' | 'measure' | 'unknown';
  header: { firstRow: number; lastRow: number };
  columns: Record<string, string>;
  mapping: JsonColumnMapping[];
  dataRows: { first: number | null; last: number | null; count: number };
  asOf: AsOf | null;
  issues: JsonIssue[];
}

export interface ValidateJson {
  files: { file: string; policy: ReturnType<typeof packSource>; sheets: SheetReport[] }[];
  counts: SeverityCounts;
}

export interface ValidateResult {
  json: ValidateJson;
  issues: Issue[];
  out?: string;
}

function jsonIssue(i: Issue): JsonIssue {
  return {
    code: i.code,
    severity: i.severity,
    cell: i.cell ?? null,
    row: i.row ?? null,
    field: i.field ?? null,
    message: i.message,
    suggestion: i.suggestion ?? null,
  };
}

function sheetReport(s: SheetRead, issues: Issue[]): SheetReport {
  const { ledger } = s;
  const columns: Record<string, string> = {};
  for (const c of ledger.header.columns) columns[c.field] = c.letter;
  // A loop, not Math.min(...rows): past ~125,000 rows the spread overflows the stack.
  let first: number | null = null;
  let last: number | null = null;
  for (const r of ledger.rows) {
    if (first === null || r.row < first) first = r.row;
    if (last === null || r.row > last) last = r.row;
  }
  return {
    name: s.name,
    kind: ledger.kind,
    header: { firstRow: ledger.header.firstRow, lastRow: ledger.header.lastRow },
    columns,
    mapping: mappingRecords(ledger.header).map((m) => ({
      column: m.letter,
      field: m.field,
      how: m.how,
      confidence: m.confidence,
      header: m.header,
      label: m.label?.zh ?? null,
    })),
    dataRows: { first, last, count: ledger.rows.length },
    asOf: ledger.header.asOf,
    issues: issues.map(jsonIssue),
  };
}

/** Marks issue cells (notes carry the message) and adds the issues sheet with links; saves as `out`. */
async function writeMarkedCopy(file: OpenedFile, issues: Issue[], out: string, lang: Lang): Promise<void> {
  const port = file.port();
  await port.markCells(issueMarks(issues));
  await port.writeSheets([buildIssuesLayout(issues, lang)], { replace: true });
  await saveBytesFile(() => Promise.resolve(port.toBytes()), out, [file.path]);
}

export async function runValidate(opts: ValidateOptions, io: CliIO): Promise<ValidateResult> {
  if (opts.out && opts.files.length > 1) {
    throw new UsageError(
      '--out 只能与一个输入文件一起使用（标注副本对应一个工作簿）。',
      '--out takes exactly one input file.',
    );
  }
  if (opts.out) await checkOutputPath(opts.out, opts.files);
  const json: ValidateJson = { files: [], counts: { error: 0, warning: 0, info: 0 } };
  const all: Issue[] = [];
  const seen = new Set<string>();
  // Steps: open and read each file, check it, and write the marked copy.
  const progress = new Progress(io, opts.files.length * 2 + (opts.out ? 1 : 0), t(io, '校验', 'Validating'));
  for (const path of opts.files) {
    const workbook = await openWorkbook(path);
    progress.tick(t(io, `已读取 ${basename(path)}`, `read ${basename(path)}`));
    // Each file is checked against its own pack (validate does not combine files), and says which one it is.
    const chosen = await choosePackFor(opts.policy, [workbook]);
    const notice = packNotice(chosen, opts.lang);
    if (notice) io.err(notice);
    const { pack } = chosen;
    const file = readLedgers(path, workbook, pack, opts.sheet, overridesFor(opts.mapping, workbook));
    checkMappingArgs(opts.mapping, file.sheets);
    for (const s of file.sheets) seen.add(s.name);
    const sheets: SheetReport[] = [];
    const fileIssues: Issue[] = [];
    for (const s of file.sheets) {
      const issues = s.ledger.kind === 'unknown' ? [] : validateLedger(s.ledger, pack, { lang: opts.lang });
      for (const i of issues) fileIssues.push(i);
      sheets.push(sheetReport(s, issues));
    }
    json.files.push({ file: path, policy: packSource(chosen), sheets });
    for (const i of fileIssues) all.push(i);
    progress.tick(t(io, `已校验 ${basename(path)}`, `checked ${basename(path)}`));
    if (opts.out) {
      await writeMarkedCopy(file, fileIssues, opts.out, opts.lang);
      progress.tick(t(io, '已写出标注副本', 'marked copy written'));
    }
  }
  progress.finish();
  checkMappedSheetsSeen(opts.mapping, seen);
  json.counts = countBySeverity(all);
  return { json, issues: all, out: opts.out };
}

export function validateExitCode(r: ValidateResult): number {
  return r.json.counts.error > 0 ? EXIT.findings : EXIT.ok;
}

const MAX_LISTED = 30;

/** "[错误] I5的合计…": messages mostly open with their cell; the place is said only when the message does not. */
export function issueLine(
  i: { severity: Severity; cell?: string | null; row?: number | null; message: string },
  io: CliIO,
): string {
  const at = i.cell ?? (i.row !== null && i.row !== undefined ? t(io, `第${i.row}行`, `row ${i.row}`) : '');
  const where = at && !i.message.startsWith(at) ? `${at} ` : '';
  return `[${wordOf(SEVERITY_WORDS[i.severity], io.lang)}] ${where}${i.message}`;
}

/** Columns mapped by their words or by the user, so a clerk can see (and correct with --map) what was guessed. */
function mappingLine(s: SheetReport, io: CliIO): string | null {
  const parts: string[] = [];
  for (const m of s.mapping) {
    if (m.how !== 'scored' && m.how !== 'user') continue;
    const to = m.field === null ? t(io, '不使用', 'not used') : (m.label ?? m.field);
    const how = mappingHowText(m.how, m.confidence, io.lang);
    parts.push(`${m.column}“${m.header}”→${to}（${how}）`);
  }
  if (!parts.length) return null;
  return t(io, `  列对应：${parts.join('；')}`, `  Columns: ${parts.join('; ')}`);
}

export function printValidate(r: ValidateResult, io: CliIO): void {
  const L = io.lang;
  for (const f of r.json.files) {
    io.out(t(io, `文件：${f.file}`, `File: ${f.file}`));
    for (const s of f.sheets) {
      const kind = wordOf(LEDGER_KIND_WORDS[s.kind], L);
      if (s.kind === 'unknown') {
        io.out(t(io, `  工作表“${s.name}”：${kind}，已跳过`, `  Sheet "${s.name}": ${kind}, skipped`));
        continue;
      }
      const rows =
        s.dataRows.count > 0
          ? t(
              io,
              `数据第 ${s.dataRows.first}–${s.dataRows.last} 行（${s.dataRows.count} 行）`,
              `data rows ${s.dataRows.first}–${s.dataRows.last} (${s.dataRows.count})`,
            )
          : t(io, '没有数据行', 'no data rows');
      io.out(
        t(
          io,
          `  工作表“${s.name}”：${kind}，表头第 ${s.header.firstRow}–${s.header.lastRow} 行，${rows}`,
          `  Sheet "${s.name}": ${kind}, header rows ${s.header.firstRow}–${s.header.lastRow}, ${rows}`,
        ),
      );
      const guessed = mappingLine(s, io);
      if (guessed) io.out(guessed);
      const c = severityCountsText(countBySeverity(s.issues), L);
      io.out(t(io, `  发现问题：${c}`, `  Findings: ${c}`));
      for (const i of s.issues.slice(0, MAX_LISTED)) {
        io.out(`    ${issueLine(i, io)}`);
      }
      if (s.issues.length > MAX_LISTED) {
        io.out(
          t(
            io,
            `    ……另有 ${s.issues.length - MAX_LISTED} 条（用 --json 或 --out 查看全部）`,
            `    … ${s.issues.length - MAX_LISTED} more (see --json or --out)`,
          ),
        );
      }
    }
  }
  printTotals(r, io);
}

/** The counts over all files, and where the marked copy went. */
function printTotals(r: ValidateResult, io: CliIO): void {
  const c = severityCountsText(r.json.counts, io.lang);
  io.out(t(io, `合计：${c}。`, `Total: ${c}.`));
  if (r.out)
    io.out(
      t(
        io,
        `已写出标注副本：${r.out}（问题单元格已着色并加批注，附“${ISSUES_SHEET}”工作表，可点击跳转）`,
        `Marked copy written: ${r.out}`,
      ),
    );
}

export async function validateCommand(argv: string[], io: CliIO): Promise<number> {
  const p = parseCommandArgs('validate', argv, {
    sheet: { type: 'string' },
    policy: { type: 'string' },
    json: { type: 'boolean' },
    out: { type: 'string' },
    ...MAPPING_OPTIONS,
  });
  if (p.positionals.length === 0)
    throw new UsageError(
      '请给出要校验的 .xlsx 文件：taizhang validate 文件.xlsx',
      'Give the .xlsx file(s) to validate.',
    );
  const mapping = await mappingArgs(p);
  const r = await runValidate(
    {
      files: p.positionals,
      sheet: stringOpt(p, 'sheet'),
      policy: stringOpt(p, 'policy'),
      out: pathOpt(p, 'out'),
      lang: io.lang,
      mapping,
    },
    io,
  );
  if (flag(p, 'json')) io.out(JSON.stringify(r.json, null, 2));
  else printValidate(r, io);
  return validateExitCode(r);
}
