/** Argument parsing on node:util parseArgs, with its English errors turned into one Chinese (or English) line. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseCommandArgs(command: string, argv: string[], options: Options): Parsed {
  try {
    const r = parseArgs({
      args: argv,
      options: { ...options, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: r.values as Parsed['values'], positionals: r.positionals };
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    const msg = (e as Error).message;
    const opt = /'(-{1,2}[^'\s]+)/.exec(msg)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new UsageError(
        `未知选项 ${opt}（taizhang ${command} 不接受它；用 --help 查看用法）。`,
        `Unknown option ${opt} for taizhang ${command}.`,
      );
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(`选项 ${opt} 需要一个值。`, `Option ${opt} needs a value.`);
    }
    throw new UsageError(`参数有误：${msg}`, `Bad arguments: ${msg}`);
  }
}

export function stringOpt(p: Parsed, name: string): string | undefined {
  const v = p.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function flag(p: Parsed, name: string): boolean {
  return p.values[name] === true;
}

/** A path option: absent is undefined; given but empty (`--out=`) is an error, never silently ignored. */
export function pathOpt(p: Parsed, name: string): string | undefined {
  const v = stringOpt(p, name);
  if (v !== undefined && v.trim() === '')
    throw new UsageError(`--${name} 后面的文件名为空。`, `--${name} was given an empty file name.`);
  return v;
}

/** Ledgers of this tool's years: an as-of date outside them is a typo, not a request. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

/** --as-of YYYY-MM-DD, checked to be a real date. */
export function checkDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
    throw new UsageError(
      `--as-of 的日期应写成 YYYY-MM-DD（如 2023-10-31），收到“${value}”。`,
      `--as-of must be YYYY-MM-DD, got "${value}".`,
    );
  }
  if (+m[1] < FIRST_YEAR || +m[1] > LAST_YEAR) {
    throw new UsageError(
      `--as-of 的年份应在 ${FIRST_YEAR}–${LAST_YEAR} 之间，收到“${value}”。`,
      `--as-of must be a year from ${FIRST_YEAR} to ${LAST_YEAR}, got "${value}".`,
    );
  }
  return value;
}
