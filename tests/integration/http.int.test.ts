import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../neo4j/scripts/local-instance.ts';
import type { AppConfig } from '../../server/app.ts';
import { createSignInLink, revokeCredential, updateUser } from '../../server/auth/auth-service.ts';
import { Db } from '../../server/db/driver.ts';
import { startServer } from '../../server/index.ts';
import { userToken } from '../support/graphql-client.ts';

let db: Db;
let base: string;
let auth: Record<string, string>;
const servers: Server[] = [];
const run = randomBytes(3).toString('hex');
/** A stand-in for the built explorer, so its headers can be checked without a build. */
const clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-client-'));
fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>explorer</title>');

async function serve(config: Partial<AppConfig>): Promise<string> {
  const port = await freePort();
  servers.push(await startServer({ db, host: '127.0.0.1', port, config, clientDir }));
  return `http://127.0.0.1:${port}`;
}

beforeAll(async () => {
  db = new Db({ ...inject('neo4j'), local: false });
  base = await serve({ graphiql: true, production: false });
  auth = { authorization: `Bearer ${(await userToken(db, 'viewer')).token}`, 'x-graphql-csrf': '1' };
});

afterAll(async () => {
  for (const s of servers) s.close();
  fs.rmSync(clientDir, { recursive: true, force: true });
  await db.close();
});

const QUERY = '{ entity(id: "org-europol") { id name } }';

describe('GraphQL over HTTP', () => {
  it('answers POST with application/graphql-response+json', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(await res.json()).toEqual({ data: { entity: { id: 'org-europol', name: 'Europol' } } });
  });

  it('answers GET for queries', async () => {
    const res = await fetch(`${base}/graphql?query=${encodeURIComponent(QUERY)}`, { headers: { ...auth, accept: 'application/json' } });
    expect(res.status).toBe(200);
    expect((await res.json()).data.entity.id).toBe('org-europol');
  });

  it('refuses a mutation over GET with 405', async () => {
    const res = await fetch(`${base}/graphql?query=${encodeURIComponent('mutation { x }')}`, { headers: { ...auth, accept: 'application/json' } });
    expect(res.status).toBe(405);
  });

  it('answers 400 to an invalid document under the GraphQL response media type', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ entity(id: 1 }' }),
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a body that is not JSON with a clear 4xx', async () => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{not json' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('serves /health and /ready', async () => {
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });

  it('serves GraphiQL with its assets inlined (no CDN)', async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/unpkg\.com|cdn\.jsdelivr|esm\.sh/);
  });
});

const MODES = [
  { mode: 'development', config: { graphiql: true, production: false } },
  { mode: 'production', config: { graphiql: false, production: true } },
] as const;
const EVIL = 'http://127.0.0.1:1';
const SOURCE = '004_7cf82133f37c6018';

describe.each(MODES)('same-origin by default ($mode)', ({ config }) => {
  let url: string;
  let analyst: string;
  beforeAll(async () => {
    url = await serve(config);
    analyst = (await userToken(db, 'analyst')).token;
  });

  it('sends no CORS headers to another origin, on answers or preflights', async () => {
    const answer = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { origin: EVIL, authorization: `Bearer ${analyst}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { name } }' }),
    });
    const preflight = await fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: EVIL, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-graphql-csrf' },
    });
    for (const res of [answer, preflight]) {
      for (const name of res.headers.keys()) expect(name).not.toMatch(/^access-control-/);
    }
  });

  it('refuses form and text POSTs with 415, and the mutation does not run', async () => {
    const id = `org-csrf-${run}-${config.production ? 'p' : 'd'}`;
    const query = `mutation { upsertEntity(input: { id: "${id}", kind: Organisation, name: "Forged ${id}", evidence: [{ sourceId: "${SOURCE}", quote: "forged" }] }) { id } }`;
    const form = new FormData();
    form.set('query', query);
    const bodies: [string | undefined, BodyInit][] = [
      ['application/x-www-form-urlencoded', new URLSearchParams({ query }).toString()],
      [undefined, form],
      ['text/plain', JSON.stringify({ query })],
      ['text/plain;charset=UTF-8', JSON.stringify({ query })],
    ];
    for (const [type, body] of bodies) {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { origin: EVIL, authorization: `Bearer ${analyst}`, ...(type ? { 'content-type': type } : {}) }, body });
      expect(res.status, String(type ?? 'multipart/form-data')).toBe(415);
    }
    const check = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${analyst}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ entity(id: "${id}") { id } }` }),
    });
    expect((await check.json()).data).toEqual({ entity: null });
  });

  it('answers POSTs with the GraphQL media types', async () => {
    for (const type of ['application/json', 'application/graphql-response+json', 'application/graphql+json; charset=utf-8']) {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { authorization: `Bearer ${analyst}`, 'content-type': type }, body: JSON.stringify({ query: '{ me { role } }' }) });
      expect(res.status, type).toBe(200);
    }
  });

  it('needs the x-graphql-csrf header on GET', async () => {
    const get = `${url}/graphql?query=${encodeURIComponent('{ me { name } }')}`;
    expect((await fetch(get, { headers: { authorization: `Bearer ${analyst}`, accept: 'application/json' } })).status).toBe(403);
    expect((await fetch(get, { headers: { authorization: `Bearer ${analyst}`, accept: 'application/json', 'x-graphql-csrf': '1' } })).status).toBe(200);
  });

  it('signs in only from a same-origin JSON request (no login CSRF)', async () => {
    const token = (await userToken(db, 'viewer')).token;
    const attempts: [Record<string, string>, number][] = [
      [{ 'content-type': 'text/plain' }, 403],
      [{ 'content-type': 'text/plain', origin: url }, 415],
      [{ 'content-type': 'application/json', origin: EVIL }, 403],
      [{ 'content-type': 'application/json', 'sec-fetch-site': 'same-site', origin: url }, 403],
      [{ 'content-type': 'application/json' }, 403],
    ];
    for (const [headers, status] of attempts) {
      const res = await fetch(`${url}/auth/session`, { method: 'POST', headers, body: JSON.stringify({ token }) });
      expect(res.status, JSON.stringify(headers)).toBe(status);
      expect(res.headers.get('set-cookie')).toBeNull();
    }
    const forgedOut = await fetch(`${url}/auth/signout`, { method: 'POST', headers: { 'content-type': 'text/plain', origin: EVIL } });
    expect(forgedOut.status).toBe(403);
    for (const headers of [{ origin: url }, { 'sec-fetch-site': 'same-origin' }] as Record<string, string>[]) {
      const res = await fetch(`${url}/auth/session`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ token }) });
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).toMatch(/^sg_session=sgs_.*HttpOnly.*SameSite=Strict/i);
    }
  });
});

describe('CORS_ORIGINS', () => {
  it('allows exactly the listed origins, with credentials', async () => {
    const allowed = 'https://explorer.example.org';
    const url = await serve({ corsOrigins: [allowed] });
    const preflight = (origin: string) => fetch(`${url}/graphql`, {
      method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    const ok = await preflight(allowed);
    expect(ok.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
    const answer = await fetch(`${url}/graphql`, { method: 'POST', headers: { ...auth, origin: allowed, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { role } }' }) });
    expect(answer.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(answer.headers.get('vary')).toMatch(/origin/i);
    for (const other of [EVIL, 'https://explorer.example.org.evil.test', 'null']) {
      const res = await preflight(other);
      for (const name of res.headers.keys()) expect(name).not.toMatch(/^access-control-/);
    }
  });

  it('refuses anything that is not an exact origin at start', async () => {
    const { corsOrigins } = await import('../../server/app.ts');
    expect(corsOrigins(' https://a.example.org, http://127.0.0.1:5173 ')).toEqual(['https://a.example.org', 'http://127.0.0.1:5173']);
    for (const bad of ['*', 'https://a.example.org/', 'a.example.org', 'https://*.example.org']) expect(() => corsOrigins(bad)).toThrow(/exact origins/);
  });
});

describe('the gate in front of every path', () => {
  const INTROSPECTION = JSON.stringify({ query: '{ __schema { types { name } } }' });
  const VARIANTS = ['/graphql/', '/graphql/graphql', '/health/graphql', '/ready/graphql', '/auth/graphql', '/graphql/health', '/health/', '/ready/', '/auth/', '/auth/unknown', '/graphql//', '/graphql/x/graphql'];

  it.each(MODES)('answers 404 anonymously at every other path ($mode)', async ({ config }) => {
    const url = await serve(config);
    for (const variant of VARIANTS) {
      const requests: [string, RequestInit][] = [
        ['POST', { method: 'POST', headers: { 'content-type': 'application/json' }, body: INTROSPECTION }],
        ['GET', { headers: { 'x-graphql-csrf': '1', accept: 'application/json' } }],
        ['GET html', { headers: { accept: 'text/html' } }],
      ];
      for (const [what, init] of requests) {
        const target = what === 'GET' ? `${url}${variant}?query=${encodeURIComponent('{ __schema { types { name } } }')}` : `${url}${variant}`;
        const res = await fetch(target, init);
        const text = await res.text();
        expect(res.status, `${what} ${variant}`).toBe(404);
        expect(text).not.toMatch(/__schema|queryType|"types"|GraphiQL/);
      }
    }
    const gated = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: INTROSPECTION });
    expect(gated.status).toBe(401);
    expect(await gated.text()).not.toMatch(/queryType|"types"/);
  });

  it('serves GraphiQL only at /graphql, and no GraphiQL in production', async () => {
    expect((await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } })).status).toBe(200);
    const prod = await serve({ production: true, graphiql: false });
    const res = await fetch(`${prod}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('GraphiQL');
    const sneaky = await fetch(`${prod}/graphql?query=${encodeURIComponent('{ __schema { queryType { name } } }')}`, { headers: { accept: 'text/html, application/json', 'x-graphql-csrf': '1' } });
    expect(sneaky.status).toBe(401);
  });
});

describe('security headers', () => {
  const expectHeaders = (res: Response, what: string) => {
    expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
    expect(res.headers.get('x-frame-options'), what).toBe('DENY');
    expect(res.headers.get('referrer-policy'), what).toBe('no-referrer');
    expect(res.headers.get('content-security-policy'), what).toContain("frame-ancestors 'none'");
  };

  it('are on every response: JSON, errors, /auth/*, /health, /ready, the explorer', async () => {
    const checks: [string, Promise<Response>][] = [
      ['graphql 200', fetch(`${base}/graphql`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { name } }' }) })],
      ['graphql 401', fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })],
      ['graphql 400', fetch(`${base}/graphql`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{not json' })],
      ['graphql 415', fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' })],
      ['404', fetch(`${base}/graphql/x`)],
      ['auth/me', fetch(`${base}/auth/me`)],
      ['auth/session 403', fetch(`${base}/auth/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })],
      ['auth/signin 401', fetch(`${base}/auth/signin?token=nope`)],
      ['health', fetch(`${base}/health`)],
      ['ready', fetch(`${base}/ready`)],
      ['explorer', fetch(`${base}/`)],
      ['explorer deep link', fetch(`${base}/some/view`)],
    ];
    for (const [what, pending] of checks) {
      const res = await pending;
      expectHeaders(res, what);
      await res.arrayBuffer();
    }
  });

  it('GraphiQL has its own policy that lets exactly its inline scripts run', async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expectHeaders(res, 'graphiql');
    const csp = res.headers.get('content-security-policy')!;
    const scriptSrc = /script-src ([^;]+)/.exec(csp)![1]!;
    expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    await res.text();
  });
});

describe('sessions die with what made them', () => {
  const signInWith = async (url: string, token: string) => {
    const res = await fetch(`${url}/auth/session`, { method: 'POST', headers: { origin: url, 'content-type': 'application/json' }, body: JSON.stringify({ token }) });
    expect(res.status).toBe(200);
    return res.headers.get('set-cookie')!.split(';')[0]!;
  };
  const meWith = (url: string, cookie: string) => fetch(`${url}/graphql`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { name } }' }) });

  it('revoking an API token ends the sessions made from it at once, here and (within the bound) elsewhere', async () => {
    const other = new Db({ ...inject('neo4j'), local: false });
    const port = await freePort();
    const elsewhere = await startServer({ db: other, host: '127.0.0.1', port, config: { credentialCacheMs: 1000 } });
    const otherUrl = `http://127.0.0.1:${port}`;
    try {
      const user = await userToken(db, 'viewer');
      const cookie = await signInWith(base, user.token);
      const token = await userToken(db, 'viewer');
      const unrelated = await signInWith(base, token.token);
      expect((await meWith(base, cookie)).status).toBe(200);
      expect((await meWith(otherUrl, cookie)).status).toBe(200);
      await revokeCredential(db, 'test', user.id);
      expect((await meWith(base, cookie)).status).toBe(401);
      await new Promise((r) => setTimeout(r, 1100));
      expect((await meWith(otherUrl, cookie)).status).toBe(401);
      expect((await meWith(base, unrelated)).status).toBe(200);
    } finally {
      elsewhere.close();
      await other.close();
    }
  });

  it('disabling a user ends their sessions at once', async () => {
    const user = await userToken(db, 'viewer');
    const cookie = await signInWith(base, user.token);
    expect((await meWith(base, cookie)).status).toBe(200);
    await updateUser(db, 'test', user.name, { disable: true });
    expect((await meWith(base, cookie)).status).toBe(401);
  });

  it('a wrong secret for a sign-in link\'s id does not burn the link', async () => {
    const user = await userToken(db, 'viewer');
    const link = await createSignInLink(db, 'test', user.name);
    const [id] = link.split('.');
    const wrong = `${id}.${'A'.repeat(43)}`;
    const refused = await fetch(`${base}/auth/signin?token=${encodeURIComponent(wrong)}`, { redirect: 'manual' });
    expect(refused.status).toBe(401);
    const genuine = await fetch(`${base}/auth/signin?token=${encodeURIComponent(link)}`, { redirect: 'manual' });
    expect(genuine.status).toBe(303);
    expect(genuine.headers.get('set-cookie')).toMatch(/^sg_session=sgs_/);
    const again = await fetch(`${base}/auth/signin?token=${encodeURIComponent(link)}`, { redirect: 'manual' });
    expect(again.status).toBe(401);
  });

  it('answers a used, unknown or garbled sign-in link with one page that says what to do next', async () => {
    const user = await userToken(db, 'viewer');
    const link = await createSignInLink(db, 'test', user.name);
    const first = await fetch(`${base}/auth/signin?token=${encodeURIComponent(link)}`, { redirect: 'manual' });
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
    const pages = [];
    for (const token of [link, `${link.split('.')[0]}.${'B'.repeat(43)}`, 'nope', '']) {
      const res = await fetch(`${base}/auth/signin?token=${encodeURIComponent(token)}`, { redirect: 'manual' });
      expect(res.status, token).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      pages.push(await res.text());
    }
    // The same page whatever was wrong with the link: a guesser learns nothing about real links.
    expect(new Set(pages).size).toBe(1);
    expect(pages[0]).toContain('<h1>This sign-in link cannot be used</h1>');
    expect(pages[0]).toContain('npm run users -- signin-link &lt;your name&gt;');
    expect(pages[0]).toContain('href="/"');
    expect(pages[0]).not.toContain('already signed in');
    // Opened again in the browser that used it (same-site, so the session cookie is sent).
    const again = await fetch(`${base}/auth/signin?token=${encodeURIComponent(link)}`, { redirect: 'manual', headers: { cookie } });
    expect(again.status).toBe(401);
    expect(await again.text()).toContain('This browser is already signed in');
  });
});
