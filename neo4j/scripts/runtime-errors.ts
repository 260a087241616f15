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

/**
 * Runs a command-line entry point: its result is the exit code; an error is printed as a
 * message a person can act on (never a stack trace) and exits 1.
 */
export async function runCli(main: (args: string[]) => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof RuntimeSetupError ? error.describe() : `Error: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
