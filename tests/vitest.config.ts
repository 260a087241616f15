import { defineConfig } from 'vitest/config';

/**
 * unit: pure code, no database.   integration: against a real Neo4j (see setup/).
 * e2e: the explorer in headless Chromium against the real server.
 * Integration and e2e files run one at a time: they share one Neo4j and the machine has 2 cores.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          root: 'tests/unit',
          include: ['**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          root: 'tests',
          include: ['integration/**/*.int.test.ts', 'e2e/**/*.e2e.test.ts'],
          globalSetup: ['setup/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
