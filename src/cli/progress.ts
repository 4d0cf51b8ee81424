/** A one-line progress bar on stderr, drawn only when stderr is a terminal (never in pipes, files or tests). */
import type { CliIO } from './io';

export class Progress {
  private done = 0;
  private readonly enabled: boolean;

  constructor(
    private readonly io: CliIO,
    private readonly total: number,
    private readonly label: string,
  ) {
    this.enabled = io.errIsTTY && total > 1;
  }

  tick(what: string): void {
    this.done++;
    if (!this.enabled) return;
    const width = 24;
    const filled = Math.round((this.done / this.total) * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    this.io.writeErrRaw(`\r${this.label} ${bar} ${this.done}/${this.total} ${what.slice(0, 30)}\u001b[K`);
  }

  finish(): void {
    if (this.enabled) this.io.writeErrRaw('\r\u001b[K');
  }
}
