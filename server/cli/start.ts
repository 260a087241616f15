/**
 * npm start: brings up Neo4j (the local server unless NEO4J_URI is set), seeds an empty
 * database, then serves the API and the explorer on http://127.0.0.1:4000.
 */
import { LocalNeo4j } from '../../neo4j/scripts/local-instance.ts';
import { RuntimeSetupError } from '../../neo4j/scripts/runtime-errors.ts';
import { describeProblem, validateSeed } from '../../seed/validate.ts';
import { createSignInLink, ensureAdmin } from '../auth/auth-service.ts';
import { applySchema, isGraphEmpty, loadSeedGraph, readSeedFiles, seedStatus } from '../../seed/load.ts';
import { neo4jConnection } from '../config/neo4j-connection.ts';
import { Db } from '../db/driver.ts';
import { startServer } from '../index.ts';

async function main(): Promise<void> {
  if (!process.env.NEO4J_URI) {
    const { alreadyRunning, credentials } = await new LocalNeo4j().start();
    console.log(`${alreadyRunning ? 'Using the running' : 'Started the'} local Neo4j at ${credentials.uri}`);
  }
  const db = new Db(neo4jConnection());
  const graph = validateSeed(readSeedFiles());
  if (await isGraphEmpty(db)) {
    if (graph.problems.length > 0) {
      for (const p of graph.problems) console.error(describeProblem(p));
      throw new Error('The seed data is invalid; the database was left empty.');
    }
    // Loading applies the schema (constraints and indexes) first.
    const summary = await loadSeedGraph(db, graph);
    console.log(`Seeded an empty database: ${summary.nodes} entities, ${summary.relationships} relationships.`);
  } else {
    await applySchema(db);
    if (graph.problems.length === 0 && (await seedStatus(db, graph)) !== 'current') {
      // Not reloaded by itself: a load resets curated entities an analyst has edited.
      console.log('The curated facts in seed/data differ from those this database was loaded with.');
      console.log('Run "npm run seed" to update them (analysts\' own entities and links are kept).');
    }
  }
  const admin = await ensureAdmin(db);
  if (admin.created) console.log(`Created the administrator "${admin.name}" (only a hash of any credential is stored).`);
  const host = process.env.HOST ?? '127.0.0.1';
  const port = Number(process.env.PORT ?? 4000);
  const server = await startServer({ db, host, port });
  const shown = host === '0.0.0.0' ? '127.0.0.1' : host;
  console.log(`Explorer:  http://${shown}:${port}/`);
  console.log(`GraphQL:   http://${shown}:${port}/graphql`);
  // As notebook servers do: a fresh one-time link each start, for whoever holds this terminal.
  const link = await createSignInLink(db, 'system', admin.name);
  console.log(`\nSign in (one-time link, valid 24 h, as ${admin.name}):\n  http://${shown}:${port}/auth/signin?token=${link}\n`);
  console.log('Users and API tokens: npm run users -- help');
  const shutdown = () => {
    server.close();
    void db.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof RuntimeSetupError ? error.describe() : `Error: ${(error as Error).message}`);
  process.exit(1);
});
