/**
 * npm run bench:load: mixed, authenticated read traffic against the real server and Neo4j on
 * loopback, 50 concurrent connections for 30 seconds (BENCH_CONNECTIONS, BENCH_SECONDS).
 * Prints throughput, latency percentiles, HTTP and GraphQL errors, and checks that the graph
 * is unchanged afterwards. Rate limiting and the user's requests in flight are raised for the run:
 * this measures capacity.
 */
import autocannon from 'autocannon';
import { freePort, LocalNeo4j } from '../../neo4j/scripts/local-instance.ts';
import { createApiToken, createUser } from '../../server/auth/auth-service.ts';
import { neo4jConnection } from '../../server/config/neo4j-connection.ts';
import { Db } from '../../server/db/driver.ts';
import { startServer } from '../../server/index.ts';
import { applySchema, isGraphEmpty, loadSeedGraph, readSeedFiles } from '../../seed/load.ts';
import { validateSeed } from '../../seed/validate.ts';
import { graphFingerprint as fingerprint } from '../support/graph-fingerprint.ts';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);

const QUERIES = [
  '{ search(query: "smuggling", limit: 10) { score entity { id kind name } } }',
  '{ entity(id: "org-europol") { name sources { source { id } } ... on Organisation { partners { node { name } evidence { quote } } } } }',
  '{ neighbourhood(ids: ["crime-migrant-smuggling"], depth: 1, limit: 100) { truncated nodes { id kind label } edges { source target type } } }',
  '{ paths(from: "op-hydra", to: "org-europol", mode: K_SHORTEST, k: 3, maxHops: 4) { paths { length nodes { id } } } }',
  '{ polycriminality(year: 2015) { links { rank share crimeType { name } } } }',
  '{ routes(first: 20) { totalCount nodes { name ... on Route { stages { order location { name } } } } } }',
  '{ meta { entityCount kinds { kind count } } }',
];

async function main() {
  if (!process.env.NEO4J_URI) await new LocalNeo4j().start();
  const db = new Db(neo4jConnection());
  if (await isGraphEmpty(db)) await loadSeedGraph(db, validateSeed(readSeedFiles()));
  await applySchema(db);
  const name = `bench-${Date.now()}`;
  await createUser(db, 'benchmark', name, 'viewer', 'CONFIDENTIAL');
  const { token } = await createApiToken(db, 'benchmark', name, 'load benchmark', 1);
  const port = await freePort();
  const server = await startServer({ db, host: '127.0.0.1', port, config: { ratePerMinute: 10_000_000, concurrentPerUser: CONNECTIONS, graphiql: false } });
  const before = await fingerprint(db);

  let graphqlErrors = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: QUERIES.map((query) => ({
      method: 'POST' as const,
      body: JSON.stringify({ query }),
      onResponse: (_status: number, body: string) => {
        if (body.includes('"errors"')) graphqlErrors++;
      },
    })),
  });
  const after = await fingerprint(db);
  server.close();
  await db.close();

  const l = result.latency;
  console.log(`Load: ${CONNECTIONS} connections for ${SECONDS} s, ${QUERIES.length} query shapes, loopback`);
  console.log(`requests:      ${result.requests.total} (${result.requests.average.toFixed(1)} req/s average, ${result.throughput.average.toFixed(0)} bytes/s)`);
  console.log(`latency (ms):  p50 ${l.p50}  p90 ${l.p90}  p99 ${l.p99}  max ${l.max}  mean ${l.average.toFixed(1)}`);
  console.log(`errors:        ${result.errors} connection errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, ${graphqlErrors} GraphQL errors`);
  console.log(`graph:         ${before.nodes} nodes, ${before.relationships} relationships before; ${after.nodes}, ${after.relationships} after (${before.digest === after.digest ? 'unchanged' : 'CHANGED'})`);
  const ok = result.errors === 0 && result.timeouts === 0 && result.non2xx === 0 && graphqlErrors === 0 && before.digest === after.digest;
  console.log(ok ? 'Target met: zero errors, zero data loss.' : 'Target missed.');
  process.exitCode = ok ? 0 : 1;
}

await main();
