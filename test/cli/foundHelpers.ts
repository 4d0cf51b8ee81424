/**
 * Helpers for the issue-13 "Found" battery: every case a child process, checked for its exit code, one line on
 * stderr, no stack, the inputs' sha256 unchanged and no temp file left.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type CliRun } from './runCli';

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Temp files an interrupted or failed write could leave (`.NAME.PID.TS.tmp`), anywhere under `dir`. */
export function tempFilesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue; // a dangling link
      }
      if (st.isDirectory()) walk(p);
      else if (e.endsWith('.tmp')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

export interface Case {
  args: string[];
  /** Files whose bytes must not change. */
  inputs: string[];
}

/**
 * Runs a case and checks what every case must: inputs untouched, no stack on either stream. Temp files are
 * checked by each test once its batch is done (cases run side by side, and a running one has its temp file).
 */
export async function run(c: Case, cwd: string): Promise<CliRun> {
  const before = c.inputs.map(sha256);
  const r = await runCli(c.args, cwd);
  expect(c.inputs.map(sha256)).toEqual(before);
  expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/\bat .+:\d+:\d+|Error:|TypeError|RangeError|Maximum call stack/);
  return r;
}

/** A refusal: exit 2, nothing on stdout, one line on stderr that says `words`. */
export function expectRefused(r: CliRun, words: RegExp): void {
  const lines = r.stderr.trim().split('\n');
  expect({ code: r.code, stdout: r.stdout, lines: lines.length, line: lines[0] }).toEqual({
    code: 2,
    stdout: '',
    lines: 1,
    line: expect.stringMatching(words),
  });
}

/** A file read and checked: exit 0 or 1 (findings), no failure line. */
export function expectRead(r: CliRun): void {
  expect({ code: r.code, failure: /taizhang[:：]/.test(r.stderr) ? r.stderr : null }).toEqual({
    code: expect.any(Number),
    failure: null,
  });
  expect([0, 1]).toContain(r.code);
}

/** Runs at most `n` at once: the machine has two cores. */
export async function limited<T>(jobs: (() => Promise<T>)[], n = 3): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < jobs.length) {
        const i = next++;
        out[i] = await jobs[i]();
      }
    }),
  );
  return out;
}
