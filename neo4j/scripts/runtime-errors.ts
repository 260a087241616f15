/**
 * An error a person can act on: what went wrong and what to do about it.
 * The CLI prints the message alone (no stack trace) and exits non-zero.
 */
export class RuntimeSetupError extends Error {
  readonly fix: string;
  readonly details: string | undefined;

  constructor(message: string, fix: string, details?: string) {
    super(message);
    this.name = 'RuntimeSetupError';
    this.fix = fix;
    this.details = details;
  }

  describe(): string {
    const parts = [`Error: ${this.message}`, `Fix: ${this.fix}`];
    if (this.details) parts.push(this.details);
    return parts.join('\n');
  }
}
