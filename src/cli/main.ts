/**
 * `taizhang` entry point (bin/taizhang.js runs this through tsx). Exit codes: 0 fine, 1 validation errors found,
 * 2 bad input or bad arguments — always one clear line on stderr, never a stack trace (TAIZHANG_DEBUG=1 shows it).
 */
import { WorkbookError } from '../core/port/WorkbookPort';
import { compareCommand } from './compare';
import { demoCommand } from './demo';
import { EXIT, UsageError } from './errors';
import { fillCommand } from './fill';
import { usage } from './help';
import { processIO, type CliIO, type Lang } from './io';
import { policyCommand } from './policyParse';
import { summaryCommand } from './summary';
import { validateCommand } from './validate';

const COMMANDS: Record<string, (argv: string[], io: CliIO) => Promise<number>> = {
  validate: validateCommand,
  fill: fillCommand,
  summary: summaryCommand,
  policy: policyCommand,
  compare: compareCommand,
  demo: demoCommand,
};

/** --lang is read before anything else so even argument errors come out in the chosen language. */
function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'zh';
  const v = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return v === 'en' ? 'en' : 'zh';
}

export async function main(argv: string[], io: CliIO = processIO(langOf(argv))): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.out(usage(io.lang));
      return command ? EXIT.ok : EXIT.badInput;
    }
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`未知命令“${command}”。可用命令：validate、fill、summary、compare、policy parse、demo（taizhang --help 查看用法）。`, `Unknown command "${command}". Commands: validate, fill, summary, compare, policy parse, demo.`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(usage(io.lang));
      return EXIT.ok;
    }
    const lang = langOf(rest);
    const v = rest.findIndex((a) => a === '--lang');
    if (v >= 0 && !['zh', 'en'].includes(rest[v + 1] ?? '')) throw new UsageError('--lang 只能是 zh 或 en。', '--lang must be zh or en.');
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
