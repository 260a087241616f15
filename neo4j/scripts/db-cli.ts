/**
 * npm run db:install | db:start | db:stop | db:status | db:env
 * Manages the project's local Neo4j 5.26 Community server (see neo4j/README in the main README).
 */
import { installRuntime } from './install-runtime.ts';
import { LocalNeo4j } from './local-instance.ts';
import { runCli } from './runtime-errors.ts';

const shellQuote = (value: string) => `'${value.replaceAll("'", `'"'"'`)}'`;

async function main(command: string | undefined): Promise<number> {
  const local = new LocalNeo4j();
  switch (command) {
    case 'install':
      installRuntime();
      console.log('Neo4j runtime is ready.');
      return 0;
    case 'start': {
      if (process.env.NEO4J_URI) {
        console.log(`NEO4J_URI is set (${process.env.NEO4J_URI}): the project uses that Neo4j; the local server is not started.`);
        return 0;
      }
      const { alreadyRunning, credentials } = await local.start();
      console.log(alreadyRunning ? `Neo4j is already running at ${credentials.uri}` : `Neo4j is up at ${credentials.uri}`);
      console.log('Credentials for other tools: npm run --silent db:env');
      return 0;
    }
    case 'stop': {
      const stopped = await local.stop();
      console.log(stopped ? 'Neo4j stopped.' : 'Neo4j was not running.');
      return 0;
    }
    case 'status': {
      const pid = local.runningPid();
      console.log(pid ? `Neo4j is running (pid ${pid}) at bolt://${local.options.host}:${local.boltPort()}` : 'Neo4j is not running.');
      return pid ? 0 : 3;
    }
    case 'env': {
      if (process.env.NEO4J_URI) {
        console.log('# NEO4J_URI is set in this environment: these are its settings, not the local server.');
        console.log(`NEO4J_URI=${shellQuote(process.env.NEO4J_URI)}`);
        console.log(`NEO4J_USER=${shellQuote(process.env.NEO4J_USER ?? 'neo4j')}`);
        console.log(`NEO4J_PASSWORD=${shellQuote(process.env.NEO4J_PASSWORD ?? '')}`);
        return 0;
      }
      const credentials = local.credentials();
      console.log(`NEO4J_URI=${shellQuote(credentials.uri)}`);
      console.log(`NEO4J_USER=${shellQuote(credentials.user)}`);
      console.log(`NEO4J_PASSWORD=${shellQuote(credentials.password)}`);
      return 0;
    }
    default:
      console.error('Usage: node neo4j/scripts/db-cli.ts install|start|stop|status|env');
      return 2;
  }
}

await runCli((args) => main(args[0]));
