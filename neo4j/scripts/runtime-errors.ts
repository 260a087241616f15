/**
 * An error a person can act on: what went wrong and what to do about it.
 * The CLI prints the message alone (no stack trace) and exits non-zero.
 */
import fs from 'node:fs';

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
/** A command's usage: the comment that opens its file (each command documents itself there). */
export function usageOf(file: string): string {
  const header = /^\/\*\*([\s\S]*?)\*\//.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? '';
  return header.split('\n').map((line) => line.replace(/^\s*\* ?/, '')).join('\n').trim();
}

export async function runCli(main: (args: string[]) => Promise<number>): Promise<void> {
  const args = process.argv.slice(2);
  // Asking for help does nothing else: no command may read --help as an option and go on.
  if (args.includes('--help') || args.includes('-h')) {
    console.log(process.argv[1] ? usageOf(process.argv[1]) : 'No usage to show.');
    process.exitCode = 0;
    return;
  }
  try {
    process.exitCode = await main(args);
  } catch (error) {
    console.error(error instanceof RuntimeSetupError ? error.describe() : `Error: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
