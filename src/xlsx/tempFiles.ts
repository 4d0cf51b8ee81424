/**
 * Temp files of outputs being written (Node only): removed when a write fails, and when the run is stopped
 * (Ctrl+C, SIGTERM, or the process ending otherwise), so a killed run leaves nothing behind.
 */
import { rmSync } from 'node:fs';

const live = new Set<string>();
let installed = false;

function removeAll(): void {
  for (const p of live) {
    try {
      rmSync(p, { force: true });
    } catch {
      // nothing more can be done while the process is going down
    }
  }
  live.clear();
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', removeAll);
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.once(signal, () => {
      const n = live.size;
      removeAll();
      // Said only of what is true now: with no write under way, an earlier output may well be complete.
      process.stderr.write(
        n
          ? `taizhang：已中断（${signal}），未写完的临时文件已删除，输出文件未写出，原文件未改动。\n`
          : `taizhang：已中断（${signal}），原文件未改动。\n`,
      );
      process.exit(code);
    });
  }
}

export function trackTemp(path: string): void {
  install();
  live.add(path);
}

export function untrackTemp(path: string): void {
  live.delete(path);
}
