import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../neo4j/scripts/local-instance.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const provided = inject('neo4j');

function dbCli(command: string, env: Record<string, string>) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'neo4j/scripts/db-cli.ts'), command], {
    env: { ...process.env, NEO4J_URI: '', ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

function parseEnv(output: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of output.split('\n')) {
    const m = /^(NEO4J_\w+)='(.*)'$/.exec(line.trim());
    if (m) values[m[1]!] = m[2]!;
  }
  return values;
}

async function query(uri: string, user: string, password: string, cypher: string, params = {}) {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { logging: { level: 'error', logger: () => {} } });
  try {
    return (await driver.executeQuery(cypher, params)).records.map((r) => r.toObject());
  } finally {
    await driver.close();
  }
}

describe('the provided Neo4j', () => {
  const label = `RuntimeTest_${process.pid}_${Date.now()}`;

  afterAll(async () => {
    await query(provided.uri, provided.user, provided.password, `MATCH (n:${label}) DETACH DELETE n`);
  });

  it('writes a node through the driver and reads it back', async () => {
    await query(provided.uri, provided.user, provided.password, `CREATE (:${label} {name: $name, n: 42})`, { name: 'Hydra' });
    const rows = await query(provided.uri, provided.user, provided.password, `MATCH (x:${label}) RETURN x.name AS name, x.n AS n`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toBe('Hydra');
    expect(Number(rows[0]!.n)).toBe(42);
  });

  it('answers APOC procedures', async () => {
    const [row] = await query(provided.uri, provided.user, provided.password, 'RETURN apoc.version() AS version');
    expect(String(row!.version)).toMatch(/^5\.26\./);
  });

  it.runIf(provided.origin === 'local')('answers Graph Data Science on the local server (GDS ships only with the local runtime)', async () => {
    const [row] = await query(provided.uri, provided.user, provided.password, 'RETURN gds.version() AS version');
    expect(String(row!.version)).toMatch(/^2\.13\./);
  });

  it('is Neo4j 5.26', async () => {
    const [row] = await query(provided.uri, provided.user, provided.password, 'CALL dbms.components() YIELD versions RETURN versions[0] AS version');
    expect(String(row!.version)).toMatch(/^5\.26\./);
  });

  it('refuses a wrong password', async () => {
    await expect(query(provided.uri, provided.user, `${provided.password}-wrong`, 'RETURN 1')).rejects.toMatchObject({
      code: 'Neo.ClientError.Security.Unauthorized',
    });
  });
});

describe('npm run db:* on a throwaway local server', () => {
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'db-cli-test-'));
    env = { NEO4J_LOCAL_DIR: dir, NEO4J_BOLT_PORT: String(await freePort()), NEO4J_HEAP_SIZE: '512m', NEO4J_PAGECACHE_SIZE: '128m' };
  });

  afterAll(() => {
    dbCli('stop', env);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('starts, keeps a random owner-only password, prints the Bolt URI', () => {
    const start = dbCli('start', env);
    expect(start.out).toContain(`Neo4j is up at bolt://127.0.0.1:${env.NEO4J_BOLT_PORT}`);
    expect(start.code).toBe(0);
    const passwordFile = path.join(dir, 'auth', 'password');
    expect(fs.statSync(passwordFile).mode & 0o777).toBe(0o600);
    const password = fs.readFileSync(passwordFile, 'utf8').trim();
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect(password).not.toBe('neo4j');
  });

  it('a second db:start while it runs changes nothing', () => {
    const pidBefore = fs.readFileSync(path.join(dir, 'run', 'neo4j.pid'), 'utf8');
    const again = dbCli('start', env);
    expect(again.code).toBe(0);
    expect(again.out).toContain('already running');
    expect(fs.readFileSync(path.join(dir, 'run', 'neo4j.pid'), 'utf8')).toBe(pidBefore);
  });

  it('db:env prints shell-sourceable credentials that connect, and the default password is refused', async () => {
    const printed = dbCli('env', env);
    const values = parseEnv(printed.out);
    expect(values.NEO4J_URI).toBe(`bolt://127.0.0.1:${env.NEO4J_BOLT_PORT}`);
    const [row] = await query(values.NEO4J_URI!, values.NEO4J_USER!, values.NEO4J_PASSWORD!, 'RETURN 1 AS ok');
    expect(Number(row!.ok)).toBe(1);
    await expect(query(values.NEO4J_URI!, 'neo4j', 'neo4j', 'RETURN 1')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
  });

  it('keeps data across a stop and a start', async () => {
    const values = parseEnv(dbCli('env', env).out);
    await query(values.NEO4J_URI!, values.NEO4J_USER!, values.NEO4J_PASSWORD!, 'CREATE (:Survivor {name: "kept"})');
    const stop = dbCli('stop', env);
    expect(stop.out).toContain('Neo4j stopped.');
    expect(dbCli('status', env).code).toBe(3);
    expect(dbCli('start', env).code).toBe(0);
    const rows = await query(values.NEO4J_URI!, values.NEO4J_USER!, values.NEO4J_PASSWORD!, 'MATCH (s:Survivor) RETURN s.name AS name');
    expect(rows.map((r) => r.name)).toEqual(['kept']);
  });
});

describe('db:start explains what to fix', () => {
  it('when the Bolt port is already taken', async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as net.AddressInfo).port)));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'db-port-test-'));
    try {
      const run = dbCli('start', { NEO4J_LOCAL_DIR: dir, NEO4J_BOLT_PORT: String(port) });
      expect(run.code).toBe(1);
      expect(run.out).toContain(`Port ${port} on 127.0.0.1 is already taken`);
      expect(run.out).toContain('NEO4J_BOLT_PORT');
    } finally {
      blocker.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when the data directory is not writable', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'db-dir-test-')), 'a-file');
    fs.writeFileSync(file, 'not a folder');
    const run = dbCli('start', { NEO4J_LOCAL_DIR: path.join(file, 'instance'), NEO4J_BOLT_PORT: String(await freePort()) });
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/data directory .* is not writable/);
    expect(run.out).toContain('NEO4J_LOCAL_DIR');
  });

  it('when Java is missing', () => {
    const run = dbCli('start', { JAVA_HOME: '/nonexistent-java-home', NEO4J_LOCAL_DIR: os.tmpdir() });
    expect(run.code).toBe(1);
    expect(run.out).toContain('Java was not found');
    expect(run.out).not.toMatch(/\n\s+at /);
  });

  it('when Java is older than 17', () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'old-java-'));
    fs.mkdirSync(path.join(home, 'bin'));
    fs.writeFileSync(path.join(home, 'bin', 'java'), '#!/bin/sh\necho \'openjdk version "11.0.21" 2023-10-17\' >&2\n', { mode: 0o755 });
    const run = dbCli('start', { JAVA_HOME: home, NEO4J_LOCAL_DIR: os.tmpdir() });
    expect(run.code).toBe(1);
    expect(run.out).toContain('Java 11 is too old');
  });
});
