/**
 * Users, API tokens, sessions and sign-in links, all stored in Neo4j (hashes only), so several
 * API instances share them and a restart signs nobody out.
 */
import { randomUUID } from 'node:crypto';
import { BOOKKEEPING_TIMEOUT_MS, type Db } from '../db/driver.ts';
import { recordAudit } from './audit.ts';
import { credentialCache } from './credential-cache.ts';
import type { Identity } from './identity.ts';
import { isMarking, isRole, type Marking, type Role } from './roles.ts';
import { hashSecret, issueSecret, parseSecret, secretMatches, type CredentialKind } from './secrets.ts';

export const SESSION_COOKIE = 'sg_session';
export const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;
export const SIGNIN_LINK_TTL_MS = 24 * 3600 * 1000;
const USER_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$/;

export class AuthInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthInputError';
  }
}

export interface UserRecord {
  id: string;
  name: string;
  role: Role;
  clearance: Marking;
  createdAt: number;
  disabledAt?: number | null;
}

interface CredentialRow {
  /** parentId: the API token a session was made from (it dies with it). */
  credential: { id: string; hash: string; kind: CredentialKind; userId: string; expiresAt?: number | null; parentId?: string | null };
  user: UserRecord;
}

function identityOf(row: CredentialRow, via: Identity['via']): Identity {
  return { userId: row.user.id, name: row.user.name, role: row.user.role, clearance: row.user.clearance, credentialId: row.credential.id, via };
}

/**
 * The identity behind a presented credential, or null (unknown, wrong secret, expired, revoked,
 * user disabled). A credential this instance verified less than CREDENTIAL_CACHE_MS ago is
 * answered without asking Neo4j (server/auth/credential-cache.ts); its expiry is still checked.
 */
export async function verifyCredential(db: Db, value: string | null | undefined, kind: 'token' | 'session'): Promise<Identity | null> {
  const parsed = parseSecret(value, kind);
  if (!parsed) return null;
  const cache = credentialCache(db);
  const { identity: remembered, ticket } = cache.lookup(kind, `${parsed.id}.${parsed.secret}`);
  if (remembered) return remembered;
  const [row] = (await db.read('auth/find-credential', { id: parsed.id, kind, now: ticket.startedAt }, BOOKKEEPING_TIMEOUT_MS)) as unknown as CredentialRow[];
  if (!row || !secretMatches(parsed.secret, row.credential.hash)) return null;
  const identity = identityOf(row, kind === 'token' ? 'token' : 'session');
  cache.store(ticket, identity, typeof row.credential.expiresAt === 'number' ? row.credential.expiresAt : null, row.credential.parentId ?? null);
  return identity;
}

/**
 * Stores a new credential. A session made from an API token records it as its parent: it never
 * outlives the token's expiry, and revoking the token revokes it (auth/revoke-credential).
 */
async function storeCredential(db: Db, userId: string, kind: CredentialKind, ttlMs: number | null, label: string | null, parent: { id: string; expiresAt: number | null } | null = null) {
  const issued = issueSecret(kind);
  const now = Date.now();
  const own = ttlMs === null ? null : now + ttlMs;
  const expiresAt = parent?.expiresAt == null ? own : own === null ? parent.expiresAt : Math.min(own, parent.expiresAt);
  await db.write('auth/create-credential', {
    credential: { id: issued.id, userId, kind, hash: issued.hash, label, createdAt: now, expiresAt, parentId: parent?.id ?? null },
  }, BOOKKEEPING_TIMEOUT_MS);
  return issued;
}

/** Exchanges a one-time sign-in link, or an API token pasted into the sign-in form, for a session. */
export async function signIn(db: Db, presented: string, from: string): Promise<{ identity: Identity; session: string } | null> {
  let identity: Identity | null = null;
  let parent: { id: string; expiresAt: number | null } | null = null;
  const link = parseSecret(presented, 'signin');
  if (link) {
    // Consumed only by its own secret: a wrong secret for a link's id leaves the link usable.
    const [row] = (await db.write('auth/consume-signin', { id: link.id, hash: hashSecret(link.secret), now: Date.now() }, BOOKKEEPING_TIMEOUT_MS)) as unknown as CredentialRow[];
    if (row && secretMatches(link.secret, row.credential.hash)) identity = identityOf(row, 'session');
  } else {
    identity = await verifyCredential(db, presented, 'token');
    if (identity) parent = { id: identity.credentialId, expiresAt: await credentialExpiry(db, identity.credentialId) };
  }
  if (!identity) {
    await recordAudit(db, { actor: 'anonymous', action: 'sign-in-failed', outcome: 'failure', details: `from ${from}` });
    return null;
  }
  const session = await storeCredential(db, identity.userId, 'session', SESSION_TTL_MS, null, parent);
  await recordAudit(db, { actor: identity.name, action: 'sign-in', outcome: 'success', details: `from ${from}` });
  return { identity: { ...identity, credentialId: session.id, via: 'session' }, session: session.value };
}

async function credentialExpiry(db: Db, id: string): Promise<number | null> {
  const [row] = (await db.read('auth/find-credential', { id, kind: 'token', now: Date.now() }, BOOKKEEPING_TIMEOUT_MS)) as unknown as CredentialRow[];
  return typeof row?.credential.expiresAt === 'number' ? row.credential.expiresAt : null;
}

export async function signOut(db: Db, identity: Identity): Promise<void> {
  await db.write('auth/revoke-credential', { id: identity.credentialId, now: Date.now() }, BOOKKEEPING_TIMEOUT_MS);
  credentialCache(db).forgetCredential(identity.credentialId);
  await recordAudit(db, { actor: identity.name, action: 'sign-out', outcome: 'success' });
}

export async function createUser(db: Db, actor: string, name: string, role: string, clearance: string): Promise<UserRecord> {
  if (!USER_NAME.test(name)) throw new AuthInputError('A user name is 2 to 64 letters, digits or . _ @ - and starts with a letter or digit.');
  if (!isRole(role)) throw new AuthInputError('role must be viewer, analyst or admin.');
  if (!isMarking(clearance)) throw new AuthInputError('clearance must be PUBLIC, RESTRICTED or CONFIDENTIAL.');
  const [existing] = await db.read('auth/find-user', { name }, BOOKKEEPING_TIMEOUT_MS);
  if (existing) throw new AuthInputError(`A user named "${name}" already exists.`);
  const user = { id: randomUUID(), name, role, clearance, createdAt: Date.now() };
  await db.write('auth/create-user', { user }, BOOKKEEPING_TIMEOUT_MS);
  await recordAudit(db, { actor, action: 'user-created', outcome: 'success', target: name, after: { name, role, clearance } });
  return user;
}

export async function updateUser(db: Db, actor: string, name: string, change: { role?: string | null; clearance?: string | null; disable?: boolean }) {
  if (change.role && !isRole(change.role)) throw new AuthInputError('role must be viewer, analyst or admin.');
  if (change.clearance && !isMarking(change.clearance)) throw new AuthInputError('clearance must be PUBLIC, RESTRICTED or CONFIDENTIAL.');
  const [row] = await db.write('auth/update-user', { name, role: change.role ?? null, clearance: change.clearance ?? null, disable: change.disable === true, now: Date.now() }, BOOKKEEPING_TIMEOUT_MS);
  if (!row) throw new AuthInputError(`No user named "${name}".`);
  if (row.lastAdmin === true) throw new AuthInputError(`"${name}" is the last enabled admin: make another admin first.`);
  credentialCache(db).forgetUser(String((row.user as UserRecord).id));
  await recordAudit(db, { actor, action: 'user-updated', outcome: 'success', target: name, before: row.before, after: row.user });
  return row.user as UserRecord;
}

export async function findUser(db: Db, name: string): Promise<UserRecord | null> {
  const [row] = await db.read('auth/find-user', { name }, BOOKKEEPING_TIMEOUT_MS);
  return (row?.user as UserRecord | undefined) ?? null;
}

export async function listUsers(db: Db) {
  return (await db.read('auth/list-users', { now: Date.now() }, BOOKKEEPING_TIMEOUT_MS)) as unknown as { user: UserRecord; tokens: { id: string; label: string | null; createdAt: number; expiresAt: number | null }[] }[];
}

export async function createApiToken(db: Db, actor: string, userName: string, label: string | null, ttlDays: number | null) {
  const user = await findUser(db, userName);
  if (!user || user.disabledAt) throw new AuthInputError(`No enabled user named "${userName}".`);
  if (ttlDays !== null && !(Number.isInteger(ttlDays) && ttlDays >= 1 && ttlDays <= 3650)) throw new AuthInputError('expiresInDays must be a whole number from 1 to 3650.');
  const issued = await storeCredential(db, user.id, 'token', ttlDays === null ? null : ttlDays * 24 * 3600 * 1000, label);
  await recordAudit(db, { actor, action: 'token-created', outcome: 'success', target: issued.id, details: `for ${userName}` });
  return { id: issued.id, token: issued.value, user };
}

export async function revokeCredential(db: Db, actor: string, id: string) {
  const [row] = await db.write('auth/revoke-credential', { id, now: Date.now() }, BOOKKEEPING_TIMEOUT_MS);
  if (!row) throw new AuthInputError(`No live credential with id "${id}".`);
  // Forgets the credential and every session made from it: auth/find-credential refuses a
  // session whose token is revoked, so other instances refuse it within CREDENTIAL_CACHE_MS.
  credentialCache(db).forgetCredential(id);
  await recordAudit(db, { actor, action: 'token-revoked', outcome: 'success', target: id });
  return row.credential as { id: string; userId: string; kind: string; revokedAt: number };
}

export async function createSignInLink(db: Db, actor: string, userName: string): Promise<string> {
  const user = await findUser(db, userName);
  if (!user || user.disabledAt) throw new AuthInputError(`No enabled user named "${userName}".`);
  const issued = await storeCredential(db, user.id, 'signin', SIGNIN_LINK_TTL_MS, null);
  await recordAudit(db, { actor, action: 'sign-in-link-created', outcome: 'success', target: userName });
  return issued.value;
}

/** First start: an admin with full clearance, if there is none yet. Returns its name. */
export async function ensureAdmin(db: Db): Promise<{ name: string; created: boolean }> {
  const [row] = await db.read('auth/count-admins', {}, BOOKKEEPING_TIMEOUT_MS);
  if (Number(row?.admins ?? 0) > 0) return { name: String(row!.first), created: false };
  const user = await createUser(db, 'system', 'admin', 'admin', 'CONFIDENTIAL');
  return { name: user.name, created: true };
}
