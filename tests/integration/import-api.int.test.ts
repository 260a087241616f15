/**
 * Imports through the API (server/modules/imports/): a check reports every problem and writes
 * nothing, an import runs as a job polled to completion, re-importing changes nothing, and only
 * analysts import, at markings within their clearance; refusals are audited.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { removeImportedSource } from '../../server/case-import/import-writer.ts';
import { startServer } from '../../server/index.ts';
import { freePort } from '../../neo4j/scripts/local-instance.ts';
import { codes, gql, testApp, userToken } from '../support/graphql-client.ts';

const { app, db } = testApp();
const run = randomBytes(3).toString('hex');
const NAMESPACE = `it${run}`;
const SOURCE = `it-import-${run}`;

const mapping = (marking = 'RESTRICTED') => `
source:
  id: ${SOURCE}
  title: Import API test ${run}
  date: 2016-05
  suppliedBy: Import API integration test
marking: ${marking}
namespace: ${NAMESPACE}
kind: Person
id: person_id
properties:
  name: name
  dateOfBirth: born
links:
  - type: NATIONAL_OF
    to:
      column: nationality
      match: name
      kind: Location
    optional: true
`;

const GOOD = ['person_id,name,born,nationality', 'p1,Ana Test,1980,Italy', 'p2,Bo Test,1975-03,', 'p3,Cy Test,,Italy', 'p4,Di Test,1990,Italy'].join('\n');
// Line 3: a date that is not one; line 4: a nationality no Location has.
const BAD = ['person_id,name,born,nationality', 'p1,Ana Test,1980,Italy', 'p2,Bo Test,yesterday,', 'p3,Cy Test,,Atlantis'].join('\n');

const CHECK = /* GraphQL */ `mutation($input: CsvImportInput!) { checkImport(input: $input) {
  ok written rows entities links sourceId header moreProblems
  problems { file line column field reason }
  preview { line id kind name links { type to } } } }`;
const START = /* GraphQL */ `mutation($input: CsvImportInput!) { startImport(input: $input) { id phase percent } }`;
const JOB = /* GraphQL */ `query($id: ID!) { importJob(id: $id) { id file phase done total percent rowsPerSecond finishedAt error
  result { ok written rows entities links sourceId problems { line column field reason } } } }`;

const input = (csv: string, marking?: string) => ({ csv, file: 'persons.csv', mapping: mapping(marking), mappingFile: 'persons.yaml' });
let analyst: { name: string; token: string };
let restrictedAnalyst: { name: string; token: string };
let viewer: { name: string; token: string };

const imported = async () => Number((await db.readText('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n', { prefix: `per-r-${NAMESPACE}-` }))[0]!.n);
const importedLinks = async () => Number((await db.readText('MATCH (n:Entity)-[r:NATIONAL_OF]->() WHERE n.id STARTS WITH $prefix RETURN count(r) AS n', { prefix: `per-r-${NAMESPACE}-` }))[0]!.n);
const audits = async (actor: string) => (await db.readText("MATCH (a:AuditEvent {actor: $actor}) WHERE a.action IN ['data-imported', 'request-denied'] RETURN a.action AS action, a.outcome AS outcome, a.details AS details ORDER BY a.at", { actor }));

async function ok(token: string, query: string, variables: Record<string, unknown>) {
  const r = await gql(app, query, variables, token);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as Record<string, any>;
}

/** Starts an import and polls its job until it ends; returns every job state seen. */
async function importAndWait(token: string, variables: Record<string, unknown>) {
  const started = (await ok(token, START, variables)).startImport;
  expect(started.id).toMatch(/^[0-9a-f-]{36}$/);
  const seen: Record<string, any>[] = [];
  for (let i = 0; i < 200; i++) {
    const job = (await ok(token, JOB, { id: started.id })).importJob;
    seen.push(job);
    if (job.finishedAt) return { job, seen, id: started.id as string };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the import job did not end');
}

beforeAll(async () => {
  analyst = await userToken(db, 'analyst', 'CONFIDENTIAL');
  restrictedAnalyst = await userToken(db, 'analyst', 'RESTRICTED');
  viewer = await userToken(db, 'viewer', 'CONFIDENTIAL');
});

afterAll(async () => {
  await removeImportedSource(db, `import-r-${SOURCE}`);
  await db.close();
});

describe('checkImport', () => {
  it('reports every bad row with its line, column and reason, and writes nothing', async () => {
    const before = await imported();
    const report = (await ok(analyst.token, CHECK, { input: input(BAD) })).checkImport;
    expect(report.ok).toBe(false);
    expect(report.written).toBe(false);
    expect(report.header).toEqual(['person_id', 'name', 'born', 'nationality']);
    const where = report.problems.map((p: any) => [p.file, p.line, p.column, p.field]);
    expect(where).toContainEqual(['persons.csv', 3, 3, 'born']);
    expect(where).toContainEqual(['persons.csv', 4, 4, 'nationality']);
    expect(report.problems.every((p: any) => p.reason.length > 5)).toBe(true);
    expect(await imported()).toBe(before);
    expect(before).toBe(0);
  });

  it('previews a good file as it would be imported, with its counts, and still writes nothing', async () => {
    const report = (await ok(analyst.token, CHECK, { input: input(GOOD) })).checkImport;
    expect(report).toMatchObject({ ok: true, written: false, rows: 4, entities: 4, links: 3, sourceId: `import-r-${SOURCE}` });
    expect(report.preview[0]).toMatchObject({ line: 2, id: `per-r-${NAMESPACE}-p1`, kind: 'Person', name: 'Ana Test' });
    expect(report.preview[0].links).toEqual([{ type: 'NATIONAL_OF', to: expect.stringMatching(/^loc-/) }]);
    expect(await imported()).toBe(0);
  });

  it('reports a mapping problem with the mapping file and its line', async () => {
    const report = (await ok(analyst.token, CHECK, { input: { ...input(GOOD), mapping: mapping().replace('kind: Person', 'kind: Spaceship') } })).checkImport;
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ file: 'persons.yaml', line: expect.any(Number) });
    expect(report.problems.map((p: any) => p.reason).join(' ')).toMatch(/Spaceship/);
  });
});

describe('startImport and importJob', () => {
  it('runs the import as a job whose progress reaches 100% and whose result is what was written', async () => {
    const { job, seen } = await importAndWait(analyst.token, { input: input(GOOD) });
    expect(job).toMatchObject({ file: 'persons.csv', phase: 'DONE', percent: 100, error: null });
    expect(job.result).toMatchObject({ ok: true, written: true, rows: 4, entities: 4, links: 3, sourceId: `import-r-${SOURCE}`, problems: [] });
    const percents = seen.map((s) => s.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(await imported()).toBe(4);
    expect(await importedLinks()).toBe(3);
    const [row] = await db.readText('MATCH (n:Person {id: $id}) RETURN n.marking AS marking, n.dateOfBirth AS born', { id: `per-r-${NAMESPACE}-p2` });
    expect(row).toEqual({ marking: 'RESTRICTED', born: '1975-03' });
    expect((await audits(analyst.name)).filter((a) => a.action === 'data-imported')).toContainEqual(expect.objectContaining({ outcome: 'success' }));
  });

  it('changes nothing when the same file is imported again', async () => {
    const fingerprint = async () => (await db.readText('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix OPTIONAL MATCH (n)-[r]-() RETURN n.id AS id, properties(n) AS p, count(r) AS links ORDER BY id', { prefix: `per-r-${NAMESPACE}-` }));
    const before = await fingerprint();
    const { job } = await importAndWait(analyst.token, { input: input(GOOD) });
    expect(job.result).toMatchObject({ ok: true, written: true, entities: 4 });
    expect(await fingerprint()).toEqual(before);
    expect(await importedLinks()).toBe(3);
  });

  it('ends a refused import with its problems, writes nothing and audits it as a failure', async () => {
    const before = await imported();
    const { job } = await importAndWait(analyst.token, { input: { ...input(BAD), mapping: mapping().replaceAll(NAMESPACE, `${NAMESPACE}x`) } });
    expect(job.phase).toBe('DONE');
    expect(job.result.ok).toBe(false);
    expect(job.result.written).toBe(false);
    expect(job.result.problems.map((p: any) => p.line)).toEqual(expect.arrayContaining([3, 4]));
    expect(await imported()).toBe(before);
    expect(Number((await db.readText('MATCH (n:Entity) WHERE n.id STARTS WITH $p RETURN count(n) AS n', { p: `per-r-${NAMESPACE}x-` }))[0]!.n)).toBe(0);
    expect((await audits(analyst.name)).filter((a) => a.action === 'data-imported' && a.outcome === 'failure')).toHaveLength(1);
  });

  it("does not show one user's job to another", async () => {
    const started = (await ok(analyst.token, START, { input: input(GOOD) })).startImport;
    const other = await userToken(db, 'analyst', 'CONFIDENTIAL');
    expect((await ok(other.token, JOB, { id: started.id })).importJob).toBeNull();
    expect((await ok(analyst.token, JOB, { id: 'no-such-job' })).importJob).toBeNull();
    for (let i = 0; i < 100 && !(await ok(analyst.token, JOB, { id: started.id })).importJob.finishedAt; i++) await new Promise((r) => setTimeout(r, 50));
  });
});

describe('who may import', () => {
  it('refuses a viewer, checks included, and audits the refusal', async () => {
    for (const query of [CHECK, START]) {
      const r = await gql(app, query, { input: input(GOOD) }, viewer.token);
      expect(codes(r)).toEqual(['FORBIDDEN']);
    }
    expect(codes(await gql(app, JOB, { id: 'x' }, viewer.token))).toEqual(['FORBIDDEN']);
    expect((await audits(viewer.name)).map((a) => `${a.action} ${a.outcome}`)).toEqual(['request-denied denied', 'request-denied denied', 'request-denied denied']);
  });

  it('refuses a marking above the importer\'s clearance, writes nothing and audits the failure', async () => {
    const prefix = `per-c-${NAMESPACE}-`;
    const check = (await ok(restrictedAnalyst.token, CHECK, { input: input(GOOD, 'CONFIDENTIAL') })).checkImport;
    expect(check.ok).toBe(false);
    expect(check.problems[0]).toMatchObject({ field: 'marking', reason: expect.stringMatching(/not CONFIDENTIAL/) });
    const { job } = await importAndWait(restrictedAnalyst.token, { input: input(GOOD, 'CONFIDENTIAL') });
    expect(job.result).toMatchObject({ ok: false, written: false });
    expect(job.result.problems[0].field).toBe('marking');
    expect(Number((await db.readText('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n', { prefix }))[0]!.n)).toBe(0);
    expect(await audits(restrictedAnalyst.name)).toEqual([expect.objectContaining({ action: 'data-imported', outcome: 'failure', details: expect.stringMatching(/refused, nothing written/) })]);
  });

  it('takes whole files in the import input but keeps the upload route for imports only', async () => {
    const big = ['person_id,name,born,nationality', ...Array.from({ length: 3000 }, (_, i) => `q${i},Long File Person ${i},,`)].join('\n');
    expect(big.length).toBeGreaterThan(10_000);
    const report = (await ok(analyst.token, CHECK, { input: input(big) })).checkImport;
    expect(report).toMatchObject({ ok: true, rows: 3000, written: false });
    const response = await app.fetch('http://localhost/graphql?upload=csv', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst.token}` },
      body: JSON.stringify({ query: '{ entity(id: "org-europol") { id } }' }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string; argument?: string } }[] };
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'upload' });
    expect(body.data ?? null).toBeNull();
  });
});

describe('the upload route over HTTP', () => {
  let server: Server | undefined;
  let base = '';
  beforeAll(async () => {
    const port = await freePort();
    server = await startServer({ db, host: '127.0.0.1', port });
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  // A file over the 1 MB limit of every other request.
  const rows = Array.from({ length: 40_000 }, (_, i) => `big${i},Large Upload Person ${i} with a long name,,`);
  const body = JSON.stringify({ query: CHECK, variables: { input: input(['person_id,name,born,nationality', ...rows].join('\n')) } });
  const post = (path: string, headers: Record<string, string>) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('checks a file larger than 1 MB sent to /graphql?upload=csv, and refuses it at /graphql', async () => {
    expect(body.length).toBeGreaterThan(2 * 1024 * 1024);
    const uploaded = await post('/graphql?upload=csv', { authorization: `Bearer ${analyst.token}` });
    expect(uploaded.status).toBe(200);
    const answer = (await uploaded.json()) as { data: { checkImport: { ok: boolean; rows: number } } };
    expect(answer.data.checkImport).toMatchObject({ ok: true, rows: 40_000 });
    expect((await post('/graphql', { authorization: `Bearer ${analyst.token}` })).status).toBe(413);
    expect(await imported()).toBe(4);
  });

  it('keeps the 1 MB limit for requests without a credential, and the gate for those with a bad one', async () => {
    expect((await post('/graphql?upload=csv', {})).status).toBe(413);
    expect((await post('/graphql?upload=csv', { authorization: 'Bearer not-a-token' })).status).toBe(401);
  });
});
