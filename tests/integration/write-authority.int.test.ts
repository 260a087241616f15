/**
 * Write authority (server/modules/knowledge/write-authority.ts): a write creates, changes or
 * removes only what the writer can see, never lowers a marking or erases provenance above their
 * clearance, and no answer tells a hidden target from an absent one. Also: audit events carry the
 * marking of what they record, and what an admin may grant.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { q } from '../../server/db/cypher.ts';
import { codes, gql, testApp, userToken } from '../support/graphql-client.ts';

const { app, db } = testApp();
const run = randomBytes(3).toString('hex');
const SOURCE = '004_7cf82133f37c6018';
const quote = (text: string, marking?: string) => ({ sourceId: SOURCE, quote: `${text} ${run}`, ...(marking ? { marking } : {}) });

const UPSERT = /* GraphQL */ `mutation($input: EntityInput!) { upsertEntity(input: $input) { id marking evidence { sourceId quote } } }`;
const LINK = /* GraphQL */ `mutation($input: LinkInput!) { upsertLink(input: $input) { id source target type } }`;
const DELETE = /* GraphQL */ `mutation($id: ID!) { deleteEntity(id: $id) { id deleted } }`;
const DELETE_LINK = /* GraphQL */ `mutation($id: ID!) { deleteLink(id: $id) { id deleted } }`;

const users: Record<'confidential' | 'restricted' | 'public' | 'adminConfidential' | 'adminPublic', { name: string; token: string }> = {} as never;
const made: string[] = [];

async function ok(token: string, query: string, variables: Record<string, unknown>) {
  const r = await gql(app, query, variables, token);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as Record<string, any>;
}

async function entity(token: string, input: Record<string, unknown>): Promise<string> {
  const id = (await ok(token, UPSERT, { input: { evidence: [quote('case note')], ...input } })).upsertEntity.id as string;
  made.push(id);
  return id;
}

const link = async (token: string, input: Record<string, unknown>): Promise<string> =>
  (await ok(token, LINK, { input: { evidence: [quote('case note on a link')], ...input } })).upsertLink.id;

const stored = async (id: string) => (await db.readText('MATCH (n:Entity {id: $id}) RETURN properties(n) AS p', { id }))[0]?.p as Record<string, any> | undefined;
const storedLinks = async (from: string, type: string, to: string) =>
  (await db.readText(`MATCH (:Entity {id: $from})-[r:${type}]->(:Entity {id: $to}) RETURN properties(r) AS p ORDER BY r.id`, { from, to })).map((r) => r.p as Record<string, any>);

/** An error's code and its message with the id it names replaced, to compare two refusals. */
const refusal = (r: { errors?: { message: string; extensions?: { code?: unknown } }[] }, id: string) =>
  r.errors?.map((e) => `${e.extensions?.code}: ${e.message.replaceAll(id, '<id>')}`);

beforeAll(async () => {
  users.confidential = await userToken(db, 'analyst', 'CONFIDENTIAL');
  users.restricted = await userToken(db, 'analyst', 'RESTRICTED');
  users.public = await userToken(db, 'analyst', 'PUBLIC');
  users.adminConfidential = await userToken(db, 'admin', 'CONFIDENTIAL');
  users.adminPublic = await userToken(db, 'admin', 'PUBLIC');
});

afterAll(async () => {
  await db.writeText('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: made });
  await db.close();
});

describe('links', () => {
  it('a new link between two visible entities never touches a hidden one of the same type', async () => {
    const a = await entity(users.confidential.token, { id: `org-wa-alpha-${run}`, kind: 'Organisation', name: `WA alpha ${run}` });
    const b = await entity(users.confidential.token, { id: `org-wa-beta-${run}`, kind: 'Organisation', name: `WA beta ${run}` });
    const hidden = await link(users.confidential.token, { type: 'PARTNER_OF', from: a, to: b, marking: 'CONFIDENTIAL', evidence: [quote('secret partnership')] });
    const [hiddenBefore] = await storedLinks(a, 'PARTNER_OF', b);

    const mine = await link(users.public.token, { type: 'PARTNER_OF', from: a, to: b, marking: 'PUBLIC', evidence: [quote('public partnership')] });
    expect(mine).not.toBe(hidden);
    const after = await storedLinks(a, 'PARTNER_OF', b);
    expect(after).toHaveLength(2);
    expect(after.find((p) => p.id === hidden)).toEqual(hiddenBefore);
    expect(after.find((p) => p.id === mine)).toMatchObject({ marking: 'PUBLIC', evidenceQuotes: [`public partnership ${run}`] });

    // An upsert again changes the writer's own visible link, and still not the hidden one.
    expect(await link(users.public.token, { type: 'PARTNER_OF', from: a, to: b, marking: 'PUBLIC', evidence: [quote('public partnership, revised')] })).toBe(mine);
    expect((await storedLinks(a, 'PARTNER_OF', b)).find((p) => p.id === hidden)).toEqual(hiddenBefore);

    // A higher-cleared writer who sees both updates one of them, never merges or drops the other.
    const restrictedHidden = await link(users.confidential.token, { type: 'PARTNER_OF', from: b, to: a, marking: 'CONFIDENTIAL', evidence: [quote('secret, other way')] });
    const rewrite = await link(users.restricted.token, { type: 'PARTNER_OF', from: b, to: a, marking: 'RESTRICTED', evidence: [quote('restricted rewrite')] });
    expect(rewrite).not.toBe(restrictedHidden);
    expect((await storedLinks(b, 'PARTNER_OF', a)).find((p) => p.id === restrictedHidden)).toMatchObject({ marking: 'CONFIDENTIAL', evidenceQuotes: [`secret, other way ${run}`] });
  });

  it('a hidden link cannot be deleted, and the refusal reads as for an absent one', async () => {
    const a = await entity(users.confidential.token, { id: `org-wa-gamma-${run}`, kind: 'Organisation', name: `WA gamma ${run}` });
    const b = await entity(users.confidential.token, { id: `org-wa-delta-${run}`, kind: 'Organisation', name: `WA delta ${run}` });
    const hidden = await link(users.confidential.token, { type: 'PARTNER_OF', from: a, to: b, marking: 'RESTRICTED' });
    const absent = `${a}|PARTNER_OF|${b}|ffffff`;
    const toHidden = await gql(app, DELETE_LINK, { id: hidden }, users.public.token);
    const toAbsent = await gql(app, DELETE_LINK, { id: absent }, users.public.token);
    expect(codes(toHidden)).toEqual(['NOT_FOUND']);
    expect(refusal(toHidden, hidden)).toEqual(refusal(toAbsent, absent));
    expect(await storedLinks(a, 'PARTNER_OF', b)).toHaveLength(1);
  });
});

describe('evidence', () => {
  it('an edit replaces only the quotes the editor can see and keeps the others, in order', async () => {
    const doc = await entity(users.confidential.token, {
      id: `doc-wa-file-${run}`, kind: 'Source', name: `WA case file ${run}`, marking: 'CONFIDENTIAL', properties: { title: 'WA case file' },
      evidence: [{ sourceId: `doc-wa-file-${run}`, quote: `the case file itself ${run}` }],
    });
    const e = await entity(users.confidential.token, {
      id: `org-wa-evidenced-${run}`, kind: 'Organisation', name: `WA evidenced ${run}`, marking: 'PUBLIC',
      evidence: [quote('public quote'), quote('confidential quote', 'CONFIDENTIAL'), { sourceId: doc, quote: `quote from a hidden file ${run}` }, quote('restricted quote', 'RESTRICTED')],
    });
    expect((await stored(e))!.evidenceQuotes).toHaveLength(4);

    const answer = await ok(users.restricted.token, UPSERT, { input: { id: e, kind: 'Organisation', name: `WA evidenced, edited ${run}`, marking: 'PUBLIC', evidence: [quote('edited quote')] } });
    expect(answer.upsertEntity.id).toBe(e);
    expect(answer.upsertEntity.evidence.map((x: { quote: string }) => x.quote)).toEqual([`edited quote ${run}`]);
    const after = (await stored(e))!;
    expect(after.name).toBe(`WA evidenced, edited ${run}`);
    expect(after.evidenceQuotes).toEqual([`edited quote ${run}`, `confidential quote ${run}`, `quote from a hidden file ${run}`]);
    expect(after.evidenceMarkings).toEqual(['PUBLIC', 'CONFIDENTIAL', 'PUBLIC']);
    expect(after.evidenceSources).toEqual([SOURCE, SOURCE, doc]);
    // The entity is still stated by the hidden document.
    expect(await db.readText('MATCH (:Entity {id: $e})-[m:MENTIONED_IN]->(:Source {id: $doc}) RETURN m.evidenceQuotes AS q', { e, doc })).toEqual([{ q: [`quote from a hidden file ${run}`] }]);

    // A stricter marking set by the editor raises the kept quotes with it, and never lowers one.
    await ok(users.restricted.token, UPSERT, { input: { id: e, kind: 'Organisation', name: `WA evidenced ${run}`, marking: 'RESTRICTED', evidence: [quote('restricted edit')] } });
    expect((await stored(e))!.evidenceMarkings).toEqual(['RESTRICTED', 'CONFIDENTIAL', 'RESTRICTED']);
    await ok(users.restricted.token, UPSERT, { input: { id: e, kind: 'Organisation', name: `WA evidenced ${run}`, marking: 'PUBLIC', evidence: [quote('public edit')] } });
    expect((await stored(e))!.evidenceMarkings).toEqual(['PUBLIC', 'CONFIDENTIAL', 'RESTRICTED']);
    expect((await stored(e))!.evidenceQuotes).toEqual([`public edit ${run}`, `confidential quote ${run}`, `quote from a hidden file ${run}`]);

    // Deleting it would erase what the editor cannot see: refused.
    const refused = await gql(app, DELETE, { id: e }, users.restricted.token);
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(await stored(e)).toBeTruthy();
  });

  it('an edit of a link keeps its quotes above the editor\'s clearance', async () => {
    const a = await entity(users.confidential.token, { id: `org-wa-epsilon-${run}`, kind: 'Organisation', name: `WA epsilon ${run}` });
    const b = await entity(users.confidential.token, { id: `org-wa-zeta-${run}`, kind: 'Organisation', name: `WA zeta ${run}` });
    const id = await link(users.confidential.token, { type: 'PARTNER_OF', from: a, to: b, marking: 'PUBLIC', evidence: [quote('public link quote'), quote('confidential link quote', 'CONFIDENTIAL')] });
    expect(await link(users.public.token, { type: 'PARTNER_OF', from: a, to: b, marking: 'PUBLIC', evidence: [quote('edited link quote')] })).toBe(id);
    const [after] = await storedLinks(a, 'PARTNER_OF', b);
    expect(after!.evidenceQuotes).toEqual([`edited link quote ${run}`, `confidential link quote ${run}`]);
    expect(after!.evidenceMarkings).toEqual(['PUBLIC', 'CONFIDENTIAL']);
    expect(codes(await gql(app, DELETE_LINK, { id }, users.public.token))).toEqual(['BAD_USER_INPUT']);
    expect(await storedLinks(a, 'PARTNER_OF', b)).toHaveLength(1);
  });
});

describe('ids', () => {
  const cases = [
    { kind: 'Organisation', prefix: 'org-wa-id', extra: {} },
    { kind: 'Figure', prefix: 'fig-wa-id', extra: { properties: { value: 22, unit: 'percent' } } },
    { kind: 'Source', prefix: 'doc-wa-id', extra: { properties: { title: 'WA id file' } } },
  ] as const;

  for (const { kind, prefix, extra } of cases) {
    it(`a ${kind}'s id tells nothing of a hidden ${kind} (upsert, update, delete)`, async () => {
      const hidden = await entity(users.confidential.token, { id: `${prefix}-hidden-${run}`, kind, name: `WA hidden ${kind} ${run}`, marking: 'CONFIDENTIAL', ...extra });
      expect(hidden).toMatch(new RegExp(`^${prefix}-hidden-${run}-[0-9a-f]{6}$`));
      const before = await stored(hidden);
      const unused = `${prefix}-unused-${run}`;

      // Upserting with the hidden id behaves as with an unused one: a new entity with a new id.
      const input = (id: string) => ({ id, kind, name: `WA public ${kind} ${run}`, marking: 'PUBLIC', ...extra, evidence: [quote('public note')] });
      const onHidden = await gql(app, UPSERT, { input: input(hidden) }, users.public.token);
      const onUnused = await gql(app, UPSERT, { input: input(unused) }, users.public.token);
      expect(onHidden.errors).toBeUndefined();
      expect(onUnused.errors).toBeUndefined();
      made.push(onHidden.data!.upsertEntity.id, onUnused.data!.upsertEntity.id);
      expect(onHidden.data!.upsertEntity.id).toMatch(new RegExp(`^${hidden}-[0-9a-f]{6}$`));
      expect(onUnused.data!.upsertEntity.id).toMatch(new RegExp(`^${unused}-[0-9a-f]{6}$`));
      expect(await stored(hidden)).toEqual(before);

      // Deleting the hidden one reads exactly as deleting an unused id.
      const delHidden = await gql(app, DELETE, { id: hidden }, users.public.token);
      const delUnused = await gql(app, DELETE, { id: unused }, users.public.token);
      expect(codes(delHidden)).toEqual(['NOT_FOUND']);
      expect(refusal(delHidden, hidden)).toEqual(refusal(delUnused, unused));
      expect(await stored(hidden)).toEqual(before);
    });
  }

  it('an update by id reaches only an entity the writer can see', async () => {
    const hidden = await entity(users.confidential.token, { id: `org-wa-kind-${run}`, kind: 'Organisation', name: `WA kind ${run}`, marking: 'RESTRICTED' });
    const r = await gql(app, UPSERT, { input: { id: hidden, kind: 'Organisation', name: `WA kind again ${run}`, evidence: [quote('public note')] } }, users.public.token);
    expect(r.errors).toBeUndefined();
    made.push(r.data!.upsertEntity.id);
    expect(r.data!.upsertEntity.id).toMatch(new RegExp(`^${hidden}-[0-9a-f]{6}$`));
    expect((await stored(hidden))!.name).toBe(`WA kind ${run}`);
    const visible = await gql(app, UPSERT, { input: { id: hidden, kind: 'Organisation', name: `WA kind again ${run}`, marking: 'RESTRICTED', evidence: [quote('restricted note')] } }, users.restricted.token);
    expect(visible.data!.upsertEntity.id).toBe(hidden);
    expect((await stored(hidden))!.name).toBe(`WA kind again ${run}`);
  });
});

describe('the audit log', () => {
  const log = async (token: string, actor: string) =>
    (await ok(token, 'query($actor: String) { auditLog(actor: $actor, first: 100) { events { action target before after } } }', { actor })).auditLog.events as { action: string; target: string; before: string | null; after: string | null }[];

  it('shows an admin only events within their clearance', async () => {
    const writer = await userToken(db, 'analyst', 'CONFIDENTIAL');
    const secret = await entity(writer.token, { id: `org-wa-audit-secret-${run}`, kind: 'Organisation', name: `WA audit secret ${run}`, marking: 'CONFIDENTIAL' });
    const open = await entity(writer.token, { id: `org-wa-audit-open-${run}`, kind: 'Organisation', name: `WA audit open ${run}`, marking: 'PUBLIC' });
    const mixed = await entity(writer.token, { id: `org-wa-audit-mixed-${run}`, kind: 'Organisation', name: `WA audit mixed ${run}`, marking: 'PUBLIC', evidence: [quote('open'), quote('secret quote in the audit', 'CONFIDENTIAL')] });
    const full = await log(users.adminConfidential.token, writer.name);
    expect(full.map((e) => e.target).sort()).toEqual([secret, open, mixed].sort());
    const limited = await log(users.adminPublic.token, writer.name);
    expect(limited.map((e) => e.target)).toEqual([open]);
    expect(JSON.stringify(limited)).not.toContain('secret');
  });
});

describe('user management', () => {
  const UPDATE = /* GraphQL */ 'mutation($name: String!, $role: Role, $clearance: Marking, $disable: Boolean) { updateUser(name: $name, role: $role, clearance: $clearance, disable: $disable) { name role clearance disabled } }';

  it('nobody changes their own role or clearance', async () => {
    const self = await userToken(db, 'admin', 'RESTRICTED');
    for (const change of [{ clearance: 'CONFIDENTIAL' }, { role: 'VIEWER' }, { clearance: 'PUBLIC' }]) {
      const r = await gql(app, UPDATE, { name: self.name, ...change }, self.token);
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    }
    expect((await gql(app, '{ me { role clearance } }', undefined, self.token)).data).toEqual({ me: { role: 'ADMIN', clearance: 'RESTRICTED' } });
  });

  it('nobody grants a clearance above their own, nor a token or sign-in link for a user cleared above them', async () => {
    const other = await userToken(db, 'viewer', 'PUBLIC');
    const cleared = await userToken(db, 'viewer', 'CONFIDENTIAL');
    const admin = users.adminPublic.token;
    expect(codes(await gql(app, UPDATE, { name: other.name, clearance: 'RESTRICTED' }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(app, `mutation { createUser(name: "wa-made-${run}", role: VIEWER, clearance: CONFIDENTIAL) { name } }`, undefined, admin))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(app, `mutation { createApiToken(user: "${cleared.name}") { token } }`, undefined, admin))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(app, `mutation { createSignInLink(user: "${cleared.name}") }`, undefined, admin))).toEqual(['BAD_USER_INPUT']);
    // Within their own clearance they still manage users.
    expect((await ok(users.adminConfidential.token, UPDATE, { name: other.name, clearance: 'RESTRICTED' })).updateUser.clearance).toBe('RESTRICTED');
  });

  it('the last admin is never demoted or disabled (checked atomically, in a transaction rolled back)', async () => {
    const last = await userToken(db, 'admin', 'CONFIDENTIAL');
    const results: unknown[] = [];
    const rollback = new Error('roll back');
    await db.writeTransaction(async (run) => {
      await run("MATCH (u:User {role: 'admin'}) WHERE u.name <> $name AND u.disabledAt IS NULL SET u.disabledAt = 0", { name: last.name });
      for (const change of [{ role: 'viewer', disable: false }, { role: null, disable: true }]) {
        const [row] = await run(q('auth/update-user'), { name: last.name, clearance: 'PUBLIC', now: 1, ...change });
        expect(row!.lastAdmin).toBe(true);
        results.push(row!.user);
      }
      throw rollback;
    }).catch((error) => {
      if (!String(error?.message ?? error).includes('roll back') && error !== rollback) throw error;
    });
    expect(results).toHaveLength(2);
    for (const user of results as { role: string; disabledAt?: number | null }[]) {
      expect(user.role).toBe('admin');
      expect(user.disabledAt ?? null).toBeNull();
      // Nothing of a refused change is written, not even the clearance asked for with it.
      expect((user as { clearance?: string }).clearance).toBe('CONFIDENTIAL');
    }
    // With another admin about, one of them can be demoted.
    const demoted = await ok(users.adminConfidential.token, UPDATE, { name: last.name, role: 'VIEWER' });
    expect(demoted.updateUser.role).toBe('VIEWER');
  });
});
