/**
 * Provides one real Neo4j for a test run, in this order of preference:
 *   1. NEO4J_URI (with NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE) when set;
 *   2. a Docker engine, if one answers: the official neo4j:5.26 image via testcontainers;
 *   3. the project's own local server on a free port with a throwaway data directory
 *      (never the user's data), stopped and deleted afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalNeo4j, defaultInstanceOptions, freePort } from '../../neo4j/scripts/local-instance.ts';

export interface ProvidedNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** Where it came from: env, docker or local. */
  origin: 'env' | 'docker' | 'local';
  /** For the local origin: the instance folder (tests may not stop the shared server). */
  localDir?: string;
}

export interface Neo4jHandle {
  neo4j: ProvidedNeo4j;
  stop: () => Promise<void>;
}

/** A throwaway local server: free port, temporary folder, small memory. */
export async function startThrowawayLocalNeo4j(prefix = 'smuggling-graph-neo4j-'): Promise<{ local: LocalNeo4j; dir: string; stop: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const local = new LocalNeo4j({
    ...defaultInstanceOptions({}),
    dir,
    boltPort: await freePort(),
    heapSize: '768m',
    pageCacheSize: '256m',
    txMemoryMax: '256m',
    txMemoryTotal: '512m',
  });
  await local.start(() => {});
  return {
    local,
    dir,
    stop: async () => {
      await local.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

export async function provideNeo4j(log: (line: string) => void): Promise<Neo4jHandle> {
  if (process.env.NEO4J_URI) {
    log(`Tests use NEO4J_URI=${process.env.NEO4J_URI}`);
    return {
      neo4j: {
        uri: process.env.NEO4J_URI,
        user: process.env.NEO4J_USER ?? 'neo4j',
        password: process.env.NEO4J_PASSWORD ?? '',
        database: process.env.NEO4J_DATABASE || undefined,
        origin: 'env',
      },
      stop: async () => {},
    };
  }
  if (process.env.TESTS_SKIP_DOCKER !== '1' && (await dockerAnswers())) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    log('Tests use a neo4j:5.26 container (Docker)');
    const container = await new Neo4jContainer('neo4j:5.26-community').withApoc().withPassword('test-password-not-secret').start();
    return {
      neo4j: { uri: container.getBoltUri(), user: 'neo4j', password: 'test-password-not-secret', database: undefined, origin: 'docker' },
      stop: async () => {
        await container.stop();
      },
    };
  }
  log('Tests use a throwaway local Neo4j 5.26 server');
  const { local, dir, stop } = await startThrowawayLocalNeo4j();
  const credentials = local.credentials();
  return { neo4j: { ...credentials, database: undefined, origin: 'local', localDir: dir }, stop };
}
