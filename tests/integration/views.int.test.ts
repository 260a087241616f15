/**
 * Views stored on the server (server/modules/views): saved, opened, listed and deleted; their
 * marking is the highest of the entities they hold, computed by the server; a view above a
 * viewer's clearance answers exactly like an id that does not exist; only the owner (or an admin)
 * deletes a view; ids the saver cannot see are refused exactly like ids that do not exist.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEW_LIMITS } from '../../server/modules/views/view-limits.ts';
import { codes, gql, testApp, userToken } from '../support/graphql-client.ts';

const { app, db } = testApp();
const run = randomBytes(3).toString('hex');
const SOURCE = '004_7cf82133f37c6018';

const UPSERT = /* GraphQL */ `mutation($input: EntityInput!) { upsertEntity(input: $input) { id marking } }`;
const SAVE = /* GraphQL */ `mutation($input: SavedViewInput!) { saveView(input: $input) { id name owner savedAt marking nodeCount shared mine } }`;
const OPEN = /* GraphQL */ `query($id: ID!) { view(id: $id) { id name owner savedAt marking nodeCount mine state positions } }`;
const LIST = /* GraphQL */ `{ views { id name owner marking nodeCount mine } }`;
const DELETE = /* GraphQL */ `mutation($id: ID!) { deleteView(id: $id) { id deleted } }`;

type User = { name: string; token: string };
const users: Record<'writer' | 'confidential' | 'other' | 'public' | 'admin', User> = {} as never;
const entities: string[] = [];
const views: string[] = [];
let publicId = '';
let restrictedId = '';

async function ok(token: string, query: string, variables: Record<string, unknown> = {}) {
  const r = await gql(app, query, variables, token);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as Record<string, any>;
}

async function entity(marking: string, name: string): Promise<string> {
  const input = { kind: 'Organisation', id: `org-views-${name}-${run}`, name: `Views test ${name} ${run}`, marking, evidence: [{ sourceId: SOURCE, quote: `views test ${name} ${run}` }] };
  const id = (await ok(users.writer.token, UPSERT, { input })).upsertEntity.id as string;
  entities.push(id);
  return id;
}

const state = (ids: string[], extra: Record<string, unknown> = {}) => ({ ids, layout: 'force', hiddenKinds: [], hiddenTypes: [], hiddenIds: [], pinnedIds: [], timeRange: null, selectedId: null, ...extra });

async function save(token: string, input: Record<string, unknown>) {
  const r = await gql(app, SAVE, { input }, token);
  if (r.data?.saveView?.id) views.push(r.data.saveView.id);
  return r;
}

/** A well-formed id no view has. */
const unusedId = () => randomBytes(7).toString('base64url');

beforeAll(async () => {
  users.writer = await userToken(db, 'analyst', 'CONFIDENTIAL');
  users.confidential = await userToken(db, 'viewer', 'CONFIDENTIAL');
  users.other = await userToken(db, 'viewer', 'CONFIDENTIAL');
  users.public = await userToken(db, 'viewer', 'PUBLIC');
  users.admin = await userToken(db, 'admin', 'CONFIDENTIAL');
  publicId = await entity('PUBLIC', 'open');
  restrictedId = await entity('RESTRICTED', 'closed');
});

afterAll(async () => {
  await db.writeText('MATCH (v:SavedView) WHERE v.id IN $ids DELETE v', { ids: views });
  await db.writeText('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: entities });
  await db.close();
});

describe('saved views', () => {
  it('are saved with a short id, the owner and a count, opened with their state and positions, listed, and deleted', async () => {
    const positions = { [publicId]: { x: 120.4, y: -45 }, [restrictedId]: { x: 300, y: 88.25 } };
    const saved = (await save(users.confidential.token, { name: `  Two organisations ${run} `, state: state([publicId, restrictedId], { pinnedIds: [publicId], selectedId: restrictedId }), positions, shared: true })).data!.saveView;
    expect(saved.id).toMatch(/^[A-Za-z0-9_-]{10}$/);
    expect(saved).toMatchObject({ name: `Two organisations ${run}`, owner: users.confidential.name, marking: 'RESTRICTED', nodeCount: 2, shared: true, mine: true });
    expect(Date.parse(saved.savedAt)).toBeGreaterThan(Date.now() - 60_000);

    const opened = (await ok(users.confidential.token, OPEN, { id: saved.id })).view;
    expect(opened.state).toEqual(state([publicId, restrictedId], { pinnedIds: [publicId], selectedId: restrictedId }));
    expect(opened.positions).toEqual({ [publicId]: { x: 120.4, y: -45 }, [restrictedId]: { x: 300, y: 88.3 } });

    // Another user cleared for it opens it too, and lists it as someone else's.
    expect((await ok(users.other.token, OPEN, { id: saved.id })).view).toMatchObject({ id: saved.id, owner: users.confidential.name, mine: false });
    expect((await ok(users.confidential.token, LIST)).views).toContainEqual(expect.objectContaining({ id: saved.id, mine: true, nodeCount: 2 }));
    expect((await ok(users.other.token, LIST)).views).toContainEqual(expect.objectContaining({ id: saved.id, mine: false }));

    const audit = await db.readText('MATCH (e:AuditEvent {target: $id}) RETURN e.action AS action, e.actor AS actor, e.marking AS marking', { id: saved.id });
    expect(audit).toEqual([{ action: 'view-saved', actor: users.confidential.name, marking: 'RESTRICTED' }]);

    expect((await ok(users.confidential.token, DELETE, { id: saved.id })).deleteView).toEqual({ id: saved.id, deleted: true });
    expect((await ok(users.confidential.token, OPEN, { id: saved.id })).view).toBeNull();
    expect((await ok(users.confidential.token, LIST)).views.map((v: { id: string }) => v.id)).not.toContain(saved.id);
    const actions = await db.readText('MATCH (e:AuditEvent {target: $id}) RETURN e.action AS action ORDER BY e.at', { id: saved.id });
    expect(actions.map((a) => a.action)).toEqual(['view-saved', 'view-deleted']);
    // Saving a view never changes knowledge: no :Entity carries the view's label or id.
    expect(await db.readText('MATCH (n:Entity:SavedView) RETURN count(n) AS n')).toEqual([{ n: 0 }]);
  });

  it('take the highest marking of the entities they hold, whatever the client sends', async () => {
    const open = (await save(users.confidential.token, { name: `Public only ${run}`, state: state([publicId], { marking: 'CONFIDENTIAL' }) })).data!.saveView;
    expect(open).toMatchObject({ marking: 'PUBLIC', shared: false });
    const mixed = (await save(users.confidential.token, { name: `Mixed ${run}`, state: { ...state([publicId, restrictedId]), marking: 'PUBLIC' } })).data!.saveView;
    expect(mixed.marking).toBe('RESTRICTED');
    // The PUBLIC view is open to a PUBLIC viewer with its id, though it is not listed for them (not shared).
    expect((await ok(users.public.token, OPEN, { id: open.id })).view).toMatchObject({ id: open.id, marking: 'PUBLIC', nodeCount: 1 });
    expect((await ok(users.public.token, LIST)).views.map((v: { id: string }) => v.id)).not.toContain(open.id);
    expect((await ok(users.confidential.token, LIST)).views.map((v: { id: string }) => v.id)).toContain(open.id);
  });

  it('holding a RESTRICTED entity, answer a PUBLIC viewer exactly as an id that does not exist', async () => {
    const restricted = (await save(users.confidential.token, { name: `Restricted ${run}`, state: state([publicId, restrictedId]), shared: true })).data!.saveView;
    const missing = unusedId();
    const hidden = await gql(app, OPEN, { id: restricted.id }, users.public.token);
    const absent = await gql(app, OPEN, { id: missing }, users.public.token);
    expect(hidden).toEqual({ status: 200, data: { view: null } });
    expect(JSON.stringify(hidden)).toBe(JSON.stringify(absent));
    // Not listed either, and a delete is refused with the same words as for a missing id.
    expect((await ok(users.public.token, LIST)).views.map((v: { id: string }) => v.id)).not.toContain(restricted.id);
    const deleteHidden = await gql(app, DELETE, { id: restricted.id }, users.public.token);
    const deleteAbsent = await gql(app, DELETE, { id: missing }, users.public.token);
    expect(codes(deleteHidden)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(deleteHidden).replaceAll(restricted.id, '<id>')).toBe(JSON.stringify(deleteAbsent).replaceAll(missing, '<id>'));
    expect(JSON.stringify(deleteHidden)).not.toContain(restricted.name);
    expect(JSON.stringify(deleteHidden)).not.toContain(users.confidential.name);
    // An id that is not even well formed reads the same.
    expect(await gql(app, OPEN, { id: 'no such view' }, users.public.token)).toEqual({ status: 200, data: { view: null } });
  });

  it('become as strict as an entity they hold when its marking is raised, and never return a hidden id', async () => {
    const raised = await entity('PUBLIC', 'raised');
    const saved = (await save(users.confidential.token, { name: `Raised ${run}`, state: state([publicId, raised], { selectedId: raised }), positions: { [raised]: { x: 1, y: 1 } } })).data!.saveView;
    expect(saved.marking).toBe('PUBLIC');
    expect((await ok(users.public.token, OPEN, { id: saved.id })).view).toMatchObject({ id: saved.id });
    const input = { kind: 'Organisation', id: raised, name: `Views test raised ${run}`, marking: 'CONFIDENTIAL', evidence: [{ sourceId: SOURCE, quote: `views test raised ${run}` }] };
    await ok(users.writer.token, UPSERT, { input });
    expect(await gql(app, OPEN, { id: saved.id }, users.public.token)).toEqual({ status: 200, data: { view: null } });
    expect((await ok(users.confidential.token, OPEN, { id: saved.id })).view).toMatchObject({ marking: 'CONFIDENTIAL' });

    // Deleted since it was saved: the view opens with what is left, and no id of what is gone.
    await db.writeText('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id: raised });
    const left = (await ok(users.confidential.token, OPEN, { id: saved.id })).view;
    expect(left.state).toMatchObject({ ids: [publicId], selectedId: null });
    expect(left.positions).toEqual({});
    expect(JSON.stringify(left)).not.toContain(raised);
  });

  it('cannot be deleted by another user, only by the owner or an admin', async () => {
    const saved = (await save(users.confidential.token, { name: `Mine ${run}`, state: state([publicId]) })).data!.saveView;
    const refused = await gql(app, DELETE, { id: saved.id }, users.other.token);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect((await ok(users.other.token, OPEN, { id: saved.id })).view).not.toBeNull();
    expect((await ok(users.admin.token, DELETE, { id: saved.id })).deleteView).toEqual({ id: saved.id, deleted: true });
    expect((await ok(users.confidential.token, OPEN, { id: saved.id })).view).toBeNull();
  });

  it('refuse ids the saver cannot see exactly like ids that do not exist', async () => {
    const nowhere = `org-views-nowhere-${run}`;
    const hidden = await save(users.public.token, { name: `Probe ${run}`, state: state([publicId, restrictedId]) });
    const absent = await save(users.public.token, { name: `Probe ${run}`, state: state([publicId, nowhere]) });
    expect(codes(hidden)).toEqual(['BAD_USER_INPUT']);
    expect(hidden.errors![0]!.message).toContain(restrictedId);
    expect(JSON.stringify(hidden).replaceAll(restrictedId, '<id>')).toBe(JSON.stringify(absent).replaceAll(nowhere, '<id>'));
    expect(await db.readText('MATCH (v:SavedView) WHERE v.name = $name RETURN count(v) AS n', { name: `Probe ${run}` })).toEqual([{ n: 0 }]);
  });

  it('refuse bad input with a clear error', async () => {
    const refused = async (input: Record<string, unknown>, words: string) => {
      const r = await save(users.confidential.token, input);
      expect(codes(r), JSON.stringify(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0]!.message).toContain(words);
      expect(JSON.stringify(r)).not.toMatch(/at .*\.ts:\d+/);
    };
    await refused({ name: 'x'.repeat(VIEW_LIMITS.name + 1), state: state([publicId]) }, `1 to ${VIEW_LIMITS.name} characters`);
    await refused({ name: '   ', state: state([publicId]) }, `1 to ${VIEW_LIMITS.name} characters`);
    await refused({ name: 'Empty', state: state([]) }, 'at least one entity');
    await refused({ name: 'No ids', state: { layout: 'force' } }, 'at least one entity');
    await refused({ name: 'Too many', state: state(Array.from({ length: VIEW_LIMITS.ids + 1 }, (_, i) => `org-x-${i}`)) }, '');
    await refused({ name: 'Pinned outside', state: state([publicId], { pinnedIds: [restrictedId] }) }, 'not in state.ids');
    await refused({ name: 'Bad kind', state: state([publicId], { hiddenKinds: ['Spaceship'] }) }, 'is not a kind');
    await refused({ name: 'Bad position', state: state([publicId]), positions: { [publicId]: { x: 'left', y: 0 } } }, 'finite numbers');
    await refused({ name: 'Position outside', state: state([publicId]), positions: { [restrictedId]: { x: 1, y: 2 } } }, 'not in state.ids');
  });
});
