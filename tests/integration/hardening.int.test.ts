import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { Db } from '../../server/db/driver.ts';
import { codes, gql, testApp, userToken } from '../support/graphql-client.ts';

const { app, db } = testApp();
let viewer: string;

beforeAll(async () => {
  viewer = (await userToken(db, 'viewer')).token;
});

afterAll(() => db.close());

describe('query shape limits (GraphQL Armor)', () => {
  it('refuses a query nested too deep', async () => {
    const deep = `{ entity(id: "org-europol") { ${'links { node { '.repeat(8)} id ${'} } '.repeat(8)} } }`;
    const r = await gql(app, deep, undefined, viewer);
    expect(new Set(codes(r))).toEqual(new Set(['QUERY_TOO_COSTLY']));
    expect(r.errors!.some((e) => /depth limit/i.test(e.message))).toBe(true);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: meta { entityCount }`).join(' ');
    const r = await gql(app, `{ ${aliases} }`, undefined, viewer);
    expect(r.errors![0]!.message).toMatch(/aliases/i);
    expect(codes(r)).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('refuses a query with too many tokens', async () => {
    const r = await gql(app, `{ meta { ${'entityCount '.repeat(5000)} } }`, undefined, viewer);
    expect(r.errors![0]!.message).toMatch(/token/i);
  });

  it('refuses a query that costs too much', async () => {
    const fields = Array.from({ length: 15 }, (_, i) => `l${i}: locations(first: 100) { nodes { id name aliases description marking degree evidence { quote sourceId date modality } } }`).join(' ');
    const r = await gql(app, `{ ${fields} }`, undefined, viewer);
    expect(r.errors![0]!.message).toMatch(/cost/i);
    expect(codes(r)).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('does not suggest field names', async () => {
    const r = await gql(app, '{ entty(id: "org-europol") { id } }', undefined, viewer);
    expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(r.errors![0]!.message).not.toMatch(/Did you mean/);
  });

  it('bounds page sizes and traversals', async () => {
    for (const query of [
      '{ organisations(first: 101) { totalCount } }',
      '{ neighbourhood(ids: ["org-europol"], limit: 501) { truncated } }',
      '{ neighbourhood(ids: ["org-europol"], depth: 4) { truncated } }',
      '{ paths(from: "op-hydra", to: "org-europol", maxHops: 11) { paths { length } } }',
      '{ paths(from: "op-hydra", to: "org-europol", mode: K_SHORTEST, k: 11) { paths { length } } }',
      '{ centrality(top: 5001) { engine } }',
    ]) {
      expect(codes(await gql(app, query, undefined, viewer))).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('does not batch operations', async () => {
    const res = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${viewer}` },
      body: JSON.stringify([{ query: '{ me { name } }' }, { query: '{ me { name } }' }]),
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });
});

describe('rate limiting', () => {
  it('refuses a token over its per-minute budget with a clear error, other tokens unaffected', async () => {
    const limited = createApp({ db, config: { ratePerMinute: 5 } });
    const [a, b] = [(await userToken(db, 'viewer')).token, (await userToken(db, 'viewer')).token];
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await gql(limited, '{ me { name } }', undefined, a)).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    const refused = await gql(limited, '{ me { name } }', undefined, a);
    expect(refused.status).toBe(429);
    expect(codes(refused)).toEqual(['RATE_LIMITED']);
    expect(refused.errors![0]!.message).toMatch(/try again in \d+ s/);
    expect((await gql(limited, '{ me { name } }', undefined, b)).status).toBe(200);
  });
});

describe('transaction limits', () => {
  it('stops a query over its time budget with a clear error, and stays healthy', async () => {
    const hurried = new Db({ ...(await import('vitest')).inject('neo4j'), local: false }, { txTimeoutMs: 1 });
    const slow = testApp({}, hurried).app;
    const heavy = '{ neighbourhood(ids: ["org-interpol", "org-europol", "crime-migrant-smuggling", "loc-libya", "route-central-mediterranean"], depth: 3, includeStructural: true, limit: 500) { totalNodes } }';
    const r = await gql(slow, heavy);
    expect(codes(r)).toEqual(['QUERY_TOO_COSTLY']);
    expect(r.errors![0]!.message).toMatch(/took too long/);
    expect((await app.fetch('http://localhost/ready')).status).toBe(200);
    expect((await gql(app, '{ me { name } }', undefined, viewer)).status).toBe(200);
    await hurried.close();
  });
});

describe('production mode', () => {
  const prod = createApp({ db, config: { production: true, graphiql: false } });

  it('serves no GraphiQL', async () => {
    const res = await prod.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toContain('GraphiQL');
  });

  it('allows introspection to admins only', async () => {
    const admin = (await userToken(db, 'admin')).token;
    const query = '{ __schema { queryType { name } } }';
    const refused = codes(await gql(prod, query, undefined, viewer));
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused)).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
    expect((await gql(prod, query, undefined, admin)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('prevents cross-site request forgery on GET', async () => {
    const url = `http://localhost/graphql?query=${encodeURIComponent('{ me { name } }')}`;
    const forged = await prod.fetch(url, { headers: { authorization: `Bearer ${viewer}` } });
    expect(forged.status).toBe(403);
    const real = await prod.fetch(url, { headers: { authorization: `Bearer ${viewer}`, 'x-graphql-csrf': '1', accept: 'application/json' } });
    expect(real.status).toBe(200);
  });

  it('masks unexpected errors', async () => {
    const r = await gql(prod, '{ me { name } }', undefined, viewer);
    expect(r.status).toBe(200);
    expect(JSON.stringify(r)).not.toMatch(/stack|\.ts:\d+/);
  });
});

describe('cross-site request forgery prevention in every mode', () => {
  it.each([
    { mode: 'development', config: { production: false, graphiql: true } },
    { mode: 'production', config: { production: true, graphiql: false } },
  ])('$mode: a GET needs x-graphql-csrf, a POST a JSON or GraphQL media type', async ({ config }) => {
    const target = createApp({ db, config });
    const url = `http://localhost/graphql?query=${encodeURIComponent('{ me { name } }')}`;
    expect((await target.fetch(url, { headers: { authorization: `Bearer ${viewer}`, accept: 'application/json' } })).status).toBe(403);
    expect((await target.fetch(url, { headers: { authorization: `Bearer ${viewer}`, accept: 'application/json', 'x-graphql-csrf': '1' } })).status).toBe(200);
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain']) {
      const res = await target.fetch('http://localhost/graphql', { method: 'POST', headers: { authorization: `Bearer ${viewer}`, 'content-type': type }, body: 'query=%7B%20me%20%7B%20name%20%7D%20%7D' });
      expect(res.status, type).toBe(415);
    }
  });
});
