import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, gql, testApp, userToken } from '../support/graphql-client.ts';

const { app, db } = testApp();
const run = randomBytes(3).toString('hex');
const SOURCE = '004_7cf82133f37c6018';
const EVIDENCE = [{ sourceId: SOURCE, quote: 'case file note (test)' }];

let viewer: string;
let restrictedViewer: string;
let analyst: string;
let admin: string;
let adminName: string;

// A public entity reachable from Europol only through a confidential operation, and a restricted one.
const ids = {
  hidden: `op-covert-${run}`,
  restricted: `org-restricted-unit-${run}`,
  island: `org-island-${run}`,
};

const UPSERT = /* GraphQL */ `mutation($input: EntityInput!) { upsertEntity(input: $input) { id marking } }`;
const LINK = /* GraphQL */ `mutation($input: LinkInput!) { upsertLink(input: $input) { id } }`;

beforeAll(async () => {
  viewer = (await userToken(db, 'viewer', 'PUBLIC')).token;
  restrictedViewer = (await userToken(db, 'viewer', 'RESTRICTED')).token;
  analyst = (await userToken(db, 'analyst', 'CONFIDENTIAL')).token;
  const a = await userToken(db, 'admin', 'CONFIDENTIAL');
  admin = a.token;
  adminName = a.name;
  const write = async (query: string, input: unknown): Promise<string> => {
    const r = await gql(app, query, { input }, analyst);
    expect(r.errors).toBeUndefined();
    return Object.values(r.data!)[0].id;
  };
  // New entities get the suggested id and a suffix the server makes.
  ids.hidden = await write(UPSERT, { id: ids.hidden, kind: 'Operation', name: `Covert operation Zephyr ${run}`, marking: 'CONFIDENTIAL', evidence: EVIDENCE });
  ids.restricted = await write(UPSERT, { id: ids.restricted, kind: 'Organisation', name: `Restricted unit Zephyr ${run}`, marking: 'RESTRICTED', evidence: EVIDENCE });
  ids.island = await write(UPSERT, { id: ids.island, kind: 'Organisation', name: `Island unit Zephyr ${run}`, marking: 'PUBLIC', evidence: EVIDENCE });
  await write(LINK, { type: 'INVOLVED', from: ids.hidden, to: 'org-europol', marking: 'CONFIDENTIAL', evidence: EVIDENCE });
  await write(LINK, { type: 'INVOLVED', from: ids.hidden, to: ids.island, marking: 'CONFIDENTIAL', evidence: EVIDENCE });
  await write(LINK, { type: 'PARTNER_OF', from: ids.restricted, to: 'org-europol', marking: 'RESTRICTED', evidence: EVIDENCE });
});

afterAll(async () => {
  for (const id of Object.values(ids)) await gql(app, 'mutation($id: ID!) { deleteEntity(id: $id) { deleted } }', { id }, analyst);
  await db.close();
});

describe('deny by default', () => {
  it('refuses a request without credentials, or with a wrong or malformed token', async () => {
    for (const token of [null, 'sgt_AAAAAAAAAAAA.' + 'A'.repeat(43), 'nonsense']) {
      const r = await gql(app, '{ meta { entityCount } }', undefined, token);
      expect(r.status).toBe(401);
      expect(codes(r)).toEqual(['UNAUTHENTICATED']);
      expect(r.data).toBeUndefined();
    }
  });

  it('keeps /health and /ready open', async () => {
    expect((await app.fetch('http://localhost/health')).status).toBe(200);
    expect((await app.fetch('http://localhost/ready')).status).toBe(200);
  });
});

describe('roles', () => {
  const mutation = `mutation { upsertEntity(input: { kind: Organisation, name: "Viewer attempt ${run}", evidence: [{ sourceId: "${SOURCE}", quote: "x y z" }] }) { id } }`;

  it('a viewer reads but cannot write, manage users or read the audit log', async () => {
    expect((await gql(app, '{ me { role } }', undefined, viewer)).data).toEqual({ me: { role: 'VIEWER' } });
    for (const query of [mutation, '{ users { name } }', '{ auditLog { events { id } } }', 'mutation { createApiToken(user: "admin") { token } }']) {
      const r = await gql(app, query, undefined, viewer);
      expect(codes(r)).toEqual(['FORBIDDEN']);
    }
  });

  it('an analyst writes knowledge but cannot manage users', async () => {
    const created = await gql(app, `mutation { upsertEntity(input: { id: "org-analyst-made-${run}", kind: Organisation, name: "Analyst made ${run}", evidence: [{ sourceId: "${SOURCE}", quote: "x y z" }] }) { id } }`, undefined, analyst);
    expect(created.data!.upsertEntity.id).toMatch(new RegExp(`^org-analyst-made-${run}-[0-9a-f]{6}$`));
    await gql(app, `mutation { deleteEntity(id: "${created.data!.upsertEntity.id}") { deleted } }`, undefined, analyst);
    expect(codes(await gql(app, '{ users { name } }', undefined, analyst))).toEqual(['FORBIDDEN']);
  });

  it('an admin manages users and tokens; a revoked token stops working at once', async () => {
    const name = `made-by-admin-${run}`;
    const user = await gql(app, `mutation { createUser(name: "${name}", role: VIEWER, clearance: PUBLIC) { name role clearance } }`, undefined, admin);
    expect(user.data!.createUser).toEqual({ name, role: 'VIEWER', clearance: 'PUBLIC' });
    const made = await gql(app, `mutation { createApiToken(user: "${name}", label: "script") { id token } }`, undefined, admin);
    const { id, token } = made.data!.createApiToken;
    expect((await gql(app, '{ me { name } }', undefined, token)).data).toEqual({ me: { name } });
    const listed = await gql(app, '{ users { name tokens { id label } } }', undefined, admin);
    expect(listed.data!.users.find((u: any) => u.name === name).tokens).toEqual([{ id, label: 'script' }]);
    expect(JSON.stringify(listed)).not.toContain(token.split('.')[1]);
    expect((await gql(app, `mutation { revokeApiToken(id: "${id}") }`, undefined, admin)).data).toEqual({ revokeApiToken: true });
    expect(codes(await gql(app, '{ me { name } }', undefined, token))).toEqual(['UNAUTHENTICATED']);
  });

  it('a disabled user is signed out everywhere', async () => {
    const u = await userToken(db, 'viewer', 'PUBLIC');
    await gql(app, `mutation { updateUser(name: "${u.name}", disable: true) { disabled } }`, undefined, admin);
    expect(codes(await gql(app, '{ me { name } }', undefined, u.token))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('markings', () => {
  const visible = async (token: string, query: string) => JSON.stringify((await gql(app, query, undefined, token)).data);

  it('hide entities above clearance from lookups and search', async () => {
    const lookup = `{ a: entity(id: "${ids.hidden}") { id } b: entity(id: "${ids.restricted}") { id } c: entities(ids: ["${ids.hidden}", "${ids.restricted}"]) { id } }`;
    expect(JSON.parse(await visible(viewer, lookup))).toEqual({ a: null, b: null, c: [] });
    expect(JSON.parse(await visible(restrictedViewer, lookup))).toEqual({ a: null, b: { id: ids.restricted }, c: [{ id: ids.restricted }] });
    expect(JSON.parse(await visible(admin, lookup)).a).toEqual({ id: ids.hidden });
    const search = `{ search(query: "Zephyr ${run}", limit: 20) { entity { id } } }`;
    expect(await visible(viewer, search)).not.toContain('covert');
    expect(await visible(viewer, search)).not.toContain('restricted-unit');
    expect(await visible(admin, search)).toContain(ids.hidden);
  });

  it('hide them from lists and counts', async () => {
    const query = `{ operations(filter: { nameContains: "Zephyr ${run}" }) { totalCount } meta { entityCount relationshipCount } }`;
    const pub = (await gql(app, query, undefined, viewer)).data!;
    const all = (await gql(app, query, undefined, admin)).data!;
    expect(pub.operations.totalCount).toBe(0);
    expect(all.operations.totalCount).toBe(1);
    expect(all.meta.entityCount - pub.meta.entityCount).toBe(2);
    expect(all.meta.relationshipCount).toBeGreaterThan(pub.meta.relationshipCount);
  });

  it('hide them from relationship fields and neighbourhoods', async () => {
    const query = `{ entity(id: "org-europol") { ... on Organisation { participatesIn { node { id } } partnerOf { node { id } } } degree }
      neighbourhood(ids: ["org-europol"], depth: 2, limit: 500) { nodes { id } edges { source target } } }`;
    const pub = await visible(viewer, query);
    expect(pub).not.toContain(ids.hidden);
    expect(pub).not.toContain(ids.restricted);
    expect(pub).not.toContain(ids.island);
    expect(await visible(admin, query)).toContain(ids.hidden);
    const degrees = [(await gql(app, query, undefined, viewer)).data!.entity.degree, (await gql(app, query, undefined, admin)).data!.entity.degree];
    expect(degrees[1]).toBeGreaterThan(degrees[0]);
  });

  it('make a path through a hidden node not exist', async () => {
    const query = `{ paths(from: "org-europol", to: "${ids.island}", mode: ALL_SHORTEST) { paths { length nodes { id } } } }`;
    expect((await gql(app, query, undefined, viewer)).data!.paths.paths).toEqual([]);
    const full = (await gql(app, query, undefined, admin)).data!.paths.paths;
    expect(full[0].nodes.map((n: any) => n.id)).toEqual(['org-europol', ids.hidden, ids.island]);
  });

  it('keep them out of analytics', async () => {
    const query = '{ centrality(measure: DEGREE, kinds: [Operation, Organisation], top: 5000) { nodeCount scores { entity { id } } } }';
    const pub = (await gql(app, query, undefined, viewer)).data!.centrality;
    const all = (await gql(app, query, undefined, admin)).data!.centrality;
    expect(all.nodeCount - pub.nodeCount).toBe(2);
    expect(JSON.stringify(pub)).not.toContain(ids.hidden);
  });

  it('refuse a write above the writer\'s clearance', async () => {
    const limited = (await userToken(db, 'analyst', 'RESTRICTED')).token;
    const r = await gql(app, UPSERT, { input: { kind: 'Organisation', name: `Too secret ${run}`, marking: 'CONFIDENTIAL', evidence: EVIDENCE } }, limited);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.message).toContain('above your clearance');
  });
});

describe('writes', () => {
  it('are validated against the model and leave nothing behind when refused', async () => {
    const before = (await gql(app, '{ meta { entityCount relationshipCount } auditLog(first: 1) { events { id } } }', undefined, admin)).data!;
    const bad = [
      { query: UPSERT, input: { kind: 'Organisation', name: 'No evidence', evidence: [] } },
      { query: UPSERT, input: { kind: 'Organisation', name: 'Bad property', properties: { colour: 'red' }, evidence: EVIDENCE } },
      { query: UPSERT, input: { kind: 'Organisation', name: 'Unknown source', evidence: [{ sourceId: 'nope', quote: 'x y z' }] } },
      { query: UPSERT, input: { id: 'route-not-an-org', kind: 'Organisation', name: 'Wrong prefix', evidence: EVIDENCE } },
      { query: LINK, input: { type: 'DEPARTS_FROM', from: 'org-europol', to: 'loc-italy', evidence: EVIDENCE } },
      { query: LINK, input: { type: 'PARTNER_OF', from: 'org-europol', to: 'org-nowhere', evidence: EVIDENCE } },
    ];
    for (const { query, input } of bad) {
      const r = await gql(app, query, { input }, analyst);
      expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(codes(r)[0]);
    }
    const after = (await gql(app, '{ meta { entityCount relationshipCount } auditLog(first: 1) { events { id } } }', undefined, admin)).data!;
    expect(after).toEqual(before);
  });

  it('are audited with who, what, before and after', async () => {
    const id = (await gql(app, UPSERT, { input: { id: `org-audited-${run}`, kind: 'Organisation', name: 'First name', evidence: EVIDENCE } }, analyst)).data!.upsertEntity.id;
    await gql(app, UPSERT, { input: { id, kind: 'Organisation', name: 'Second name', evidence: EVIDENCE } }, analyst);
    await gql(app, `mutation { deleteEntity(id: "${id}") { deleted } }`, undefined, analyst);
    const log = (await gql(app, `{ auditLog(first: 10) { events { actor action target before after } } }`, undefined, admin)).data!.auditLog.events;
    const mine = log.filter((e: any) => e.target === id);
    expect(mine.map((e: any) => e.action)).toEqual(['entity-deleted', 'entity-upserted', 'entity-upserted']);
    expect(JSON.parse(mine[1].before).name).toBe('First name');
    expect(JSON.parse(mine[1].after).name).toBe('Second name');
    expect(mine[0].actor).toMatch(/^test-analyst-/);
  });
});

describe('sessions and the audit of sign-ins', () => {
  it('a one-time sign-in link gives an HttpOnly SameSite session cookie, usable once', async () => {
    const link = (await gql(app, `mutation { createSignInLink(user: "${adminName}") }`, undefined, admin)).data!.createSignInLink;
    const res = await app.fetch(`http://localhost/auth/signin?token=${encodeURIComponent(link)}`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^sg_session=sgs_/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const session = cookie.split(';')[0]!;
    const me = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { cookie: session, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { name via } }' }) });
    expect((await me.json()).data.me).toEqual({ name: adminName, via: 'session' });
    const again = await app.fetch(`http://localhost/auth/signin?token=${encodeURIComponent(link)}`, { redirect: 'manual' });
    expect(again.status).toBe(401);
    await app.fetch('http://localhost/auth/signout', { method: 'POST', headers: { cookie: session, origin: 'http://localhost', 'content-type': 'application/json' }, body: '{}' });
    const after = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { cookie: session, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { name } }' }) });
    expect(after.status).toBe(401);
  });

  it('records sign-ins, failed sign-ins and denied requests', async () => {
    await app.fetch('http://localhost/auth/session', { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://localhost' }, body: JSON.stringify({ token: 'sgt_wrongwrongxx.' + 'x'.repeat(43) }) });
    await gql(app, '{ me { name } }', undefined, null);
    await gql(app, '{ users { name } }', undefined, viewer);
    const log = (await gql(app, '{ auditLog(first: 50) { events { action outcome actor } } }', undefined, admin)).data!.auditLog.events;
    const actions = log.map((e: any) => `${e.action}:${e.outcome}`);
    expect(actions).toEqual(expect.arrayContaining(['sign-in:success', 'sign-in-failed:failure', 'request-denied:denied', 'sign-out:success']));
  });
});
