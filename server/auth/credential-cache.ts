/**
 * Verified credentials, remembered briefly so that a request does not need a second Neo4j round
 * trip before its query. One cache per database handle (one per API instance; a second handle
 * in the same process, such as the users CLI or a second app in a test, is another instance).
 *
 * - Keyed by the SHA-256 hash of the presented value (id and secret), never by the secret.
 * - Only successful verifications are stored, and only a holder of a valid secret can make one:
 *   unknown ids, wrong secrets and revoked credentials always go to Neo4j and leave nothing
 *   behind, so nobody can fill the cache by guessing. At most `maxEntries`, least recently used
 *   out first.
 * - An entry is used for `ttlMs` after the verification query *started*; the credential's own
 *   expiry is checked on every use.
 * - Revoking a credential, signing out and changing a user (role, clearance, disabled) forget the
 *   affected entries at once in the instance that makes the change (revoking an API token also
 *   forgets the sessions made from it). Other instances ask Neo4j
 *   again when their entry is older than `ttlMs`: a change takes effect everywhere for every
 *   request that starts more than `ttlMs` after it was committed.
 * - A verification that was in flight while anything was forgotten is not stored, so an answer
 *   read before a revocation cannot be remembered after it.
 */
import type { Db } from '../db/driver.ts';
import type { Identity } from './identity.ts';
import { hashSecret } from './secrets.ts';

export const DEFAULT_CREDENTIAL_CACHE_MS = 1000;
export const CREDENTIAL_CACHE_MAX_ENTRIES = 10_000;

interface Entry {
  identity: Identity;
  /** The credential's own expiry (epoch ms), null for tokens that never expire. */
  expiresAt: number | null;
  /** When the verification query that produced this entry started. */
  verifiedAt: number;
  /** The API token a session was made from: forgetting the token forgets the session. */
  parentId: string | null;
}

/** What a lookup needs to remember to store its answer later. */
export interface Ticket {
  key: string;
  startedAt: number;
  generation: number;
}

export class CredentialCache {
  private readonly entries = new Map<string, Entry>();
  /** Increases with every invalidation; answers to lookups started before one are not stored. */
  private generation = 0;

  readonly ttlMs: number;
  readonly maxEntries: number;

  constructor(ttlMs: number, maxEntries = CREDENTIAL_CACHE_MAX_ENTRIES) {
    this.ttlMs = ttlMs;
    this.maxEntries = maxEntries;
    if (!Number.isSafeInteger(ttlMs) || ttlMs < 0) throw new Error(`The credential cache time must be a whole number of milliseconds >= 0, not ${ttlMs}`);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The remembered identity for a presented value (already parsed as one of ours), or undefined. */
  lookup(kind: string, value: string, now = Date.now()): { identity?: Identity; ticket: Ticket } {
    const ticket = { key: hashSecret(`${kind}:${value}`), startedAt: now, generation: this.generation };
    if (this.ttlMs === 0) return { ticket };
    const entry = this.entries.get(ticket.key);
    if (!entry) return { ticket };
    if (now - entry.verifiedAt >= this.ttlMs || (entry.expiresAt !== null && entry.expiresAt <= now)) {
      this.entries.delete(ticket.key);
      return { ticket };
    }
    // Most recently used last.
    this.entries.delete(ticket.key);
    this.entries.set(ticket.key, entry);
    return { identity: { ...entry.identity }, ticket };
  }

  /** Remembers a successful verification, unless something was forgotten since it started. */
  store(ticket: Ticket, identity: Identity, expiresAt: number | null, parentId: string | null = null): void {
    if (this.ttlMs === 0 || ticket.generation !== this.generation) return;
    this.entries.delete(ticket.key);
    this.entries.set(ticket.key, { identity: { ...identity }, expiresAt, verifiedAt: ticket.startedAt, parentId });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  /** Forgets a credential and every session made from it. */
  forgetCredential(credentialId: string): void {
    this.forget((e) => e.identity.credentialId === credentialId || e.parentId === credentialId);
  }

  forgetUser(userId: string): void {
    this.forget((e) => e.identity.userId === userId);
  }

  clear(): void {
    this.forget(() => true);
  }

  private forget(match: (entry: Entry) => boolean): void {
    this.generation++;
    for (const [key, entry] of this.entries) if (match(entry)) this.entries.delete(key);
  }
}

const caches = new WeakMap<Db, CredentialCache>();
const NONE = new CredentialCache(0);
/** One cache per process-wide handle: a per-request view (Db.forRequest) shares its root's. */
const rootOf = (db: Db): Db => (db as { root?: Db }).root ?? db;

/**
 * Sets how long the instance using this database handle remembers verified credentials
 * (0: not at all). The auth gate calls it when an app is created.
 */
export function configureCredentialCache(db: Db, ttlMs: number, maxEntries = CREDENTIAL_CACHE_MAX_ENTRIES): CredentialCache {
  const existing = caches.get(rootOf(db));
  if (existing && existing.ttlMs === ttlMs && existing.maxEntries === maxEntries) return existing;
  const cache = new CredentialCache(ttlMs, maxEntries);
  caches.set(rootOf(db), cache);
  return cache;
}

/** The cache of this database handle; a handle no app configured (the users CLI) remembers nothing. */
export const credentialCache = (db: Db): CredentialCache => caches.get(rootOf(db)) ?? NONE;
