/**
 * `--map H=completed,J=stage` and `--mapping FILE.json` for validate, fill and summary, on top of the mapping the
 * workbook stores (StoredSettings.mappings). A bad field, column or file is one line and exit 2.
 */
import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import {
  checkOverridesAgainst,
  mergeOverrides,
  parseMapArg,
  parseSheetMappings,
  type MappingProblem,
} from '../core/header';
import type { ColumnOverrides } from '../core/header/types';
import { stringOpt, type Parsed } from './args';
import { UsageError } from './errors';
import type { OpenedXlsx } from '../xlsx/files';
import type { SheetRead } from './workbooks';

export const MAPPING_OPTIONS = { map: { type: 'string' }, mapping: { type: 'string' } } as const;

/** What the command line says about columns: --map for every sheet read, --mapping per sheet. */
export interface MappingArgs {
  map?: ColumnOverrides;
  bySheet?: Record<string, ColumnOverrides>;
}

function fail(problems: MappingProblem[]): never {
  throw new UsageError(problems.map((p) => p.zh).join(' '), problems.map((p) => p.en).join(' '));
}

export async function mappingArgs(p: Parsed): Promise<MappingArgs> {
  const out: MappingArgs = {};
  const map = stringOpt(p, 'map');
  if (map !== undefined) {
    const r = parseMapArg(map);
    if (r.problems.length) fail(r.problems);
    out.map = r.overrides;
  }
  const file = stringOpt(p, 'mapping');
  if (file !== undefined) {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch {
      throw new UsageError(`找不到列对应文件：${file}`, `Mapping file not found: ${file}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new UsageError(
        `列对应文件“${basename(file)}”不是有效的 JSON。`,
        `Mapping file "${basename(file)}" is not valid JSON.`,
      );
    }
    const r = parseSheetMappings(json);
    if (r.problems.length) fail(r.problems);
    out.bySheet = r.mappings;
  }
  return out;
}

/** The overrides of one sheet: the workbook's stored mapping, then the --mapping file, then --map. */
export function overridesFor(
  args: MappingArgs | undefined,
  opened: OpenedXlsx,
): (sheet: string) => ColumnOverrides | undefined {
  const stored = parseSheetMappings(opened.pkg.readSettings()?.mappings ?? {}).mappings; // a stale stored entry is dropped, not fatal
  return (sheet) => mergeOverrides(stored[sheet], args?.bySheet?.[sheet], args?.map);
}

/** The command line's overrides checked against the sheets as read (a column with no header, a field the kind lacks). */
export function checkMappingArgs(args: MappingArgs | undefined, sheets: SheetRead[]): void {
  if (!args) return;
  const problems: MappingProblem[] = [];
  for (const s of sheets) {
    const given = mergeOverrides(args.bySheet?.[s.name], args.map);
    if (given && (s.ledger.kind !== 'unknown' || args.bySheet?.[s.name]))
      for (const p of checkOverridesAgainst(given, s.ledger.header, s.name)) problems.push(p);
  }
  if (problems.length) fail(problems);
}

/** Sheets a --mapping file names that no input has: a typo there would otherwise be silently ignored. */
export function checkMappedSheetsSeen(args: MappingArgs | undefined, seen: Set<string>): void {
  const missing = Object.keys(args?.bySheet ?? {}).filter((s) => !seen.has(s));
  if (missing.length)
    fail([
      {
        zh: `列对应文件中的工作表“${missing.join('”“')}”在输入文件中不存在。`,
        en: `Sheets named in the mapping file are not in the inputs: ${missing.join(', ')}.`,
      },
    ]);
}
