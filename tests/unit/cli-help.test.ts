/**
 * Every command that writes to the database answers --help with its usage and does nothing else,
 * even with no database to talk to (a mistyped option must never start a load).
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const COMMANDS = ['seed/cli.ts', 'seed/synthetic/cli.ts', 'server/cli/export.ts', 'server/cli/import.ts', 'server/cli/ingest.ts', 'server/cli/users.ts'];

describe('--help', () => {
  it.each(COMMANDS)('%s prints its usage and touches no database', (file) => {
    const out = execFileSync(process.execPath, [file, '--help'], {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_USER: 'nobody', NEO4J_PASSWORD: 'wrong' },
      timeout: 20_000,
    });
    expect(out).toMatch(/^npm run \w/);
  });
});
