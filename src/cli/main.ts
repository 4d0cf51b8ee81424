/**
 * `taizhang` entry point (bin/taizhang.js runs this through tsx). Exit codes: 0 fine, 1 validation errors found,
 * 2 bad input or bad arguments — always one clear line on stderr, never a stack trace (TAIZHANG_DEBUG=1 shows it).
 */
import { WorkbookError } from '../core/port/WorkbookPort';
import { EXIT, UsageError } from './errors';
import { usage } from './help';
import { processIO, type CliIO, type Lang } from './io';

type Command = (argv: string[], io: CliIO) => Promise<number>;

/**
 * Each command's module is loaded only when it runs, so a command starts without compiling the others' code
 * (`--help` and a bad argument load none). No command loads ExcelJS: it is a devDependency, for tests only.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- require(), not import(): under tsx's CommonJS hook a
   dynamic import() of a .ts file is left to Node's ESM loader, which cannot resolve it. */
const COMMANDS: Record<string, () => Command> = {
  validate: () => (require('./validate') as typeof import('./validate')).validateCommand,
  fill: () => (require('./fill') as typeof import('./fill')).fillCommand,
  summary: () => (require('./summary') as typeof import('./summary')).summaryCommand,
  compare: () => (require('./compare') as typeof import('./compare')).compareCommand,
  policy: () => (require('./policyParse') as typeof import('./policyParse')).policyCommand,
  demo: () => (require('./demo') as typeof import('./demo')).demoCommand,
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** --lang is read before anything else so even argument errors come out in the chosen language. */
function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'zh';
  const v = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return v === 'en' ? 'en' : 'zh';
}

/** Every value given to --lang, in both spellings (`--lang fr`, `--lang=fr`). */
function langValues(argv: string[]): string[] {
  const out: string[] = [];
  argv.forEach((a, i) => {
    if (a === '--lang') out.push(argv[i + 1] ?? '');
    else if (a.startsWith('--lang=')) out.push(a.slice('--lang='.length));
  });
  return out;
}

export async function main(argv: string[], io: CliIO = processIO(langOf(argv))): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.out(usage(io.lang));
      return command ? EXIT.ok : EXIT.badInput;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load)
      throw new UsageError(
        `未知命令“${command}”。可用命令：validate、fill、summary、compare、policy parse、demo（taizhang --help 查看用法）。`,
        `Unknown command "${command}". Commands: validate, fill, summary, compare, policy parse, demo.`,
      );
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(usage(io.lang));
      return EXIT.ok;
    }
    const lang = langOf(rest);
    for (const given of langValues(rest))
      if (!['zh', 'en'].includes(given)) throw new UsageError('--lang 只能是 zh 或 en。', '--lang must be zh or en.');
    const run = load();
    return await run(rest, { ...io, lang });
  } catch (e) {
    // Clear a half-drawn progress bar so the message stands on its own line.
    if (io.errIsTTY) io.writeErrRaw('\r\u001b[K');
    if (e instanceof UsageError || e instanceof WorkbookError) {
      io.err(`taizhang: ${io.lang === 'en' ? e.en : e.zh}`);
    } else {
      const msg = e instanceof Error ? e.message : String(e);
      io.err(io.lang === 'en' ? `taizhang: unexpected failure: ${msg}` : `taizhang：处理失败：${msg}`);
      if (process.env.TAIZHANG_DEBUG && e instanceof Error) io.err(e.stack ?? '');
    }
    return EXIT.badInput;
  }
}

// Runs when started as the program: through bin/taizhang.js (npx's symlink resolves to it) or `tsx src/cli/main.ts`.
// Tests import main() without running it.
const entry = require.main?.filename ?? '';
if (require.main === module || /[\\/]bin[\\/]taizhang(\.js)?$/.test(entry)) {
  void main(process.argv.slice(2)).then((code) => {
    // exitCode (not exit()) so a large JSON document on a pipe is flushed before the process ends.
    process.exitCode = code;
  });
}
