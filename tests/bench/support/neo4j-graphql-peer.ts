/**
 * The @neo4j/graphql peer of `npm run bench:api`, run as its own process so its CPU per request
 * can be read from /proc: graphql-yoga (the same server library as ours) serving
 * `new Neo4jGraphQL({ typeDefs, driver }).getSchema()`, typeDefs generated from the domain model
 * (peer-type-defs.ts). Requests carry an HS256 JWT with a `markings` claim, verified by the
 * library on every request (its standard setup), which feeds the @authorization marking filter.
 *
 * Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, PEER_PORT, PEER_JWT_SECRET,
 * BENCH_APP_DIR (whose domain model the typeDefs come from), PEER_FULLTEXT_INDEX and
 * PEER_FULLTEXT_FIELDS (comma-separated; no search query without them).
 * Prints one JSON line `{"listening": port}` on stdout when ready.
 */
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { peerTypeDefs, type PeerModelSource } from './peer-type-defs.ts';

const env = process.env;
const appDir = path.resolve(env.BENCH_APP_DIR ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '../../..'));
const source = {
  model: await import(pathToFileURL(path.join(appDir, 'server/domain/model.ts')).href),
  derive: await import(pathToFileURL(path.join(appDir, 'server/domain/derive.ts')).href),
} as PeerModelSource;
const fulltext = env.PEER_FULLTEXT_INDEX ? { index: env.PEER_FULLTEXT_INDEX, fields: (env.PEER_FULLTEXT_FIELDS ?? '').split(',') } : undefined;
const driver = neo4j.driver(env.NEO4J_URI!, neo4j.auth.basic(env.NEO4J_USER ?? 'neo4j', env.NEO4J_PASSWORD ?? ''), {
  // The same pool size as our API's driver (server/db/driver.ts).
  maxConnectionPoolSize: 50,
  logging: { level: 'error', logger: () => {} },
});
const database = env.NEO4J_DATABASE || undefined;
const schema = await new Neo4jGraphQL({
  typeDefs: peerTypeDefs(source, fulltext),
  driver,
  features: { authorization: { key: env.PEER_JWT_SECRET! } },
}).getSchema();

const yoga = createYoga({
  schema,
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
  logging: false,
  batching: false,
  context: ({ request }) => ({
    token: request.headers.get('authorization') ?? undefined,
    ...(database ? { sessionConfig: { database } } : {}),
  }),
});

const server = http.createServer(yoga);
const port = Number(env.PEER_PORT);
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ listening: port })}\n`);
});

const stop = () => {
  server.close();
  void driver.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
