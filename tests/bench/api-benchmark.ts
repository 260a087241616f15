/**
 * npm run bench:api: this API against @neo4j/graphql on the same Neo4j and the same graph.
 *
 * Why: the read path should cost less than a generic GraphQL-to-Cypher layer answering the same
 * questions, per request (latency, CPU) and under load. Both servers run as child processes on
 * loopback (CPU per request read from /proc/<pid>/stat); each query pair is warmed up, checked
 * once for equal data (ids), then asked alternately, ours and the peer's, BENCH_ROUNDS times.
 * Then entity lookups by rotating ids at BENCH_CONNECTIONS connections (autocannon) for each.
 * Targets: p50 at most 0.5x the peer's on every pair ({ __typename } within 1.5x), at least 2x
 * its throughput on lookups.
 *
 * --case-scale (BENCH_CASE_SCALE=1) instead measures our API alone, for a PUBLIC and a
 * CONFIDENTIAL viewer, on the seeded graph and again after adding 40,000 RESTRICTED
 * organisations, 5,000 of them in Libya, with 145,000 links among them (support/case-scale-data.ts).
 *
 * --app-dir <dir> (BENCH_APP_DIR): the checkout whose server, seed loader and user accounts are
 * used for "our API" (default this repository), e.g. a clone of an older commit as a baseline.
 *
 * Neo4j: NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) if set, seeded when empty;
 * otherwise a throwaway local server (free port, temporary folder, heap 2g, page cache 1g).
 *
 * Settings: BENCH_ROUNDS (300), BENCH_WARMUP (rounds/10, at least 5), BENCH_VIEWER (PUBLIC or
 * CONFIDENTIAL: whose clearance the comparison runs with), BENCH_CONNECTIONS (20),
 * BENCH_THROUGHPUT_SECONDS (10), BENCH_CASE_ROUNDS (100), BENCH_CASE_MAX_SECONDS (30 per query
 * and viewer, at least 5 rounds), BENCH_STRICT=1 (exit 1 when a target is missed).
 * Prints tables; writes test-results/bench-api.json (bench-api-case-scale.json with --case-scale).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { defaultInstanceOptions, freePort, LocalNeo4j } from '../../neo4j/scripts/local-instance.ts';
import { neo4jConnection } from '../../server/config/neo4j-connection.ts';
import type { Db as DbClass } from '../../server/db/driver.ts';
import { GraphQLClient, percentile, processCpuMs, signJwt, startChildServer, stopChildServers, type ChildServer, type GraphQLAnswer } from './support/bench-measure.ts';
import { CASE_QUERIES, collectIds, LOOKUP, queryPairs, SEARCH_TEXT, SEARCH_TEXT_LUCENE, type QueryPair } from './support/bench-queries.ts';
import { CASE_SCALE, loadCaseScale, removeCaseScale } from './support/case-scale-data.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');

function argValue(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}
const int = (value: string | undefined, fallback: number) => (value && Number.isFinite(Number(value)) ? Math.max(1, Math.round(Number(value))) : fallback);

const env = process.env;
const CASE_MODE = process.argv.includes('--case-scale') || env.BENCH_CASE_SCALE === '1';
const APP_DIR = path.resolve(argValue('--app-dir') ?? env.BENCH_APP_DIR ?? REPO);
const ROUNDS = int(env.BENCH_ROUNDS, 300);
const WARMUP = int(env.BENCH_WARMUP, Math.max(5, Math.round(ROUNDS / 10)));
const VIEWER = env.BENCH_VIEWER === 'CONFIDENTIAL' ? 'CONFIDENTIAL' : 'PUBLIC';
const CONNECTIONS = int(env.BENCH_CONNECTIONS, 20);
const THROUGHPUT_SECONDS = int(env.BENCH_THROUGHPUT_SECONDS, 10);
const CASE_ROUNDS = int(env.BENCH_CASE_ROUNDS, 100);
const CASE_MAX_SECONDS = int(env.BENCH_CASE_MAX_SECONDS, 30);
const MARKINGS_AT_OR_BELOW = { PUBLIC: ['PUBLIC'], RESTRICTED: ['PUBLIC', 'RESTRICTED'], CONFIDENTIAL: ['PUBLIC', 'RESTRICTED', 'CONFIDENTIAL'] } as const;

const log = (line = '') => console.log(line);
const loadAverage = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(v < 10 ? 2 : 1) : 'n/a');
const ratio = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}x` : 'n/a');

interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** The server process, when it is the throwaway local one (its CPU is then measured too). */
  pid: number | undefined;
  throwaway: boolean;
  stop: () => Promise<void>;
}

async function provideNeo4j(): Promise<Neo4jTarget> {
  if (env.NEO4J_URI) {
    const { uri, user, password, database } = neo4jConnection(env);
    return {
      uri,
      user,
      password,
      database,
      pid: undefined,
      throwaway: false,
      stop: async () => {},
    };
  }
  // As tests/setup/neo4j-provider.ts startThrowawayLocalNeo4j, with the memory of the real
  // local server (heap 2g, page cache 1g) so that the case-scale graph fits in the page cache.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smuggling-graph-bench-'));
  const local = new LocalNeo4j({ ...defaultInstanceOptions({}), dir, boltPort: await freePort(), heapSize: '2g', pageCacheSize: '1g' });
  log(`Starting a throwaway Neo4j 5.26 in ${dir} ...`);
  await local.start(() => {});
  const credentials = local.credentials();
  return {
    ...credentials,
    database: undefined,
    pid: local.runningPid(),
    throwaway: true,
    stop: async () => {
      await local.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The checkout's own modules, so a baseline is seeded and signed in with its own code. */
async function appModules() {
  const load = <T>(file: string): Promise<T> => import(pathToFileURL(path.join(APP_DIR, file)).href) as Promise<T>;
  return {
    driver: await load<typeof import('../../server/db/driver.ts')>('server/db/driver.ts'),
    seed: await load<typeof import('../../seed/load.ts')>('seed/load.ts'),
    validate: await load<typeof import('../../seed/validate.ts')>('seed/validate.ts'),
    auth: await load<typeof import('../../server/auth/auth-service.ts')>('server/auth/auth-service.ts'),
    model: await load<Record<string, unknown> & typeof import('../../server/domain/model.ts')>('server/domain/model.ts'),
    lucene: await load<{ luceneQuery?: (text: string, fuzzy: boolean) => unknown }>('server/modules/search/lucene-query.ts').catch(() => ({ luceneQuery: undefined })),
  };
}
type AppModules = Awaited<ReturnType<typeof appModules>>;

/**
 * The full-text index the peer searches: the one our API searches for this viewer (the
 * checkout's FULLTEXT_INDEX, or its per-clearance FULLTEXT_SEARCH), if the database has it.
 */
async function peerFulltext(app: AppModules, db: DbClass): Promise<{ index: string; fields: string } | undefined> {
  const model = app.model as Record<string, any>;
  const index: unknown = model.FULLTEXT_INDEX ?? model.FULLTEXT_SEARCH?.[VIEWER]?.index;
  if (typeof index !== 'string') return undefined;
  try {
    const [row] = await db.readText('SHOW FULLTEXT INDEXES YIELD name RETURN collect(name) AS names');
    if (!((row?.names as string[] | undefined) ?? []).includes(index)) return undefined;
  } catch {
    // Older servers or restricted users: trust the model.
  }
  return { index, fields: ((model.FULLTEXT_PROPERTIES as string[] | undefined) ?? ['name', 'aliasesText', 'description']).join(',') };
}

function searchPhrase(app: AppModules): string {
  try {
    const phrase = app.lucene.luceneQuery?.(SEARCH_TEXT, true);
    if (typeof phrase === 'string' && phrase) return phrase;
  } catch {
    // A changed signature: fall back to the known query.
  }
  return SEARCH_TEXT_LUCENE;
}

function describeCheckout(dir: string): string {
  try {
    const head = execFileSync('git', ['-C', dir, 'log', '-1', '--format=%h %s'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['-C', dir, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '';
    return `${head}${dirty ? ' (with uncommitted changes)' : ''}`;
  } catch {
    return 'not a git checkout';
  }
}

const answerError = (a: GraphQLAnswer): string | undefined => {
  if (a.status !== 200) return `HTTP ${a.status}: ${a.text.slice(0, 300)}`;
  if (!a.body) return `not JSON: ${a.text.slice(0, 300)}`;
  if (a.body.errors?.length) return a.body.errors.map((e) => `${e.extensions?.code ?? ''} ${e.message}`.trim()).join('; ').slice(0, 400);
  return undefined;
};

function compareIds(pair: QueryPair, ours: unknown, peer: unknown): { same: boolean; text: string } {
  const a = collectIds(ours);
  const b = collectIds(peer);
  switch (pair.compare) {
    case 'ordered': {
      const same = JSON.stringify(a) === JSON.stringify(b);
      return { same, text: same ? `same (${a.length} ids, same order)` : `DIFFERENT: ours [${a.slice(0, 8).join(', ')}] peer [${b.slice(0, 8).join(', ')}]` };
    }
    case 'multiset': {
      const same = JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
      return { same, text: same ? `same (${a.length} ids)` : `DIFFERENT: ${a.length} ids ours, ${b.length} peer; only ours: ${[...new Set(a)].filter((x) => !b.includes(x)).slice(0, 5).join(', ')}; only peer: ${[...new Set(b)].filter((x) => !a.includes(x)).slice(0, 5).join(', ')}` };
    }
    case 'set': {
      const sa = new Set(a);
      const sb = new Set(b);
      const same = sa.size === sb.size && [...sa].every((x) => sb.has(x));
      return { same, text: same ? `same (${sa.size} distinct ids)` : `DIFFERENT: ${sa.size} ours, ${sb.size} peer; only ours: ${[...sa].filter((x) => !sb.has(x)).slice(0, 5).join(', ')}; only peer: ${[...sb].filter((x) => !sa.has(x)).slice(0, 5).join(', ')}` };
    }
    case 'overlap': {
      const sb = new Set(b);
      const common = new Set(a.filter((x) => sb.has(x))).size;
      return { same: true, text: `${a.length} hits ours, ${b.length} peer, ${common} in common (ranking differs by design)` };
    }
  }
}

interface PairResult {
  key: string;
  title: string;
  target: number;
  data: string;
  dataSame: boolean;
  ours: SideStats;
  peer: SideStats;
  ratioP50: number;
  met: boolean;
}

interface SideStats {
  p50: number;
  p95: number;
  cpuMsPerRequest: number;
  neo4jCpuMsPerRequest: number;
  errors: number;
  firstError?: string;
}

interface Side {
  name: 'ours' | 'peer';
  client: GraphQLClient;
  server: ChildServer;
}

async function measurePair(pair: QueryPair, ours: Side, peer: Side, neo4jPid: number | undefined): Promise<PairResult> {
  const target = pair.key === 'typename' ? 1.5 : 0.5;
  const first = { ours: await ours.client.post(pair.ours), peer: await peer.client.post(pair.peer) };
  const firstErrors = { ours: answerError(first.ours), peer: answerError(first.peer) };
  const check = firstErrors.ours || firstErrors.peer
    ? { same: false, text: `ERROR: ${firstErrors.ours ? `ours: ${firstErrors.ours}` : ''} ${firstErrors.peer ? `peer: ${firstErrors.peer}` : ''}`.trim() }
    : compareIds(pair, first.ours.body?.data, first.peer.body?.data);
  const sides = [ours, peer];
  const times: Record<string, number[]> = { ours: [], peer: [] };
  const neo4jCpu: Record<string, number> = { ours: 0, peer: 0 };
  const errors: Record<string, { count: number; first?: string }> = { ours: { count: 0 }, peer: { count: 0 } };
  const ask = async (side: Side, record: boolean) => {
    const before = processCpuMs(neo4jPid);
    const answer = await side.client.post(side.name === 'ours' ? pair.ours : pair.peer);
    if (!record) return;
    neo4jCpu[side.name]! += processCpuMs(neo4jPid) - before;
    times[side.name]!.push(answer.ms);
    const error = answerError(answer);
    if (error) {
      errors[side.name]!.count++;
      errors[side.name]!.first ??= error;
    }
  };
  for (let i = 0; i < WARMUP; i++) for (const side of sides) await ask(side, false);
  const cpuBefore = { ours: processCpuMs(ours.server.pid), peer: processCpuMs(peer.server.pid) };
  for (let i = 0; i < ROUNDS; i++) {
    // Alternate who goes first, so neither always runs right after the other's request.
    for (const side of i % 2 === 0 ? sides : [peer, ours]) await ask(side, true);
  }
  const cpuAfter = { ours: processCpuMs(ours.server.pid), peer: processCpuMs(peer.server.pid) };
  const stats = (name: 'ours' | 'peer'): SideStats => ({
    p50: percentile(times[name]!, 50),
    p95: percentile(times[name]!, 95),
    // The server's whole CPU over the alternating phase (also anything it does after answering),
    // divided by its requests; its idle time during the other's requests costs next to nothing.
    cpuMsPerRequest: (cpuAfter[name] - cpuBefore[name]) / ROUNDS,
    neo4jCpuMsPerRequest: neo4jCpu[name]! / ROUNDS,
    errors: errors[name]!.count,
    ...(errors[name]!.first ? { firstError: errors[name]!.first } : {}),
  });
  const o = stats('ours');
  const p = stats('peer');
  const ratioP50 = o.p50 / p.p50;
  return { key: pair.key, title: pair.title, target, data: check.text, dataSame: check.same, ours: o, peer: p, ratioP50, met: ratioP50 <= target && o.errors === 0 && check.same };
}

interface ThroughputStats {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  graphqlErrors: number;
  cpuMsPerRequest: number;
}

async function throughput(url: string, authorization: string, query: string, ids: string[], pid: number, seconds: number): Promise<ThroughputStats> {
  let next = 0;
  let graphqlErrors = 0;
  const run = (duration: number) => autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    headers: { 'content-type': 'application/json', authorization },
    requests: [{
      method: 'POST' as const,
      setupRequest: (request) => ({ ...request, body: JSON.stringify({ query, variables: { id: ids[next++ % ids.length] } }) }),
      onResponse: (status: number, body: string) => {
        if (status === 200 && body.includes('"errors"')) graphqlErrors++;
      },
    }],
  });
  await run(Math.min(3, seconds));
  graphqlErrors = 0;
  const cpuBefore = processCpuMs(pid);
  const result = await run(seconds);
  const cpu = processCpuMs(pid) - cpuBefore;
  return {
    requests: result.requests.total,
    perSecond: result.requests.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    graphqlErrors,
    cpuMsPerRequest: cpu / Math.max(1, result.requests.total),
  };
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function comparison(app: AppModules, db: DbClass, neo4j: Neo4jTarget, ourServer: ChildServer, ourTokens: Record<string, string>) {
  const fulltext = await peerFulltext(app, db);
  let pairs = queryPairs(app.model.RELATIONSHIPS, searchPhrase(app));
  if (!fulltext) {
    log('No full-text index of the checkout\'s model found in the database: the search pair is left out.');
    pairs = pairs.filter((p) => p.key !== 'search-50');
  }
  const secret = `bench-peer-${Math.random().toString(36).slice(2)}-${Date.now()}`.padEnd(40, 'x');
  const peerPort = await freePort();
  log(`Starting the @neo4j/graphql peer (schema generated from ${path.join(APP_DIR, 'server/domain/model.ts')}; full text: ${fulltext?.index ?? 'none'}) ...`);
  const peerServer = await startChildServer('the @neo4j/graphql peer', path.join(HERE, 'support/neo4j-graphql-peer.ts'), {
    ...env,
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database ?? '',
    PEER_PORT: String(peerPort),
    PEER_JWT_SECRET: secret,
    BENCH_APP_DIR: APP_DIR,
    PEER_FULLTEXT_INDEX: fulltext?.index ?? '',
    PEER_FULLTEXT_FIELDS: fulltext?.fields ?? '',
  }, peerPort);
  try {
    const jwt = signJwt({ sub: `bench-${VIEWER.toLowerCase()}`, markings: MARKINGS_AT_OR_BELOW[VIEWER] }, secret);
    const ours: Side = { name: 'ours', client: new GraphQLClient(`http://127.0.0.1:${ourServer.port}/graphql`, `Bearer ${ourTokens[VIEWER]}`), server: ourServer };
    const peer: Side = { name: 'peer', client: new GraphQLClient(`http://127.0.0.1:${peerPort}/graphql`, `Bearer ${jwt}`), server: peerServer };
    log(`Query pairs: ${WARMUP} warm-up and ${ROUNDS} measured rounds each, alternating; viewer ${VIEWER}.`);
    const results: PairResult[] = [];
    for (const pair of pairs) {
      const r = await measurePair(pair, ours, peer, neo4j.pid);
      results.push(r);
      log(`  ${r.title}: ours p50 ${ms(r.ours.p50)} ms, peer ${ms(r.peer.p50)} ms (${ratio(r.ratioP50)}); data ${r.data}`);
      for (const [name, s] of [['ours', r.ours], ['peer', r.peer]] as const) if (s.firstError) log(`    ${name}: ${s.errors} errors, first: ${s.firstError}`);
    }
    ours.client.close();
    peer.client.close();

    const [row] = await db.readText('MATCH (n:Entity) WHERE n.marking IN $markings RETURN collect(n.id) AS ids', { markings: MARKINGS_AT_OR_BELOW[VIEWER] });
    const ids = (row?.ids as string[] | undefined) ?? [];
    log(`Throughput: entity lookups over ${ids.length} rotating ids, ${CONNECTIONS} connections, ${THROUGHPUT_SECONDS} s each (after a short warm-up) ...`);
    const tOurs = await throughput(`http://127.0.0.1:${ourServer.port}/graphql`, `Bearer ${ourTokens[VIEWER]}`, LOOKUP.ours, ids, ourServer.pid, THROUGHPUT_SECONDS);
    const tPeer = await throughput(`http://127.0.0.1:${peerPort}/graphql`, `Bearer ${jwt}`, LOOKUP.peer, ids, peerServer.pid, THROUGHPUT_SECONDS);
    return { results, throughput: { ours: tOurs, peer: tPeer, ratio: tOurs.perSecond / tPeer.perSecond, target: 2 } };
  } finally {
    await peerServer.stop();
  }
}

function printComparison(c: Awaited<ReturnType<typeof comparison>>) {
  const cpu = (s: SideStats) => ms(s.cpuMsPerRequest);
  log();
  log(`Latency per request, ms (${ROUNDS} rounds, sequential, alternating); CPU ms per request of each server process and of Neo4j`);
  log(table(
    ['query', 'ours p50', 'ours p95', 'peer p50', 'peer p95', 'p50 ours/peer', 'target', '', 'CPU ours', 'CPU peer', 'Neo4j ours', 'Neo4j peer'],
    c.results.map((r) => [
      r.title, ms(r.ours.p50), ms(r.ours.p95), ms(r.peer.p50), ms(r.peer.p95), ratio(r.ratioP50), `<= ${r.target}x`, r.met ? 'met' : 'MISSED',
      cpu(r.ours), cpu(r.peer), ms(r.ours.neo4jCpuMsPerRequest), ms(r.peer.neo4jCpuMsPerRequest),
    ]),
  ));
  log();
  log('Same data (ids) in both answers:');
  for (const r of c.results) log(`  ${r.title}: ${r.data}`);
  const t = c.throughput;
  log();
  log(`Throughput, entity lookups by id, ${CONNECTIONS} connections, ${THROUGHPUT_SECONDS} s`);
  const errs = (s: ThroughputStats) => `${s.errors + s.timeouts + s.non2xx + s.graphqlErrors}`;
  log(table(
    ['server', 'requests/s', 'p50 ms', 'p99 ms', 'errors', 'CPU ms/request'],
    [
      ['ours', t.ours.perSecond.toFixed(0), String(t.ours.p50), String(t.ours.p99), errs(t.ours), ms(t.ours.cpuMsPerRequest)],
      ['@neo4j/graphql', t.peer.perSecond.toFixed(0), String(t.peer.p50), String(t.peer.p99), errs(t.peer), ms(t.peer.cpuMsPerRequest)],
    ],
  ));
  const tMet = t.ratio >= t.target && Number(errs(t.ours)) === 0;
  log(`throughput ours/peer: ${ratio(t.ratio)} (target >= ${t.target}x): ${tMet ? 'met' : 'MISSED'}`);
  const met = c.results.filter((r) => r.met).length + (tMet ? 1 : 0);
  log(`Targets met: ${met} of ${c.results.length + 1}.`);
  return { allMet: met === c.results.length + 1, tMet };
}

interface CaseCell {
  p50: number;
  p95: number;
  rounds: number;
  errors: number;
  firstError?: string;
  size: string;
  cpuMsPerRequest: number;
  neo4jCpuMsPerRequest: number;
}

async function caseTable(port: number, pid: number, neo4jPid: number | undefined, tokens: Record<string, string>): Promise<Record<string, Record<string, CaseCell>>> {
  const out: Record<string, Record<string, CaseCell>> = {};
  for (const viewer of ['PUBLIC', 'CONFIDENTIAL'] as const) {
    const client = new GraphQLClient(`http://127.0.0.1:${port}/graphql`, `Bearer ${tokens[viewer]}`);
    out[viewer] = {};
    for (const q of CASE_QUERIES) {
      const first = await client.post(q.query);
      const firstError = answerError(first);
      const started = Date.now();
      for (let i = 0; i < Math.min(10, CASE_ROUNDS) && Date.now() - started < CASE_MAX_SECONDS * 100; i++) await client.post(q.query);
      const times: number[] = [];
      let errors = 0;
      let error: string | undefined = firstError;
      let neo4jCpu = 0;
      const cpuBefore = processCpuMs(pid);
      const measured = Date.now();
      while (times.length < CASE_ROUNDS && (times.length < 5 || Date.now() - measured < CASE_MAX_SECONDS * 1000)) {
        const neo4jBefore = processCpuMs(neo4jPid);
        const a = await client.post(q.query);
        neo4jCpu += processCpuMs(neo4jPid) - neo4jBefore;
        times.push(a.ms);
        const e = answerError(a);
        if (e) {
          errors++;
          error ??= e;
        }
      }
      const cell: CaseCell = {
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        rounds: times.length,
        errors,
        ...(error ? { firstError: error } : {}),
        size: firstError ? 'error' : q.size(first.body?.data),
        cpuMsPerRequest: (processCpuMs(pid) - cpuBefore) / times.length,
        neo4jCpuMsPerRequest: neo4jCpu / times.length,
      };
      out[viewer][q.key] = cell;
      log(`  ${viewer.padEnd(12)} ${q.title}: p50 ${ms(cell.p50)} ms (${cell.rounds} rounds), ${cell.size}${error ? `; error: ${error}` : ''}`);
    }
    client.close();
  }
  return out;
}

function printCase(before: Record<string, Record<string, CaseCell>>, after: Record<string, Record<string, CaseCell>>) {
  log();
  log(`Case scale, our API, p50 over HTTP, sequential (up to ${CASE_ROUNDS} rounds, ${CASE_MAX_SECONDS} s per query and viewer)`);
  const rows: string[][] = [];
  for (const q of CASE_QUERIES) {
    for (const viewer of ['PUBLIC', 'CONFIDENTIAL']) {
      const b = before[viewer]![q.key]!;
      const a = after[viewer]![q.key]!;
      rows.push([q.title, viewer, ms(b.p50), ms(a.p50), ms(a.p95), ratio(a.p50 / b.p50), ms(a.cpuMsPerRequest), ms(a.neo4jCpuMsPerRequest), String(a.rounds), `${b.size} -> ${a.size}`, a.errors || b.errors ? `${b.errors}/${a.errors}` : '0']);
    }
  }
  log(table(['query', 'viewer', 'seeded p50', 'case p50', 'case p95', 'case/seeded', 'API CPU', 'Neo4j CPU', 'rounds', 'answer (seeded -> case scale)', 'errors'], rows));
  log('(API CPU and Neo4j CPU: ms per request at case scale; errors: seeded/case scale)');
}

async function main() {
  const started = Date.now();
  let ourServer: ChildServer | undefined;
  const checkout = describeCheckout(APP_DIR);
  log(`bench:api ${CASE_MODE ? '--case-scale ' : ''}| our API from ${APP_DIR} (${checkout}) | Node ${process.version} | ${os.cpus().length} cores, load ${loadAverage()}`);
  const neo4j = await provideNeo4j();
  // The throwaway server runs detached: an interrupted run must not leave it behind.
  const interrupted = () => {
    log('Interrupted: stopping the servers ...');
    // Requests in flight fail once their server is gone; only the clean-up matters now.
    process.on('uncaughtException', () => {});
    process.on('unhandledRejection', () => {});
    void stopChildServers().finally(() => neo4j.stop().finally(() => process.exit(130)));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const app = await appModules();
  const db = new app.driver.Db({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: neo4j.database, local: false });
  let caseLoaded = false;
  try {
    if (await app.seed.isGraphEmpty(db)) {
      const graph = app.validate.validateSeed(app.seed.readSeedFiles());
      if (graph.problems.length > 0) throw new Error(`The seed data of ${APP_DIR} is invalid (${graph.problems.length} problems); run npm run seed -- --validate there.`);
      const summary = await app.seed.loadSeedGraph(db, graph);
      log(`Seeded: ${summary.nodes} entities, ${summary.relationships} relationships.`);
    } else {
      await app.seed.applySchema(db);
      log('The database is not empty: using its graph as it is.');
    }
    const stamp = Date.now().toString(36);
    const tokens: Record<string, string> = {};
    for (const clearance of ['PUBLIC', 'CONFIDENTIAL'] as const) {
      const name = `bench-${clearance.toLowerCase()}-${stamp}`;
      await app.auth.createUser(db, 'benchmark', name, 'viewer', clearance);
      tokens[clearance] = (await app.auth.createApiToken(db, 'benchmark', name, 'api benchmark', 1)).token;
    }
    const apiPort = await freePort();
    ourServer = await startChildServer('our API', path.join(HERE, 'support/api-server-process.ts'), {
      ...env,
      BENCH_APP_DIR: APP_DIR,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database ?? '',
      API_PORT: String(apiPort),
    }, apiPort);
    const meta = {
      at: new Date().toISOString(),
      appDir: APP_DIR,
      checkout,
      node: process.version,
      cores: os.cpus().length,
      neo4j: neo4j.throwaway ? 'throwaway local 5.26 (heap 2g, page cache 1g)' : neo4j.uri,
    };
    const resultsDir = path.join(REPO, 'test-results');
    fs.mkdirSync(resultsDir, { recursive: true });

    if (CASE_MODE) {
      log('Seeded graph:');
      const before = await caseTable(apiPort, ourServer.pid, neo4j.pid, tokens);
      log(`Loading the case-scale data (${CASE_SCALE.organisations.toLocaleString('en')} RESTRICTED organisations, ${CASE_SCALE.basedInLibya.toLocaleString('en')} in Libya, ${CASE_SCALE.partnerLinks.toLocaleString('en')} PARTNER_OF links) ...`);
      caseLoaded = true;
      const loaded = await loadCaseScale(db, log);
      log(`Loaded ${loaded.nodes.toLocaleString('en')} nodes and ${loaded.relationships.toLocaleString('en')} relationships in ${loaded.seconds.toFixed(0)} s.`);
      log('Case scale:');
      const after = await caseTable(apiPort, ourServer.pid, neo4j.pid, tokens);
      printCase(before, after);
      const file = path.join(resultsDir, 'bench-api-case-scale.json');
      fs.writeFileSync(file, `${JSON.stringify({ meta: { ...meta, rounds: CASE_ROUNDS, maxSeconds: CASE_MAX_SECONDS, caseScale: CASE_SCALE }, before, after }, null, 2)}\n`);
      log(`\nWritten ${path.relative(REPO, file)}; ${((Date.now() - started) / 1000).toFixed(0)} s in all; load average ${loadAverage()} (other work on the machine skews the figures).`);
      const errors = Object.values(after).flatMap((v) => Object.values(v)).some((c) => c.errors > 0);
      process.exitCode = errors ? 1 : 0;
    } else {
      const c = await comparison(app, db, neo4j, ourServer, tokens);
      const { allMet } = printComparison(c);
      const file = path.join(resultsDir, 'bench-api.json');
      fs.writeFileSync(file, `${JSON.stringify({ meta: { ...meta, rounds: ROUNDS, warmup: WARMUP, viewer: VIEWER, connections: CONNECTIONS, throughputSeconds: THROUGHPUT_SECONDS }, pairs: c.results, throughput: c.throughput, allTargetsMet: allMet }, null, 2)}\n`);
      log(`\nWritten ${path.relative(REPO, file)}; ${((Date.now() - started) / 1000).toFixed(0)} s in all; load average ${loadAverage()} (other work on the machine skews the figures).`);
      const broken = c.results.some((r) => !r.dataSame || r.ours.errors > 0 || r.peer.errors > 0);
      process.exitCode = broken || (env.BENCH_STRICT === '1' && !allMet) ? 1 : 0;
    }
  } finally {
    await ourServer?.stop();
    if (caseLoaded && !neo4j.throwaway) {
      log('Removing the case-scale data from the database ...');
      await removeCaseScale(db);
    }
    await db.close();
    await neo4j.stop();
  }
}

await main();
