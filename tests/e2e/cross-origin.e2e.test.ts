/**
 * A page on another origin (another port of 127.0.0.1: SameSite does not separate ports, so the
 * browser sends the session cookie) tries to read the API and to write through it as a signed-in
 * analyst, in headless Chromium, against the server in development and in production mode: it
 * reads nothing, no mutation runs and its sign-in does not replace the analyst's session. The
 * explorer's own sign-out (same origin) still works.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApiToken, createSignInLink, createUser } from '../../server/auth/auth-service.ts';
import { Db } from '../../server/db/driver.ts';
import { startServer } from '../../server/index.ts';
import { freePort, launchChromium } from './support/browser.ts';
import { ensureClientBuilt } from './support/client-build.ts';

let db: Db;
let browser: Browser;
let admin: string;
const servers: http.Server[] = [];
const run = randomBytes(3).toString('hex');
const SOURCE = '004_7cf82133f37c6018';

const upsert = (id: string) => `mutation { upsertEntity(input: { id: "${id}", kind: Organisation, name: "Forged ${id}", evidence: [{ sourceId: "${SOURCE}", quote: "forged" }] }) { id } }`;

/** The attacker's page: reads with credentials, then submits forms of every simple kind. */
function attackerPage(api: string, ids: Record<string, string>, attackerToken: string): string {
  const field = (name: string, value: string) => `<input type="hidden" name="${name}" value="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  const textBody = (query: string) => {
    // text/plain forms send name=value: this makes the body parse as JSON {"query": ..., "x": "="}.
    const json = JSON.stringify({ query, x: '' });
    return { name: json.slice(0, -2), value: '"}' };
  };
  const t = textBody(upsert(ids.text!));
  const login = { name: JSON.stringify({ token: attackerToken, x: '' }).slice(0, -2), value: '"}' };
  return `<!doctype html><html><body>
<iframe name="s1"></iframe><iframe name="s2"></iframe><iframe name="s3"></iframe><iframe name="s4"></iframe>
<form id="f1" method="POST" action="${api}/graphql" target="s1">${field('query', upsert(ids.urlencoded!))}</form>
<form id="f2" method="POST" action="${api}/graphql" enctype="multipart/form-data" target="s2">${field('query', upsert(ids.multipart!))}</form>
<form id="f3" method="POST" action="${api}/graphql" enctype="text/plain" target="s3">${field(t.name, t.value)}</form>
<form id="f4" method="POST" action="${api}/auth/session" enctype="text/plain" target="s4">${field(login.name, login.value)}</form>
<script>
(async () => {
  const out = {};
  const attempt = async (name, run) => { try { out[name] = await run(); } catch (e) { out[name] = 'blocked: ' + e.name; } };
  await attempt('postJson', async () => (await fetch('${api}/graphql', { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { name } }' }) })).text());
  await attempt('getWithHeader', async () => (await fetch('${api}/graphql?query=' + encodeURIComponent('{ me { name } }'), { credentials: 'include', headers: { 'x-graphql-csrf': '1' } })).text());
  await attempt('getSimple', async () => (await fetch('${api}/graphql?query=' + encodeURIComponent('{ me { name } }'), { credentials: 'include' })).text());
  await attempt('me', async () => (await fetch('${api}/auth/me', { credentials: 'include' })).text());
  await attempt('noCorsText', async () => (await fetch('${api}/graphql', { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: ${JSON.stringify(upsert(ids.fetchText!))} }) })).type);
  window.readResults = out;
  for (const id of ['f1', 'f2', 'f3', 'f4']) document.getElementById(id).submit();
  window.submitted = true;
})();
</script></body></html>`;
}

beforeAll(async () => {
  ensureClientBuilt();
  db = new Db({ ...inject('neo4j'), local: false });
  await createUser(db, 'e2e-setup', `e2e-xo-admin-${run}`, 'admin', 'CONFIDENTIAL');
  admin = (await createApiToken(db, 'e2e-setup', `e2e-xo-admin-${run}`, 'e2e', null)).token;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const s of servers) await new Promise((resolve) => s.close(resolve));
  await db?.close();
});

describe.each([
  { mode: 'development', config: { graphiql: true, production: false } },
  { mode: 'production', config: { graphiql: false, production: true } },
])('a page on another port of 127.0.0.1 ($mode)', ({ mode, config }) => {
  it('reads nothing, writes nothing and cannot sign the analyst in as someone else', async () => {
    const port = await freePort();
    servers.push(await startServer({ db, host: '127.0.0.1', port, config }));
    const api = `http://127.0.0.1:${port}`;

    const analyst = `e2e-xo-analyst-${run}-${mode}`;
    await createUser(db, 'e2e-setup', analyst, 'analyst', 'CONFIDENTIAL');
    const attacker = `e2e-xo-attacker-${run}-${mode}`;
    await createUser(db, 'e2e-setup', attacker, 'viewer', 'PUBLIC');
    const attackerToken = (await createApiToken(db, 'e2e-setup', attacker, 'e2e', null)).token;

    const ids = Object.fromEntries(['urlencoded', 'multipart', 'text', 'fetchText'].map((k) => [k, `org-xo-${run}-${mode[0]}-${k.toLowerCase()}`]));
    const evilPort = await freePort();
    const evil = http.createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(attackerPage(api, ids, attackerToken));
    });
    await new Promise<void>((resolve) => evil.listen(evilPort, '127.0.0.1', resolve));
    servers.push(evil);

    const context = await browser.newContext();
    const page = await context.newPage();
    // The analyst signs in with a one-time link, and the explorer knows them.
    await page.goto(`${api}/auth/signin?token=${await createSignInLink(db, 'e2e-setup', analyst)}`);
    const whoAmI = () => page.evaluate(async () => (await (await fetch('/auth/me')).json()).user?.name ?? null);
    expect(await whoAmI()).toBe(analyst);
    const sessionBefore = (await context.cookies(api)).find((c) => c.name === 'sg_session')?.value;
    expect(sessionBefore).toMatch(/^sgs_/);

    // Then visits the other site.
    const other = await context.newPage();
    await other.goto(`http://127.0.0.1:${evilPort}/`);
    await other.waitForFunction(() => (window as unknown as { submitted?: boolean }).submitted === true, undefined, { timeout: 30_000 });
    await other.waitForTimeout(1500);
    const read = await other.evaluate(() => (window as unknown as { readResults: Record<string, string> }).readResults);
    expect(read.postJson).toMatch(/^blocked/);
    expect(read.getWithHeader).toMatch(/^blocked/);
    expect(read.getSimple).toMatch(/^blocked/);
    expect(read.me).toMatch(/^blocked/);
    // Sent (the server refuses it with 415), unreadable (opaque, or blocked by Cross-Origin-Resource-Policy).
    expect(read.noCorsText).toMatch(/^(opaque|blocked)/);
    expect(JSON.stringify(read)).not.toContain(analyst);

    // No mutation ran.
    const check = await fetch(`${api}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ ${Object.entries(ids).map(([k, id]) => `${k}: entity(id: "${id}") { id }`).join(' ')} }` }),
    });
    expect((await check.json()).data).toEqual(Object.fromEntries(Object.keys(ids).map((k) => [k, null])));

    // The analyst is still the analyst (no login CSRF), and signing out from the explorer works.
    expect((await context.cookies(api)).find((c) => c.name === 'sg_session')?.value).toBe(sessionBefore);
    expect(await whoAmI()).toBe(analyst);
    await page.evaluate(async () => {
      await fetch('/auth/signout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    });
    expect(await whoAmI()).toBeNull();
    await context.close();
  });
});
