import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { installRuntime, javaExecutable } from './install-runtime.ts';
import { RuntimeSetupError } from './runtime-errors.ts';
import { ADMIN_TOOL, CONF_TEMPLATE, DEFAULT_INSTANCE_DIR, ENTRY_POINT, LIB_DIR, PLUGINS_DIR } from './runtime-paths.ts';

export interface InstanceOptions {
  /** Folder holding this server's conf, data, logs, run files and password. */
  dir: string;
  host: string;
  boltPort: number;
  heapSize: string;
  pageCacheSize: string;
  txMemoryMax: string;
  txMemoryTotal: string;
  txTimeout: string;
  startTimeoutMs: number;
}

export interface Credentials {
  uri: string;
  user: string;
  password: string;
}

const USER = 'neo4j';

/** Defaults sized for a 2-core / 24 GiB machine; each can be overridden from the environment. */
export function defaultInstanceOptions(env: NodeJS.ProcessEnv = process.env): InstanceOptions {
  return {
    dir: env.NEO4J_LOCAL_DIR ? path.resolve(env.NEO4J_LOCAL_DIR) : DEFAULT_INSTANCE_DIR,
    host: '127.0.0.1',
    boltPort: parsePort(env.NEO4J_BOLT_PORT ?? '7687'),
    heapSize: env.NEO4J_HEAP_SIZE ?? '2g',
    pageCacheSize: env.NEO4J_PAGECACHE_SIZE ?? '1g',
    txMemoryMax: env.NEO4J_TX_MEMORY_MAX ?? '512m',
    txMemoryTotal: env.NEO4J_TX_MEMORY_TOTAL ?? '1g',
    txTimeout: env.NEO4J_TX_TIMEOUT ?? '120s',
    startTimeoutMs: Number(env.NEO4J_START_TIMEOUT_MS ?? 180_000),
  };
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new RuntimeSetupError(`"${value}" is not a valid Bolt port.`, 'Set NEO4J_BOLT_PORT to a number between 1 and 65535.');
  }
  return port;
}

/** A free TCP port on loopback, for throwaway test servers. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function portIsFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // Guard against a recycled pid: on Linux, check that it is really our Neo4j.
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(ENTRY_POINT);
  } catch {
    return true;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class LocalNeo4j {
  readonly options: InstanceOptions;

  constructor(options: InstanceOptions = defaultInstanceOptions()) {
    this.options = options;
  }

  get confDir() { return path.join(this.options.dir, 'conf'); }
  get dataDir() { return path.join(this.options.dir, 'data'); }
  get logsDir() { return path.join(this.options.dir, 'logs'); }
  get runDir() { return path.join(this.options.dir, 'run'); }
  get pidFile() { return path.join(this.runDir, 'neo4j.pid'); }
  get stateFile() { return path.join(this.runDir, 'instance.json'); }
  get passwordFile() { return path.join(this.options.dir, 'auth', 'password'); }
  get consoleLog() { return path.join(this.logsDir, 'console.log'); }

  /** The pid of this instance's running server, or undefined. */
  runningPid(): number | undefined {
    try {
      const pid = Number(fs.readFileSync(this.pidFile, 'utf8').trim());
      return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
    } catch {
      return undefined;
    }
  }

  /** The Bolt port the running server was started with (the state file), else the configured one. */
  boltPort(): number {
    try {
      return (JSON.parse(fs.readFileSync(this.stateFile, 'utf8')) as { boltPort: number }).boltPort;
    } catch {
      return this.options.boltPort;
    }
  }

  credentials(): Credentials {
    let password: string;
    try {
      password = fs.readFileSync(this.passwordFile, 'utf8').trim();
    } catch {
      throw new RuntimeSetupError(
        `The local Neo4j at ${this.options.dir} has no password yet.`,
        'Run "npm run db:start" once to create the server and its password.',
      );
    }
    return { uri: `bolt://${this.options.host}:${this.boltPort()}`, user: USER, password };
  }

  private ensureWritable(): void {
    for (const dir of [this.options.dir, this.confDir, this.dataDir, this.logsDir, this.runDir, path.dirname(this.passwordFile)]) {
      try {
        fs.mkdirSync(dir, { recursive: true });
        fs.accessSync(dir, fs.constants.W_OK);
      } catch (error) {
        throw new RuntimeSetupError(
          `The Neo4j data directory "${dir}" is not writable (${(error as Error).message}).`,
          'Fix its permissions or owner, or point NEO4J_LOCAL_DIR at a writable folder.',
        );
      }
    }
  }

  private writeConfig(): void {
    const values: Record<string, string> = {
      BOLT_ADDRESS: `${this.options.host}:${this.options.boltPort}`,
      LIB_DIR,
      PLUGINS_DIR,
      DATA_DIR: this.dataDir,
      LOGS_DIR: this.logsDir,
      RUN_DIR: this.runDir,
      IMPORT_DIR: path.join(this.options.dir, 'import'),
      LICENSES_DIR: path.join(this.options.dir, 'licenses'),
      HEAP_SIZE: this.options.heapSize,
      PAGECACHE_SIZE: this.options.pageCacheSize,
      TX_MEMORY_MAX: this.options.txMemoryMax,
      TX_MEMORY_TOTAL: this.options.txMemoryTotal,
      TX_TIMEOUT: this.options.txTimeout,
    };
    const conf = fs.readFileSync(CONF_TEMPLATE, 'utf8').replace(/\$\{(\w+)\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`neo4j.conf.template uses an unknown value \${${name}}`);
      return value;
    });
    fs.writeFileSync(path.join(this.confDir, 'neo4j.conf'), conf);
  }

  private javaEnv(): NodeJS.ProcessEnv {
    return { ...process.env, NEO4J_HOME: this.options.dir, NEO4J_CONF: this.confDir };
  }

  /** First start only: a random password, kept in a file only the owner can read. */
  private ensurePassword(): void {
    if (fs.existsSync(this.passwordFile)) return;
    // Hex, not base64url: a password starting with '-' would be read by neo4j-admin as an option.
    const password = randomBytes(24).toString('hex');
    const run = spawnSync(
      javaExecutable(),
      ['-cp', `${LIB_DIR}/*`, ADMIN_TOOL, 'dbms', 'set-initial-password', password],
      { env: this.javaEnv(), encoding: 'utf8' },
    );
    if (run.status !== 0) {
      throw new RuntimeSetupError(
        'Could not set the initial Neo4j password.',
        'Read the output below; removing the instance folder and starting again creates a fresh server.',
        `${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-15).join('\n'),
      );
    }
    fs.writeFileSync(this.passwordFile, `${password}\n`, { mode: 0o600 });
    fs.chmodSync(this.passwordFile, 0o600);
  }

  private logTail(lines = 30): string {
    const chunks: string[] = [];
    for (const file of [this.consoleLog, path.join(this.logsDir, 'debug.log')]) {
      try {
        const text = fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
        if (text) chunks.push(`--- ${file} (last lines) ---\n${text}`);
      } catch {
        /* not written yet */
      }
    }
    return chunks.join('\n') || '(the server wrote no log)';
  }

  /**
   * Starts the server in the background and waits for Bolt. A server already running for this
   * instance is left untouched: the call only reports it.
   */
  async start(log: (line: string) => void = console.log): Promise<{ alreadyRunning: boolean; credentials: Credentials }> {
    if (this.runningPid()) {
      return { alreadyRunning: true, credentials: this.credentials() };
    }
    installRuntime(log);
    this.ensureWritable();
    if (!(await portIsFree(this.options.host, this.options.boltPort))) {
      throw new RuntimeSetupError(
        `Port ${this.options.boltPort} on ${this.options.host} is already taken by another program.`,
        `Stop the program using it, or choose another port with NEO4J_BOLT_PORT=<port>.`,
      );
    }
    this.writeConfig();
    this.ensurePassword();

    const out = fs.openSync(this.consoleLog, 'a');
    const child = spawn(
      javaExecutable(),
      [
        `-Xms${this.options.heapSize}`,
        `-Xmx${this.options.heapSize}`,
        '-XX:+UseG1GC',
        '-XX:-OmitStackTraceInFastThrow',
        '-XX:+DisableExplicitGC',
        '-Djdk.nio.maxCachedBufferSize=1024',
        '-Dio.netty.tryReflectionSetAccessible=true',
        '-Dlog4j2.disable.jmx=true',
        '--add-opens=java.base/java.nio=ALL-UNNAMED',
        '--add-opens=java.base/java.io=ALL-UNNAMED',
        '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
        '--add-opens=java.base/java.lang=ALL-UNNAMED',
        '--enable-native-access=ALL-UNNAMED',
        '-cp',
        `${PLUGINS_DIR}/*:${this.confDir}/*:${LIB_DIR}/*`,
        ENTRY_POINT,
        `--home-dir=${this.options.dir}`,
        `--config-dir=${this.confDir}`,
      ],
      { env: this.javaEnv(), detached: true, stdio: ['ignore', out, out] },
    );
    fs.closeSync(out);
    if (!child.pid) throw new RuntimeSetupError('The Neo4j process could not be started.', 'Check that Java runs: "java -version".');
    fs.writeFileSync(this.pidFile, String(child.pid));
    fs.writeFileSync(this.stateFile, JSON.stringify({ boltPort: this.options.boltPort, host: this.options.host, pid: child.pid }));
    child.unref();

    const credentials = this.credentials();
    await this.waitForBolt(child.pid, credentials, log);
    return { alreadyRunning: false, credentials };
  }

  private async waitForBolt(pid: number, credentials: Credentials, log: (line: string) => void): Promise<void> {
    const started = Date.now();
    const tty = process.stderr.isTTY;
    let lastReport = -1;
    while (Date.now() - started < this.options.startTimeoutMs) {
      if (!isAlive(pid)) {
        throw new RuntimeSetupError('Neo4j exited while starting.', 'Read the log below for the cause.', this.logTail());
      }
      if (await boltAnswers(credentials)) {
        if (tty) process.stderr.write('\n');
        return;
      }
      const seconds = Math.floor((Date.now() - started) / 1000);
      if (seconds !== lastReport && seconds % (tty ? 1 : 5) === 0) {
        lastReport = seconds;
        const line = `Waiting for Neo4j on ${credentials.uri} ... ${seconds}s`;
        if (tty) process.stderr.write(`\r${line}`);
        else log(line);
      }
      await sleep(500);
    }
    await this.stop();
    throw new RuntimeSetupError(
      `Neo4j did not answer on ${credentials.uri} within ${Math.round(this.options.startTimeoutMs / 1000)}s.`,
      'Read the log below; a slow machine may need NEO4J_START_TIMEOUT_MS raised.',
      this.logTail(),
    );
  }

  /** Stops the server cleanly (SIGTERM lets Neo4j checkpoint); kills it only if it hangs. */
  async stop(timeoutMs = 90_000): Promise<boolean> {
    const pid = this.runningPid();
    if (!pid) return false;
    process.kill(pid, 'SIGTERM');
    const started = Date.now();
    while (isAlive(pid)) {
      if (Date.now() - started > timeoutMs) {
        process.kill(pid, 'SIGKILL');
        break;
      }
      await sleep(250);
    }
    fs.rmSync(this.pidFile, { force: true });
    return true;
  }
}

/** True when a Bolt session with these credentials can run a query. */
export async function boltAnswers(credentials: Credentials): Promise<boolean> {
  const driver = neo4j.driver(credentials.uri, neo4j.auth.basic(credentials.user, credentials.password), {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.executeQuery('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}
