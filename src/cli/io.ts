/** Where the CLI writes: stdout for the report (or the one JSON document), stderr for progress and errors. */
export type Lang = 'zh' | 'en';

export interface CliIO {
  lang: Lang;
  out: (line: string) => void;
  err: (line: string) => void;
  /** True when stderr is a terminal (progress bars are drawn only then). */
  errIsTTY: boolean;
  writeErrRaw: (text: string) => void;
}

let pipeGuard = false;

/** `taizhang … | head` closes stdout early: stop quietly instead of dying with an EPIPE stack trace. */
function guardClosedPipe(): void {
  if (pipeGuard) return;
  pipeGuard = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

export function processIO(lang: Lang): CliIO {
  guardClosedPipe();
  return {
    lang,
    out: (line) => process.stdout.write(`${terminalSafe(line)}\n`),
    err: (line) => process.stderr.write(`${terminalSafe(line)}\n`),
    errIsTTY: Boolean(process.stderr.isTTY),
    writeErrRaw: (text) => process.stderr.write(text),
  };
}

/**
 * Control characters in a line (cell text, file names) shown as `_x001B_`, the way Excel itself escapes them:
 * a crafted cell must not move the cursor or hide findings. Tab and newline stay. JSON output has none to change
 * (JSON.stringify escapes them), so every line goes through here.
 */
export function terminalSafe(line: string): string {
  return line.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/** Picks the Chinese or English text. */
export function t(io: { lang: Lang }, zh: string, en: string): string {
  return io.lang === 'en' ? en : zh;
}
