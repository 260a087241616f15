/**
 * One driver per process; read()/write() run named queries with a timeout and return plain JS
 * rows. Every session the product opens is opened here (openSession), with its access mode
 * decided by the method called: read*() in READ mode (routed to a cluster's secondaries),
 * write*() in WRITE mode (the leader), readAnalytics() in READ mode on the analytics instance
 * when NEO4J_ANALYTICS_URI names one. A statement that writes is refused in READ mode
 * (server/db/statement-mode.ts). Connection failures become DatabaseUnavailableError so the API
 * can answer SERVICE_UNAVAILABLE quickly instead of hanging in driver retries.
 */
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import type { Neo4jConnection } from '../config/neo4j-connection.ts';
import { q } from './cypher.ts';
import { toPlain } from './neo4j-values.ts';
import { Semaphore } from './semaphore.ts';
import { assertFitsMode, type AccessMode } from './statement-mode.ts';

export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The graph database is not reachable right now; try again shortly.', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

export class QueryTimeoutError extends Error {
  constructor(cause: unknown) {
    super('The query took too long and was stopped; narrow it (fewer hops, smaller limits).', { cause });
    this.name = 'QueryTimeoutError';
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

function translate(error: unknown): unknown {
  const code = (error as { code?: string }).code ?? '';
  if (UNAVAILABLE_CODES.has(code) || /ECONNREFUSED|connect|Pool is closed|acquisition timed out/i.test(String((error as Error).message))) {
    if (!code.startsWith('Neo.ClientError')) return new DatabaseUnavailableError(error);
  }
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
    || code.startsWith('Neo.TransientError.General.MemoryPoolOutOfMemoryError') || code === 'Neo.TransientError.General.TransactionMemoryLimit') {
    return new QueryTimeoutError(error);
  }
  return error;
}

export type Row = Record<string, unknown>;

/** JS numbers are doubles; whole numbers go to Neo4j as integers (LIMIT, SKIP and ids need them). */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4jParams(v)]));
  }
  return value;
}
export type Params = Record<string, unknown>;

/**
 * Queries one request may run at once (server/request-budget.ts): its other root fields wait
 * their turn instead of each taking a pooled connection.
 */
export const REQUEST_DB_CONCURRENCY = 2;

/** How long a failed read is retried when the driver says it may succeed again. */
const READ_RETRY_MS = 2_000;

/**
 * Credential checks and audit records are small indexed lookups. They get their own budget so
 * that a tight budget for graph queries never refuses a valid token or loses an audit record.
 */
export const BOOKKEEPING_TIMEOUT_MS = 5_000;

export interface DbOptions {
  /** Per-transaction timeout in milliseconds. */
  txTimeoutMs?: number;
}

/** Which server a session goes to: the database's routing (or single server), or the GDS instance. */
export type Target = 'graph' | 'analytics';

/** The time an analyst's own write (an entity, a link, a view, a note) may take: seconds, not minutes. */
export const INTERACTIVE_WRITE_TIMEOUT_MS = 15_000;

export class Db {
  readonly driver: Driver;
  /**
   * A second driver, connected straight to the GDS-enabled instance (NEO4J_ANALYTICS_URI, a
   * bolt:// address of a cluster's analytics secondary): GDS projections live in the memory of
   * the member that ran them, so every GDS statement must reach that member. Undefined: GDS
   * statements go through the normal read routing.
   */
  readonly analyticsDriver: Driver | undefined;
  readonly database: string | undefined;
  readonly txTimeoutMs: number;
  /** Number of queries sent (by this Db and every per-request view of it); tests use it to prove one round trip per root field. */
  queryCount = 0;
  /** The process-wide Db: itself, or the Db a per-request view (forRequest) was made from. */
  readonly root: Db = this;
  /** A per-request view's gate: how many of its queries may hold a pooled connection at once. */
  private gate: Semaphore | undefined;
  /**
   * Causal chaining: every session of this Db (the process-wide one, or one request's view)
   * starts after the bookmarks of the sessions before it, so a read that follows a write of the
   * same request (or of the same process's bookkeeping) sees that write even when it runs on a
   * secondary that has not caught up yet: the secondary waits for the bookmark.
   */
  private bookmarks: BookmarkManager = neo4j.bookmarkManager();

  constructor(connection: Neo4jConnection, options: DbOptions = {}) {
    const config = {
      connectionTimeout: 3000,
      connectionAcquisitionTimeout: 5000,
      maxTransactionRetryTime: 2000,
      maxConnectionPoolSize: 50,
      disableLosslessIntegers: false,
      logging: { level: 'error' as const, logger: () => {} },
    };
    this.driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), config);
    this.analyticsDriver = connection.analytics
      ? neo4j.driver(connection.analytics.uri, neo4j.auth.basic(connection.analytics.user, connection.analytics.password), config)
      : undefined;
    this.database = connection.database;
    this.txTimeoutMs = options.txTimeoutMs ?? 15_000;
  }

  /**
   * A view of this Db for one request: the same driver and pool, but at most maxConcurrent of
   * the request's queries run at once (the others wait in order), so a request with many root
   * fields cannot take the pool from everyone else. Counts go to the root's queryCount.
   */
  forRequest(maxConcurrent = REQUEST_DB_CONCURRENCY): Db {
    const view = Object.create(this.root) as Db;
    view.gate = new Semaphore(maxConcurrent);
    view.bookmarks = neo4j.bookmarkManager();
    return view;
  }

  /**
   * The one place a session is opened: its access mode, database, server and bookmarks.
   * tests/unit/db-sessions.test.ts fails when code outside server/db/ opens one itself.
   */
  private openSession(mode: AccessMode, target: Target = 'graph'): Session {
    const driver = target === 'analytics' ? this.analyticsDriver ?? this.driver : this.driver;
    return driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
  }

  private run(mode: AccessMode, cypher: string, params: Params, timeoutMs?: number, target: Target = 'graph'): Promise<Row[]> {
    try {
      assertFitsMode(mode, cypher);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.gate ? this.gate.run(() => this.runNow(mode, cypher, params, timeoutMs, target)) : this.runNow(mode, cypher, params, timeoutMs, target);
  }

  private async runNow(mode: AccessMode, cypher: string, params: Params, timeoutMs: number | undefined, target: Target): Promise<Row[]> {
    this.root.queryCount++;
    const config = { timeout: timeoutMs ?? this.txTimeoutMs };
    const toRows = (records: { toObject(): Record<string, unknown> }[]) => records.map((r) => toPlain(r.toObject()) as Row);
    const neo4jParams = toNeo4jParams(params) as Params;
    if (mode === 'READ') return this.autoCommitRead(cypher, neo4jParams, config, toRows, target);
    const session = this.openSession('WRITE', target);
    try {
      return await session.executeWrite(async (tx: ManagedTransaction) => toRows((await tx.run(cypher, neo4jParams)).records), config);
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close();
    }
  }

  /**
   * A read is one statement: it runs as an auto-commit transaction in a read session (routed to
   * a reader on a cluster), which saves the COMMIT round trip of a managed transaction. Errors
   * the driver marks retryable (a reader restarting, a leader switch) are retried as a managed
   * transaction would, within the same retry time.
   */
  private async autoCommitRead(cypher: string, params: Params, config: { timeout: number }, toRows: (records: never[]) => Row[], target: Target): Promise<Row[]> {
    const deadline = Date.now() + READ_RETRY_MS;
    for (let attempt = 0; ; attempt++) {
      const session = this.openSession('READ', target);
      try {
        return toRows((await session.run(cypher, params, config)).records as never[]);
      } catch (error) {
        const retryable = neo4j.isRetryableError(error as Error);
        if (!retryable || Date.now() + 200 * (attempt + 1) > deadline) throw translate(error);
        await new Promise((resolve) => setTimeout(resolve, 200 * (attempt + 1)));
      } finally {
        await session.close();
      }
    }
  }

  /** Runs the named read query (cypher/queries/<name>.cypher). */
  read(name: string, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    return this.run('READ', q(name), params, timeoutMs);
  }

  /**
   * Runs the named Graph Data Science read (cypher/queries/analytics/) on the analytics
   * instance when one is configured, else through the normal read routing.
   */
  readAnalytics(name: string, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    return this.run('READ', q(name), params, timeoutMs, 'analytics');
  }

  write(name: string, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    return this.run('WRITE', q(name), params, timeoutMs);
  }

  /** For Cypher assembled from checked labels (server/db/labels.ts) or generated schema text. */
  readText(cypher: string, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    return this.run('READ', cypher, params, timeoutMs);
  }

  writeText(cypher: string, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    return this.run('WRITE', cypher, params, timeoutMs);
  }

  /** Several statements in one write transaction: all of them happen, or none. Answers what `work` returns. */
  writeTransaction<T>(work: (run: (cypher: string, params?: Params) => Promise<Row[]>) => Promise<T>, timeoutMs = 120_000): Promise<T> {
    return this.gate ? this.gate.run(() => this.writeTransactionNow(work, timeoutMs)) : this.writeTransactionNow(work, timeoutMs);
  }

  private async writeTransactionNow<T>(work: (run: (cypher: string, params?: Params) => Promise<Row[]>) => Promise<T>, timeoutMs: number): Promise<T> {
    const session = this.openSession('WRITE');
    try {
      return await session.executeWrite(async (tx) => {
        return await work(async (cypher, params = {}) => {
          this.root.queryCount++;
          return (await tx.run(cypher, toNeo4jParams(params) as Params)).records.map((r) => toPlain(r.toObject()) as Row);
        });
      }, { timeout: timeoutMs });
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close();
    }
  }

  /** True when Neo4j answers a trivial query. */
  async ping(): Promise<boolean> {
    try {
      await this.run('READ', 'RETURN 1 AS ok', {}, 2000);
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.driver.close(), this.analyticsDriver?.close()]);
  }
}
