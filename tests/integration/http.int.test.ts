import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../neo4j/scripts/local-instance.ts';
import { Db } from '../../server/db/driver.ts';
import { startServer } from '../../server/index.ts';
import { userToken } from '../support/graphql-client.ts';

let server: Server;
let db: Db;
let base: string;
let auth: Record<string, string>;

beforeAll(async () => {
  db = new Db({ ...inject('neo4j'), local: false });
  const port = await freePort();
  server = await startServer({ db, host: '127.0.0.1', port, config: { graphiql: true, production: false } });
  base = `http://127.0.0.1:${port}`;
  auth = { authorization: `Bearer ${(await userToken(db, 'viewer')).token}` };
});

afterAll(async () => {
  server.close();
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
