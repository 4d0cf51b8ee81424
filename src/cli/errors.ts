/** Failures the CLI reports as one line and exit code 2 (bad arguments or unreadable input), never a stack trace. */
export class UsageError extends Error {
  constructor(
    public readonly zh: string,
    public readonly en: string,
  ) {
    super(zh);
    this.name = 'UsageError';
  }
}

export const EXIT = { ok: 0, findings: 1, badInput: 2 } as const;
