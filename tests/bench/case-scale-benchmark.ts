/**
 * npm run bench [-- --sizes curated,tenth,report,triple] [--rounds 100] [--out benchmarks/results/]
 *
 * The product's costs as the graph grows: at each size (the curated graph alone, then the
 * synthetic case data at 1/10, 1 and 3 times the joint report's scale, or `small` for CI), the
 * synthetic import (time, rows per second), p50/p95/p99 over HTTP of the questions analysts ask,
 * throughput at 50 connections, and the memory of the API and of Neo4j; then drawing 500, 2,000
 * and 10,000 elements in headless Chromium. Writes a JSON file and a table (text and Markdown)
 * with the issue's targets marked; figures, not a timed test (it fails only when something
 * breaks).
 *
 * Neo4j: its own, sized for this machine (heap 3g, page cache 2g, temporary folder, free port),
 * stopped at the end; or NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), seeded when
 * empty, from which the synthetic data (and only that) is removed before the curated size and at
 * the end. The API runs as a child process on a free port (tests/bench/support/api-server-process.ts),
 * asked with an API token of a CONFIDENTIAL viewer (synthetic data is RESTRICTED).
 *
 * Other options: --seconds N (throughput duration), --connections N (50), --max-seconds N (time
 * budget per query and size, at least 5 rounds), --seed N (1), --render-elements 500,2000,10000,
 * --render-runs N, --no-render. A run of only curated and small sizes is CI-sized: 3 s of
 * throughput, 500 and 2,000 elements drawn once.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { defaultInstanceOptions, freePort, LocalNeo4j } from '../../neo4j/scripts/local-instance.ts';
import { createApiToken, createUser } from '../../server/auth/auth-service.ts';
import { neo4jConnection } from '../../server/config/neo4j-connection.ts';
import { Db } from '../../server/db/driver.ts';
import { MARKINGS } from '../../server/domain/model.ts';
import { applySchema, isGraphEmpty, loadSeedGraph, readSeedFiles } from '../../seed/load.ts';
import { SYNTHETIC_SOURCE_ID, loadSynthetic, removeSynthetic } from '../../seed/synthetic/cli.ts';
import { validateSeed } from '../../seed/validate.ts';
import { runRenderBenchmark } from '../../client/bench/render-benchmark.ts';
import { GraphQLClient, percentile, startChildServer, stopChildServers, type ChildServer, type GraphQLAnswer } from './support/bench-measure.ts';
import { BENCH_QUERIES, curatedSubjects, SIZES, syntheticSubjects, THROUGHPUT_QUERIES, type BenchQuery, type QueryForm, type Size, type Subjects } from './support/case-scale-queries.ts';
import { checkTargets, reportMarkdown, reportText, type BenchFile, type LatencyFigure, type SizeFigures, type Skipped, type ThroughputFigure } from './support/case-scale-report.ts';
import { apiMemory, neo4jMemory } from './support/server-memory.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const log = (line = '') => console.log(line);

class UsageError extends Error {}

/** The commit measured, so figures in the README can name it. */
function checkout(): string {
  try {
    const head = execFileSync('git', ['-C', REPO, 'log', '-1', '--format=%h %s'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['-C', REPO, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '';
    return `${head}${dirty ? ' (with uncommitted changes)' : ''}`;
  } catch {
    return 'not a git checkout';
  }
}

function options(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: 'curated,tenth,report,triple' },
      rounds: { type: 'string', default: '100' },
      out: { type: 'string', default: path.join(REPO, 'benchmarks/results') },
      seconds: { type: 'string' },
      connections: { type: 'string', default: '50' },
      'max-seconds': { type: 'string', default: '30' },
      seed: { type: 'string', default: '1' },
      'render-elements': { type: 'string' },
      'render-runs': { type: 'string' },
      'no-render': { type: 'boolean', default: false },
    },
  });
  const whole = (name: string, v: string | undefined, min = 1) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number of at least ${min} (got ${v}).`);
    return n;
  };
  const sizes = values.sizes.split(',').map((s) => s.trim()).filter(Boolean) as Size[];
  const unknown = sizes.filter((s) => !SIZES.includes(s));
  if (unknown.length || sizes.length === 0) throw new UsageError(`--sizes takes a comma-separated list of ${SIZES.join(', ')} (got ${values.sizes}).`);
  const ciSized = sizes.every((s) => s === 'curated' || s === 'small');
  return {
    sizes: SIZES.filter((s) => sizes.includes(s)),
    rounds: whole('rounds', values.rounds),
    out: path.resolve(values.out),
    seconds: whole('seconds', values.seconds ?? (ciSized ? '3' : '10')),
    connections: whole('connections', values.connections),
    maxSeconds: whole('max-seconds', values['max-seconds']),
    seed: whole('seed', values.seed, 0),
    renderElements: values['no-render'] ? [] : (values['render-elements'] ?? (ciSized ? '500,2000' : '500,2000,10000')).split(',').map((e) => whole('render-elements', e, 3)),
    renderRuns: whole('render-runs', values['render-runs'] ?? (ciSized ? '1' : '3')),
    ciSized,
  };
}
type Options = ReturnType<typeof options>;

interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  own: boolean;
  description: string;
  stop: () => Promise<void>;
}

async function provideNeo4j(): Promise<Neo4jTarget> {
  if (process.env.NEO4J_URI) {
    const c = neo4jConnection(process.env);
    return { ...c, own: false, description: c.uri, stop: async () => {} };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smuggling-graph-bench-'));
  const local = new LocalNeo4j({ ...defaultInstanceOptions({}), dir, boltPort: await freePort(), heapSize: '3g', pageCacheSize: '2g', txMemoryMax: '1g', txMemoryTotal: '2g' });
  log(`Starting Neo4j 5.26 for the benchmark (heap 3g, page cache 2g) in ${dir} ...`);
  await local.start(log);
  return {
    ...local.credentials(),
    database: undefined,
    own: true,
    description: 'own local 5.26 (heap 3g, page cache 2g)',
    stop: async () => {
      await local.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const answerError = (a: GraphQLAnswer): string | undefined => {
  if (a.status !== 200) return `HTTP ${a.status}: ${a.text.slice(0, 300)}`;
  if (!a.body) return `not JSON: ${a.text.slice(0, 300)}`;
  if (a.body.errors?.length) return a.body.errors.map((e) => `${e.extensions?.code ?? ''} ${e.message}`.trim()).join('; ').slice(0, 400);
  return undefined;
};

/** One question, with its follow-up request when it has one: the time of both together. */
async function ask(client: GraphQLClient, form: QueryForm): Promise<{ ms: number; error?: string; data: unknown }> {
  const first = await client.post(form.query, form.variables);
  const error = answerError(first);
  const next = error ? undefined : form.followUp?.(first.body?.data);
  if (!next) return { ms: first.ms, data: first.body?.data, ...(error ? { error } : {}) };
  const second = await client.post(next.query, next.variables);
  const secondError = answerError(second);
  return { ms: first.ms + second.ms, data: first.body?.data, ...(secondError ? { error: secondError } : {}) };
}

/** The first form the schema accepts (a scoped field may not exist yet). */
async function chooseForm(client: GraphQLClient, forms: QueryForm[]): Promise<QueryForm> {
  for (const form of forms.slice(0, -1)) {
    const a = await client.post(form.query, form.variables);
    const invalid = a.body?.errors?.some((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED');
    if (!invalid) return form;
  }
  return forms[forms.length - 1]!;
}

async function latency(client: GraphQLClient, q: BenchQuery, subjects: Subjects, o: Options): Promise<LatencyFigure | Skipped> {
  if (q.caseOnly && !subjects.caseData) return { title: q.title, skipped: 'no case data at this size' };
  const form = await chooseForm(client, q.forms(subjects));
  const first = await ask(client, form);
  const warmup = Math.max(5, Math.round(o.rounds / 10));
  const budget = o.maxSeconds * 1000;
  const warmStart = Date.now();
  for (let i = 0; i < warmup && Date.now() - warmStart < budget / 4; i++) await ask(client, form);
  const times: number[] = [];
  let errors = 0;
  let firstError = first.error;
  const started = Date.now();
  while (times.length < o.rounds && (times.length < 5 || Date.now() - started < budget)) {
    const a = await ask(client, form);
    times.push(a.ms);
    if (a.error) {
      errors++;
      firstError ??= a.error;
    }
  }
  return {
    title: q.title,
    form: form.label,
    interim: form.interim,
    query: form.query.replace(/\s+/g, ' '),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    rounds: times.length,
    errors,
    ...(firstError ? { firstError } : {}),
    answer: first.error ? 'error' : q.size(first.data),
  };
}

async function throughput(url: string, token: string, t: (typeof THROUGHPUT_QUERIES)[number], ids: string[], o: Options): Promise<ThroughputFigure> {
  let next = 0;
  let graphqlErrors = 0;
  let firstFailure: string | undefined;
  const run = (duration: number) => autocannon({
    url,
    connections: o.connections,
    duration,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: [{
      method: 'POST' as const,
      setupRequest: (request) => ({ ...request, body: JSON.stringify({ query: t.query, variables: { id: ids[next++ % ids.length] } }) }),
      onResponse: (status: number, body: string) => {
        if (status === 200 && body.includes('"errors"')) graphqlErrors++;
        if (status !== 200 || body.includes('"errors"')) firstFailure ??= `HTTP ${status}: ${body.slice(0, 300)}`;
      },
    }],
  });
  await run(Math.min(3, o.seconds));
  graphqlErrors = 0;
  firstFailure = undefined;
  const r = await run(o.seconds);
  return {
    title: t.title,
    connections: o.connections,
    seconds: o.seconds,
    requests: r.requests.total,
    perSecond: r.requests.total / o.seconds,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx + graphqlErrors,
    detail: { connectionErrors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx, graphqlErrors, statusCodes: r.statusCodeStats, ...(firstFailure ? { firstFailure } : {}) },
  };
}

async function graphCounts(db: Db) {
  const [row] = await db.readText('CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
  return { nodes: Number(row?.nodes ?? 0), relationships: Number(row?.relationships ?? 0) };
}

async function syntheticLoaded(db: Db): Promise<boolean> {
  const [row] = await db.readText('MATCH (s:Entity {id: $id}) WHERE s.marking IN $markings RETURN count(s) AS n', { id: SYNTHETIC_SOURCE_ID, markings: [...MARKINGS] });
  return Number(row?.n ?? 0) > 0;
}

function write(o: Options, file: BenchFile, stamp: string): { json: string; markdown: string } {
  fs.mkdirSync(o.out, { recursive: true });
  file.targets = checkTargets(file);
  const json = path.join(o.out, `bench-${stamp}.json`);
  const markdown = path.join(o.out, `bench-${stamp}.md`);
  fs.writeFileSync(json, `${JSON.stringify(file, null, 2)}\n`);
  fs.writeFileSync(markdown, reportMarkdown(file));
  return { json, markdown };
}

async function main(argv: string[]): Promise<number> {
  let o: Options;
  try {
    o = options(argv);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error((error as Error).message);
      return 2;
    }
    throw error;
  }
  const started = Date.now();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  log(`npm run bench: sizes ${o.sizes.join(', ')}; ${o.rounds} rounds per query; ${o.connections} connections for ${o.seconds} s; ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}${o.ciSized ? ' (CI-sized run)' : ''}`);
  const target = await provideNeo4j();
  let api: ChildServer | undefined;
  const interrupted = () => {
    log('Interrupted: stopping the API and Neo4j ...');
    process.on('uncaughtException', () => {});
    process.on('unhandledRejection', () => {});
    void stopChildServers().finally(() => target.stop().finally(() => process.exit(130)));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const db = new Db({ uri: target.uri, user: target.user, password: target.password, database: target.database, local: false });
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), { logging: { level: 'error', logger: () => {} } });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'smuggling-graph-bench-synthetic-'));
  const file: BenchFile = {
    meta: { at: new Date().toISOString(), checkout: checkout(), node: process.version, cores: os.cpus().length, loadAverage: os.loadavg(), neo4j: target.description, options: { ...o, out: undefined }, viewer: 'CONFIDENTIAL (API token)' },
    sizes: {},
    render: null,
    targets: [],
  };
  let written = { json: '', markdown: '' };
  let loadedSynthetic = false;
  try {
    await applySchema(db);
    if (await isGraphEmpty(db)) {
      const summary = await loadSeedGraph(db, validateSeed(readSeedFiles()));
      log(`Seeded the curated graph: ${summary.nodes} entities, ${summary.relationships} relationships.`);
    }
    const name = `bench-${Date.now().toString(36)}`;
    await createUser(db, 'benchmark', name, 'viewer', 'CONFIDENTIAL');
    const { token } = await createApiToken(db, 'benchmark', name, 'case-scale benchmark', 1);
    const port = await freePort();
    api = await startChildServer('API', path.join(HERE, 'support/api-server-process.ts'), {
      ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, NEO4J_DATABASE: target.database ?? '', API_PORT: String(port),
    }, port, 120_000, true);
    const url = `http://127.0.0.1:${port}/graphql`;
    const client = new GraphQLClient(url, `Bearer ${token}`);
    for (const size of o.sizes) {
      log(`\n== ${size} ==`);
      let subjects: Subjects;
      let imported: SizeFigures['import'] = null;
      if (size === 'curated') {
        if (await syntheticLoaded(db)) await removeSynthetic(db, log);
        const rows = await db.readText('MATCH (n:Entity) WHERE NOT n:Source AND n.marking IN $m RETURN n.id AS id ORDER BY id', { m: [...MARKINGS] });
        subjects = curatedSubjects(rows.map((r) => String(r.id)));
      } else {
        subjects = syntheticSubjects(size, o.seed);
        loadedSynthetic = true;
        const load = await loadSynthetic(db, size, o.seed, path.join(dataDir, size), log);
        imported = { ...load, rowsPerSecond: Math.round(load.rows / load.seconds) };
      }
      const graph = await graphCounts(db);
      log(`Graph: ${graph.nodes.toLocaleString('en')} nodes, ${graph.relationships.toLocaleString('en')} relationships. Hub ${subjects.hub}; path ${subjects.pathFrom} -> ${subjects.pathTo}.`);
      const figures: SizeFigures = { graph, import: imported, subjects: { ...subjects, lookupIds: undefined, lookupCount: subjects.lookupIds.length }, latency: {}, throughput: {}, memory: { api: {}, neo4j: {} } };
      file.sizes[size] = figures;
      if (size === o.sizes[0]) {
        // Both processes start cold (Neo4j's JIT, V8's): the first size would pay for it. One
        // pass of every query and of the throughput runs is made first and not kept.
        log('  warming up: one pass of every query and throughput run, not kept ...');
        for (const q of BENCH_QUERIES) await latency(client, q, subjects, { ...o, rounds: Math.min(o.rounds, 20) });
        for (const t of THROUGHPUT_QUERIES) await throughput(url, token, t, subjects.lookupIds, { ...o, seconds: Math.min(o.seconds, 5) });
      }
      for (const q of BENCH_QUERIES) {
        const f = await latency(client, q, subjects, o);
        figures.latency[q.key] = f;
        if ('skipped' in f) log(`  ${q.title}: skipped (${f.skipped})`);
        else log(`  ${q.title}: p50 ${f.p50.toFixed(2)} / p95 ${f.p95.toFixed(2)} / p99 ${f.p99.toFixed(2)} ms, ${f.rounds} rounds; ${f.answer}; ${f.interim ? 'INTERIM ' : ''}${f.form}${f.firstError ? `; ${f.errors} errors, first: ${f.firstError}` : ''}`);
      }
      for (const t of THROUGHPUT_QUERIES) {
        log(`  throughput: ${t.title}, ${o.connections} connections, ${o.seconds} s over ${subjects.lookupIds.length} ids ...`);
        const f = await throughput(url, token, t, subjects.lookupIds, o);
        figures.throughput[t.key] = f;
        log(`    ${f.perSecond.toFixed(0)} requests/s, p50 ${f.p50} ms, p99 ${f.p99} ms, ${f.errors} errors${f.detail.firstFailure ? `, first: ${f.detail.firstFailure}` : ''}`);
      }
      figures.memory.api = { ...(await apiMemory(api.child, api.pid)) };
      figures.memory.neo4j = { ...(await neo4jMemory(driver, { hub: subjects.hub, lookupIds: subjects.lookupIds })) };
      const m = figures.memory;
      log(`  memory: API RSS ${m.api.rssMb} MB, heap ${m.api.heapUsedMb} MB; Neo4j heap used ${(m.neo4j as any).heapUsedMb} MB, page cache hit ratio ${(m.neo4j as any).pageCache.workingSetHitRatio} (working set), ${(m.neo4j as any).pageCache.fullScanHitRatio} (full scan)`);
      written = write(o, file, stamp);
    }
    client.close();
    await api.stop();
    api = undefined;
    if (loadedSynthetic && !target.own) await removeSynthetic(db, log);
  } finally {
    await api?.stop();
    await driver.close();
    await db.close();
    await target.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  if (o.renderElements.length) {
    log(`\n== drawing in headless Chromium: ${o.renderElements.join(', ')} elements, canvas and WebGL, ${o.renderRuns} run(s) each ==`);
    // Elements are nodes and edges, two edges a node as in the explorer's large graphs.
    const scenarios = o.renderElements.flatMap((e) => [false, true].map((webgl) => ({ nodes: Math.round(e / 3), edges: e - Math.round(e / 3), webgl, layout: 'force' as const })));
    try {
      const r = await runRenderBenchmark({
        scenarios,
        runs: o.renderRuns,
        runTimeoutMs: (o.ciSized ? 60 : 300) * 1000,
        onResult: (x) => log(`  ${x.nodes + x.edges} elements, ${x.renderer}: ${x.error ? `FAILED: ${x.error}` : `layout ${x.layoutMs} ms, first frame ${x.firstFrameMs} ms, total ${x.totalMs} ms`}`),
      });
      file.render = { chromium: r.chromium, results: r.results.map((x) => ({ elements: x.nodes + x.edges, nodes: x.nodes, edges: x.edges, renderer: x.renderer, runs: x.runs, layoutMs: x.layoutMs, firstFrameMs: x.firstFrameMs, totalMs: x.totalMs, ...(x.error ? { error: x.error } : {}) })) };
    } catch (error) {
      file.render = { skipped: `the drawing benchmark failed: ${(error as Error).message.slice(0, 300)}` };
      log(`  ${(file.render as { skipped: string }).skipped}`);
    }
  } else {
    file.render = { skipped: 'not asked (--no-render)' };
  }
  written = write(o, file, stamp);
  log(`\n${reportText(file)}`);
  log(`\nWritten ${path.relative(process.cwd(), written.json)} and ${path.relative(process.cwd(), written.markdown)}; ${((Date.now() - started) / 1000).toFixed(0)} s in all; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (other work on the machine skews the figures).`);
  const broken = file.render && 'skipped' in file.render && o.renderElements.length > 0;
  return broken ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
