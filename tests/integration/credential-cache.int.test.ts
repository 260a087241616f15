/**
 * Verified credentials are remembered for CREDENTIAL_CACHE_MS: repeated requests make no
 * credential query, and a revocation, sign-out or user change is seen at once by the instance
 * that makes it and within the bound by every other instance (another app with its own Db, or
 * a Db of its own as the users CLI has).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { revokeCredential, updateUser } from '../../server/auth/auth-service.ts';
import { credentialCache } from '../../server/auth/credential-cache.ts';
import { issueSecret } from '../../server/auth/secrets.ts';
import { BOOKKEEPING_TIMEOUT_MS, Db } from '../../server/db/driver.ts';
import { analyticsEngine } from '../../server/modules/analytics/analytics-domain.ts';
import { gql, testApp, userToken } from '../support/graphql-client.ts';

const BOUND_MS = 200;
/** Two instances over the same database with a small bound, one with a long one. */
const a = testApp({ credentialCacheMs: BOUND_MS });
const b = testApp({ credentialCacheMs: BOUND_MS });
const slow = testApp({ credentialCacheMs: 600_000 });
/** What `npm run users` uses: a Db of its own, no app, no cache. */
const cli = new Db({ ...inject('neo4j'), local: false });

afterAll(async () => {
  for (const db of [a.db, b.db, slow.db, cli]) await db.close();
});

async function me(app: App, token: string) {
  const r = await gql(app, '{ me { name role clearance } }', undefined, token);
  return { status: r.status, me: r.data?.me as { name: string; role: string; clearance: string } | undefined };
}

/** Waits until `bound` ms (and a little) have passed since `from`. */
const after = (from: number, bound: number) => new Promise((r) => setTimeout(r, Math.max(0, from + bound + 20 - Date.now())));

/** Waits for what a new test app sends by itself (engine probe, its admin), out of the way of query counts. */
async function settled({ app, db }: { app: App; db: Db }) {
  await analyticsEngine(db);
  expect((await gql(app, '{ me { name } }')).status).toBe(200);
}

beforeAll(async () => {
  for (const instance of [a, b, slow]) await settled(instance);
});

describe('revoking a token', () => {
  it('is refused at once by the instance that revokes it and within the bound by another', async () => {
    const user = await userToken(a.db, 'viewer', 'PUBLIC');
    for (const app of [a.app, b.app, slow.app]) expect((await me(app, user.token)).status).toBe(200);

    const revoked = await gql(a.app, `mutation { revokeApiToken(id: "${user.id}") }`);
    expect(revoked.data).toEqual({ revokeApiToken: true });
    const at = Date.now();
    expect((await me(a.app, user.token)).status).toBe(401);

    await after(at, BOUND_MS);
    expect((await me(b.app, user.token)).status).toBe(401);
    // The bound is the configured time: an instance configured for ten minutes still trusts it.
    expect((await me(slow.app, user.token)).status).toBe(200);
  });

  it('from the users CLI (another instance) is refused everywhere within the bound', async () => {
    const user = await userToken(a.db, 'viewer', 'PUBLIC');
    for (const app of [a.app, b.app]) expect((await me(app, user.token)).status).toBe(200);
    await revokeCredential(cli, 'cli:test', user.id);
    const at = Date.now();
    await after(at, BOUND_MS);
    for (const app of [a.app, b.app]) expect((await me(app, user.token)).status).toBe(401);
  });
});

describe('changing a user', () => {
  it('a clearance downgrade takes effect at once in the instance that makes it and within the bound in another', async () => {
    const user = await userToken(a.db, 'viewer', 'CONFIDENTIAL');
    for (const app of [a.app, b.app]) expect((await me(app, user.token)).me!.clearance).toBe('CONFIDENTIAL');

    const changed = await gql(a.app, `mutation { updateUser(name: "${user.name}", clearance: PUBLIC) { clearance } }`);
    expect(changed.data).toEqual({ updateUser: { clearance: 'PUBLIC' } });
    const at = Date.now();
    expect((await me(a.app, user.token)).me!.clearance).toBe('PUBLIC');

    await after(at, BOUND_MS);
    expect((await me(b.app, user.token)).me!.clearance).toBe('PUBLIC');
  });

  it('a role change or a disabled user from the CLI reaches every instance within the bound', async () => {
    const user = await userToken(a.db, 'analyst', 'RESTRICTED');
    for (const app of [a.app, b.app]) expect((await me(app, user.token)).me!.role).toBe('ANALYST');

    await updateUser(cli, 'cli:test', user.name, { role: 'viewer' });
    await after(Date.now(), BOUND_MS);
    for (const app of [a.app, b.app]) expect((await me(app, user.token)).me).toMatchObject({ role: 'VIEWER', clearance: 'RESTRICTED' });

    await updateUser(cli, 'cli:test', user.name, { disable: true });
    await after(Date.now(), BOUND_MS);
    for (const app of [a.app, b.app]) expect((await me(app, user.token)).status).toBe(401);
  });
});

describe('signing out', () => {
  it('ends the session at once, even in an instance that trusts it for ten minutes', async () => {
    const user = await userToken(slow.db, 'viewer', 'PUBLIC');
    const signedIn = await slow.app.fetch('http://localhost/auth/session', {
      method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://localhost' }, body: JSON.stringify({ token: user.token }),
    });
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
    const withCookie = () => slow.app.fetch('http://localhost/graphql', {
      method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: '{ me { via } }' }),
    });
    expect((await withCookie()).status).toBe(200);
    expect((await slow.app.fetch('http://localhost/auth/signout', { method: 'POST', headers: { cookie, origin: 'http://localhost', 'content-type': 'application/json' }, body: '{}' })).status).toBe(200);
    expect((await withCookie()).status).toBe(401);
  });
});

describe('the hot path', () => {
  it('makes no credential query for repeated requests with a valid token within the bound', async () => {
    const user = await userToken(slow.db, 'viewer', 'PUBLIC');
    expect((await me(slow.app, user.token)).status).toBe(200);
    const before = slow.db.queryCount;
    for (let i = 0; i < 10; i++) expect((await me(slow.app, user.token)).status).toBe(200);
    expect(slow.db.queryCount - before).toBe(0);
  });

  it('asks Neo4j on every request when the cache is off (CREDENTIAL_CACHE_MS=0)', async () => {
    const off = testApp({ credentialCacheMs: 0 });
    try {
      await settled(off);
      const user = await userToken(off.db, 'viewer', 'PUBLIC');
      const before = off.db.queryCount;
      for (let i = 0; i < 3; i++) expect((await me(off.app, user.token)).status).toBe(200);
      expect(off.db.queryCount - before).toBe(3);
    } finally {
      await off.db.close();
    }
  });

  it('still checks expiry on every use: a remembered credential past its expiresAt is refused', async () => {
    const [owner] = await slow.db.read('auth/find-user', { name: (await userToken(slow.db, 'viewer', 'PUBLIC')).name });
    const issued = issueSecret('token');
    const now = Date.now();
    await slow.db.write('auth/create-credential', {
      credential: { id: issued.id, userId: (owner!.user as { id: string }).id, kind: 'token', hash: issued.hash, label: 'short-lived', createdAt: now, expiresAt: now + 1500 },
    }, BOOKKEEPING_TIMEOUT_MS);
    expect((await me(slow.app, issued.value)).status).toBe(200);
    const before = slow.db.queryCount;
    expect((await me(slow.app, issued.value)).status).toBe(200);
    expect(slow.db.queryCount - before).toBe(0);
    await after(now, 1500);
    expect((await me(slow.app, issued.value)).status).toBe(401);
  });

  it('never caches a failed check: a wrong secret for a remembered id is refused, and guesses leave nothing behind', async () => {
    const user = await userToken(slow.db, 'viewer', 'PUBLIC');
    expect((await me(slow.app, user.token)).status).toBe(200);
    const size = credentialCache(slow.db).size;
    const [id] = user.token.split('.');
    for (let i = 0; i < 3; i++) {
      const guess = `${id}.${issueSecret('token').value.split('.')[1]}`;
      const before = slow.db.queryCount;
      expect((await me(slow.app, guess)).status).toBe(401);
      // The credential lookup, then the audit record of the denied request.
      expect(slow.db.queryCount - before).toBe(2);
    }
    expect(credentialCache(slow.db).size).toBe(size);
  });
});
