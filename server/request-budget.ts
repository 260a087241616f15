/**
 * What one request, and one user, may hold at once, so that a single viewer cannot take the
 * connection pool or the database's CPU from everyone else:
 *
 * - each request's Cypher runs through its own gate of REQUEST_DB_CONCURRENCY connections, however
 *   many root fields (aliases) it has (Db.forRequest and REQUEST_DB_CONCURRENCY in server/db/driver.ts);
 * - each user has at most USER_CONCURRENT_REQUESTS requests in flight; one more waits up to
 *   USER_QUEUE_WAIT_MS for a slot and is then refused with 429 RATE_LIMITED.
 *
 * The cost of a request's root fields and the size of its arguments are checked before any
 * work in server/operation-limits.ts.
 */
import type { Plugin } from 'graphql-yoga';
import { identityOf } from './auth/auth-gate.ts';
import { Semaphore } from './db/semaphore.ts';

/** GraphQL requests one user may have in flight at once. */
export const USER_CONCURRENT_REQUESTS = 4;
/** How long a request over the user's concurrency waits for a slot before 429. */
export const USER_QUEUE_WAIT_MS = 1_000;
/** Requests that may wait per user; more are refused at once. */
const USER_QUEUE_LENGTH = 16;

export interface UserConcurrencyOptions {
  /** Requests in flight per user (USER_CONCURRENT_REQUESTS by default). */
  perUser: number;
  /** How long one more request waits for a slot (USER_QUEUE_WAIT_MS by default). */
  waitMs?: number;
}

const tooMany = (message: string) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code: 'RATE_LIMITED' } }] }), {
    status: 429,
    headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': '1' },
  });

/**
 * At most perUser GraphQL requests in flight per user (all their tokens and sessions together).
 * Must come after the auth gate, which names the user of the request.
 */
export function useUserConcurrency({ perUser, waitMs = USER_QUEUE_WAIT_MS }: UserConcurrencyOptions): Plugin {
  const perUserGates = new Map<string, Semaphore>();
  const releases = new WeakMap<Request, () => void>();
  const release = (request: Request) => {
    releases.get(request)?.();
    releases.delete(request);
  };

  return {
    async onRequest({ request, endResponse }) {
      const identity = identityOf(request);
      if (!identity) return;
      let gate = perUserGates.get(identity.name);
      if (!gate) perUserGates.set(identity.name, (gate = new Semaphore(perUser)));
      if (gate.queued >= USER_QUEUE_LENGTH) {
        endResponse(tooMany(`Too many requests in flight for ${identity.name}: at most ${perUser} at once.`));
        return;
      }
      const free = await gate.acquire(waitMs);
      if (!free) {
        endResponse(tooMany(`Too many requests in flight for ${identity.name}: at most ${perUser} at once; try again in a moment.`));
        return;
      }
      const done = () => {
        free();
        // Forget idle users so the map does not grow with every user ever seen.
        if (gate.inUse === 0 && gate.queued === 0 && perUserGates.get(identity.name) === gate) perUserGates.delete(identity.name);
      };
      releases.set(request, done);
      // A client that goes away frees its slot even if no response is written.
      request.signal?.addEventListener('abort', () => release(request), { once: true });
    },
    onResponse({ request }) {
      release(request);
    },
  };
}
