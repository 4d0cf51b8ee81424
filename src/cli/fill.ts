/** `taizhang fill FILE --out OUT.xlsx [--overwrite] [--normalise] [--json]`: fills lead / cooperating units. */
import { assignLeadUnits, isAssignable } from '../core/assign';
import type { AssignConflict, AssignUnmatched, CellEdit } from '../core/assign/types';
import type { CellValue } from '../core/grid';
import { EDIT_KIND_WORDS, labelOf, wordOf } from '../core/words';
import { saveBytesFile } from '../xlsx/files';
import { flag, parseCommandArgs, pathOpt, stringOpt } from './args';
import { UsageError } from './errors';
import { t, type CliIO, type Lang } from './io';
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

export interface FillOptions {
  file: string;
  out: string;
  overwrite: boolean;
  normalise: boolean;
  sheet?: string;
  policy?: string;
  lang: Lang;
  /** --map / --mapping: the user's column mapping. */
  mapping?: MappingArgs;
}

export interface FillJson {
  edits: {
    sheet: string;
    cell: string;
    field: string;
    old: CellValue;
    new: string | number;
    reason: string;
    kind: CellEdit['kind'];
    binding: boolean;
  }[];
  conflicts: AssignConflict[];
  unmatched: AssignUnmatched[];
  counts: { fill: number; normalise: number; overwrite: number; conflicts: number; unmatched: number };
  policy?: ReturnType<typeof packSource>;
}

export interface FillResult {
  json: FillJson;
  out: string;
}

export async function runFill(
  opts: FillOptions,
  notice: (line: string) => void = () => undefined,
): Promise<FillResult> {
  await checkOutputPath(opts.out, [opts.file]);
  const workbook = await openWorkbook(opts.file);
  const chosen = await choosePackFor(opts.policy, [workbook]);
  const said = packNotice(chosen, opts.lang);
  if (said) notice(said);
  const { pack } = chosen;
  const file = readLedgers(opts.file, workbook, pack, opts.sheet, overridesFor(opts.mapping, workbook));
  checkMappingArgs(opts.mapping, file.sheets);
  checkMappedSheetsSeen(opts.mapping, new Set(file.sheets.map((s) => s.name)));
  const json: FillJson = {
    edits: [],
    conflicts: [],
    unmatched: [],
    counts: { fill: 0, normalise: 0, overwrite: 0, conflicts: 0, unmatched: 0 },
    policy: packSource(chosen),
  };
  const port = file.port();
  for (const s of file.ledgers) {
    if (!isAssignable(s.ledger)) continue;
    const r = assignLeadUnits(s.ledger, pack, { overwrite: opts.overwrite, normalise: opts.normalise });
    await port.writeCells(
      r.edits.map((e) => ({ sheet: e.sheet, row: e.row - 1, col: e.col, value: e.new, expected: e.old ?? null })),
      `填充责任单位：${s.name}`,
    );
    for (const e of r.edits)
      json.edits.push({
        sheet: e.sheet,
        cell: e.cell,
        field: e.field,
        old: e.old,
        new: e.new,
        reason: e.reason,
        kind: e.kind,
        binding: e.binding,
      });
    for (const c of r.conflicts) json.conflicts.push(c);
    for (const u of r.unmatched) json.unmatched.push(u);
    for (const k of Object.keys(json.counts) as (keyof FillJson['counts'])[]) json.counts[k] += r.counts[k];
  }
  await saveBytesFile(() => Promise.resolve(port.toBytes()), opts.out, [opts.file]);
  return { json, out: opts.out };
}

const MAX_LISTED = 20;

export function printFill(r: FillResult, io: CliIO): void {
  const { counts } = r.json;
  const kinds = (['fill', 'normalise', 'overwrite'] as const).map((k) => {
    const word = (k === 'fill' ? labelOf : wordOf)(EDIT_KIND_WORDS[k], io.lang);
    return t(io, `${word} ${counts[k]} 处`, `${word} ${counts[k]}`);
  });
  io.out(
    t(
      io,
      `填充责任单位：${kinds.join('，')}；冲突 ${counts.conflicts} 处，未匹配 ${counts.unmatched} 行。`,
      `${kinds.join(', ')}; ${counts.conflicts} conflicts, ${counts.unmatched} unmatched rows.`,
    ),
  );
  for (const e of r.json.edits.slice(0, MAX_LISTED)) {
    const old =
      e.old === null || e.old === ''
        ? t(io, '（空）', '(empty)')
        : String(typeof e.old === 'object' ? e.old.error : e.old);
    io.out(`  ${e.sheet}!${e.cell}  ${old} → ${e.new}  ${e.reason}`);
  }
  if (r.json.edits.length > MAX_LISTED)
    io.out(
      t(
        io,
        `  ……另有 ${r.json.edits.length - MAX_LISTED} 处（用 --json 查看全部）`,
        `  … ${r.json.edits.length - MAX_LISTED} more (see --json)`,
      ),
    );
  for (const c of r.json.conflicts.slice(0, 10)) {
    io.out(
      t(
        io,
        `  冲突 ${c.sheet}!${c.cell}：${c.reason}（加 --overwrite 可改写）`,
        `  Conflict ${c.sheet}!${c.cell}: "${c.existing}" vs policy "${c.proposed}" (${c.reason})`,
      ),
    );
  }
  for (const u of r.json.unmatched.slice(0, 10)) {
    io.out(
      t(
        io,
        `  未匹配 ${u.sheet}!${u.cell}：${u.text ? `${u.text}（${u.reason}）` : u.reason}`,
        `  Unmatched ${u.sheet}!${u.cell}: ${u.text} (${u.reason})`,
      ),
    );
  }
  io.out(t(io, `已写出：${r.out}（原文件未改动）`, `Written: ${r.out} (input unchanged)`));
}

export async function fillCommand(argv: string[], io: CliIO): Promise<number> {
  const p = parseCommandArgs('fill', argv, {
    out: { type: 'string' },
    overwrite: { type: 'boolean' },
    normalise: { type: 'boolean' },
    normalize: { type: 'boolean' },
    json: { type: 'boolean' },
    sheet: { type: 'string' },
    policy: { type: 'string' },
    ...MAPPING_OPTIONS,
  });
  if (p.positionals.length !== 1)
    throw new UsageError(
      'fill 需要且只需要一个输入文件：taizhang fill 文件.xlsx --out 输出.xlsx',
      'fill takes exactly one input file.',
    );
  const out = pathOpt(p, 'out');
  if (!out) throw new UsageError('fill 需要 --out 输出.xlsx（原文件不会被改动）。', 'fill needs --out OUT.xlsx.');
  const r = await runFill(
    {
      file: p.positionals[0],
      out,
      overwrite: flag(p, 'overwrite'),
      normalise: flag(p, 'normalise') || flag(p, 'normalize'),
      sheet: stringOpt(p, 'sheet'),
      policy: stringOpt(p, 'policy'),
      lang: io.lang,
      mapping: await mappingArgs(p),
    },
    io.err,
  );
  if (flag(p, 'json')) io.out(JSON.stringify(r.json, null, 2));
  else printFill(r, io);
  return 0;
}
