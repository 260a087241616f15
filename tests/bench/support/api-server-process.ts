/**
 * Our API as its own process for `npm run bench:api`, so its CPU per request can be read from
 * /proc like the peer's. It starts the server code of the checkout given by BENCH_APP_DIR (this
 * repository by default; another clone to measure a baseline), the way server/cli/start.ts does
 * but without seeding or the admin link: the benchmark has seeded the database already.
 *
 * Environment: BENCH_APP_DIR, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, API_PORT.
 * Prints one JSON line `{"listening": port}` on stdout when ready.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const appDir = path.resolve(process.env.BENCH_APP_DIR ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '../../..'));
const load = <T>(file: string): Promise<T> => import(pathToFileURL(path.join(appDir, file)).href) as Promise<T>;

const { Db } = await load<typeof import('../../../server/db/driver.ts')>('server/db/driver.ts');
const { neo4jConnection } = await load<typeof import('../../../server/config/neo4j-connection.ts')>('server/config/neo4j-connection.ts');
const { startServer } = await load<typeof import('../../../server/index.ts')>('server/index.ts');

const db = new Db(neo4jConnection());
const port = Number(process.env.API_PORT);
const server = await startServer({
  db,
  host: '127.0.0.1',
  port,
  // Rate limiting raised: this measures capacity, as bench:load does.
  config: { ratePerMinute: 100_000_000, concurrentPerUser: 100_000, graphiql: false, production: false },
});
process.stdout.write(`${JSON.stringify({ listening: port })}\n`);
// npm run bench reads this process's heap over the IPC channel, when it opened one.
if (process.send) process.on('message', (message) => message === 'memory' && process.send?.({ memory: process.memoryUsage() }));

const stop = () => {
  server.close();
  void db.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
