/**
 * Measuring helpers for `npm run bench:api`: a lean keep-alive HTTP client (one socket per
 * server, so both servers pay the same client cost), CPU time of a process from /proc, child
 * server processes that announce their port, percentiles and JWTs for the peer.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';

export interface GraphQLAnswer {
  status: number;
  ms: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
  text: string;
}

export class GraphQLClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private readonly url: URL;
  private readonly authorization: string;

  constructor(url: string, authorization: string) {
    this.url = new URL(url);
    this.authorization = authorization;
  }

  post(query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer> {
    const payload = JSON.stringify(variables ? { query, variables } : { query });
    return new Promise((resolve, reject) => {
      const started = process.hrtime.bigint();
      const req = http.request({
        host: this.url.hostname,
        port: this.url.port,
        path: this.url.pathname,
        method: 'POST',
        agent: this.agent,
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          'content-length': Buffer.byteLength(payload),
          authorization: this.authorization,
        },
      }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          const text = Buffer.concat(chunks).toString('utf8');
          let body: GraphQLAnswer['body'];
          try {
            body = JSON.parse(text) as GraphQLAnswer['body'];
          } catch {
            body = undefined;
          }
          resolve({ status: res.statusCode ?? 0, ms, body, text });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Milliseconds per clock tick of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICK_MS = 1000 / (Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100);

/** User + system CPU time of a whole process (all its threads, also finished ones), in ms. */
export function processCpuMs(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces), utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return Number.NaN;
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export interface ChildServer {
  name: string;
  child: ChildProcess;
  pid: number;
  port: number;
  stop: () => Promise<void>;
}

const running = new Set<ChildServer>();

/** Stops every child server still running (an interrupted benchmark). */
export async function stopChildServers(): Promise<void> {
  await Promise.all([...running].map((s) => s.stop()));
}

/**
 * Starts a server script with the project's Node and waits for its `{"listening": port}` line.
 * Until then its stderr is kept for the error message; afterwards it is passed on, prefixed.
 */
export function startChildServer(name: string, script: string, env: NodeJS.ProcessEnv, port: number, timeoutMs = 120_000, ipc = false): Promise<ChildServer> {
  // ipc: a channel to the child, for scripts that answer questions on it (its memory).
  const child = spawn(process.execPath, [script], { env, stdio: ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => {
    if (running.has(server)) {
      process.stderr.write(c.toString().replace(/^(?=.)/gm, `[${name}] `));
      return;
    }
    stderr += c.toString();
    if (stderr.length > 20_000) stderr = stderr.slice(-20_000);
  });
  const stop = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
  const server: ChildServer = { name, child, pid: child.pid!, port, stop };
  child.once('exit', () => running.delete(server));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${name} did not start within ${timeoutMs / 1000} s.\n${stderr}`));
    }, timeoutMs);
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      if (running.has(server)) return;
      out += c.toString();
      const line = out.split('\n').find((l) => l.includes('"listening"'));
      if (line) {
        clearTimeout(timer);
        running.add(server);
        resolve(server);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (code ${code}) before it listened.\n${stderr}`));
    });
  });
}

const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

/** An HS256 JWT, as an identity provider would issue for the peer. */
export function signJwt(claims: Record<string, unknown>, secret: string, ttlSeconds = 24 * 3600): string {
  const now = Math.floor(Date.now() / 1000);
  const head = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = base64url(JSON.stringify({ ...claims, iat: now, exp: now + ttlSeconds }));
  const signature = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${signature}`;
}
