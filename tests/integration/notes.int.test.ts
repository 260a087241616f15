/**
 * Analysts' notes (server/modules/notes): added to an entity or a relationship, read by a list of
 * targets and on the entity and link types, deleted by their author or an admin, found by search,
 * and audited. A note is visible when its marking and what it is about are; a hidden target or
 * note reads exactly like an absent one; a note is never less strict than what it is about and is
 * raised with it; notes a viewer may not see change nothing of their search results or scores.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTE_LIMITS } from '../../server/domain/model.ts';
import { codes, gql, testApp, userToken } from '../support/graphql-client.ts';

const { app, db } = testApp();
const run = randomBytes(3).toString('hex');
const SOURCE = '004_7cf82133f37c6018';
/** A word no other note or entity holds, so searches see only this file's notes. */
const WORD = `zqnote${run}`;

const UPSERT = /* GraphQL */ `mutation($input: EntityInput!) { upsertEntity(input: $input) { id marking } }`;
const LINK = /* GraphQL */ `mutation($input: LinkInput!) { upsertLink(input: $input) { id marking } }`;
const NOTE_FIELDS = 'id text author createdAt marking targetId targetType mine';
const ADD = /* GraphQL */ `mutation($input: NoteInput!) { addNote(input: $input) { ${NOTE_FIELDS} } }`;
const DELETE = /* GraphQL */ `mutation($id: ID!) { deleteNote(id: $id) { id deleted } }`;
const LIST = /* GraphQL */ `query($ids: [ID!]!, $first: Int) { notes(targetIds: $ids, first: $first) { ${NOTE_FIELDS} } }`;
const ON_ENTITY = /* GraphQL */ `query($id: ID!) { entity(id: $id) { id degree notes { ${NOTE_FIELDS} } links { id notes { id text marking } } } }`;
const SEARCH = /* GraphQL */ `query($q: String!) { searchNotes(query: $q, limit: 50) {
  score highlight note { id text author createdAt marking }
  entity { id kind name } link { id type caption from { id name } to { id name } } } }`;

type User = { name: string; token: string };
const users: Record<'writer' | 'other' | 'restricted' | 'publicAnalyst' | 'publicViewer' | 'admin', User> = {} as never;
const entities: string[] = [];
let open = '';
let openTwo = '';
let closed = '';
let openLink = '';
let mixedLink = '';

async function ok(token: string, query: string, variables: Record<string, unknown> = {}) {
  const r = await gql(app, query, variables, token);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as Record<string, any>;
}

async function entity(marking: string, name: string): Promise<string> {
  const input = { kind: 'Organisation', id: `org-notes-${name}-${run}`, name: `Notes test ${name} ${run}`, marking, evidence: [{ sourceId: SOURCE, quote: `notes test ${name} ${run}` }] };
  const id = (await ok(users.writer.token, UPSERT, { input })).upsertEntity.id as string;
  entities.push(id);
  return id;
}

const link = async (from: string, to: string) =>
  (await ok(users.writer.token, LINK, { input: { type: 'PARTNER_OF', from, to, evidence: [{ sourceId: SOURCE, quote: `notes link ${run}` }] } })).upsertLink.id as string;

const add = (token: string, input: Record<string, unknown>) => gql(app, ADD, { input }, token);
const added = async (token: string, input: Record<string, unknown>) => (await ok(token, ADD, { input })).addNote as Record<string, any>;
const list = async (token: string, ids: string[]) => (await ok(token, LIST, { ids })).notes as Record<string, any>[];
const hits = async (token: string, query: string) => (await ok(token, SEARCH, { q: query })).searchNotes as Record<string, any>[];

beforeAll(async () => {
  users.writer = await userToken(db, 'analyst', 'CONFIDENTIAL');
  users.other = await userToken(db, 'analyst', 'CONFIDENTIAL');
  users.restricted = await userToken(db, 'analyst', 'RESTRICTED');
  users.publicAnalyst = await userToken(db, 'analyst', 'PUBLIC');
  users.publicViewer = await userToken(db, 'viewer', 'PUBLIC');
  users.admin = await userToken(db, 'admin', 'CONFIDENTIAL');
  open = await entity('PUBLIC', 'open');
  openTwo = await entity('PUBLIC', 'open-two');
  closed = await entity('RESTRICTED', 'closed');
  openLink = await link(open, openTwo);
  mixedLink = await link(open, closed);
});

afterAll(async () => {
  await db.writeText('MATCH (n:Note) WHERE n.targetId IN $ids OR n.fromId IN $ids OR n.toId IN $ids DELETE n', { ids: entities });
  await db.writeText('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: entities });
  await db.close();
});

describe('notes', () => {
  it('are added with a server-made id, the author and date, read by target newest first, on the entity and link types, and deleted', async () => {
    const first = await added(users.writer.token, { targetId: open, text: `  First ${WORD} on the open organisation  ` });
    expect(first).toMatchObject({ text: `First ${WORD} on the open organisation`, author: users.writer.name, marking: 'PUBLIC', targetId: open, targetType: 'ENTITY', mine: true });
    expect(first.id).toMatch(/^note-[A-Za-z0-9_-]{12}$/);
    expect(Date.parse(first.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    const second = await added(users.other.token, { targetId: open, text: `Second ${WORD}`, marking: 'CONFIDENTIAL' });
    const onLink = await added(users.writer.token, { targetId: openLink, text: `On the partnership ${WORD}` });
    expect(onLink).toMatchObject({ targetId: openLink, targetType: 'LINK', marking: 'PUBLIC' });

    expect((await list(users.writer.token, [open])).map((n) => [n.id, n.mine])).toEqual([[second.id, false], [first.id, true]]);
    // Several targets at once (the notes of entities resolved as one), newest first across them.
    expect((await list(users.writer.token, [open, openLink, 'org-nothing-here'])).map((n) => n.id)).toEqual([onLink.id, second.id, first.id]);
    expect((await ok(users.writer.token, LIST, { ids: [open], first: 1 })).notes.map((n: { id: string }) => n.id)).toEqual([second.id]);

    const viaEntity = (await ok(users.writer.token, ON_ENTITY, { id: open })).entity;
    expect(viaEntity.notes.map((n: { id: string }) => n.id)).toEqual([second.id, first.id]);
    expect(viaEntity.notes[1]).toEqual(first);
    expect(viaEntity.links.find((l: { id: string }) => l.id === openLink).notes).toEqual([{ id: onLink.id, text: onLink.text, marking: 'PUBLIC' }]);
    // A note is no part of the graph: not an entity, no relationship, no degree.
    expect(viaEntity.degree).toBe(2);
    expect(await db.readText('MATCH (n:Note) WHERE n:Entity OR COUNT { (n)--() } > 0 RETURN count(n) AS n')).toEqual([{ n: 0 }]);

    const audit = await db.readText('MATCH (e:AuditEvent {target: $id}) RETURN e.action AS action, e.actor AS actor, e.marking AS marking, e.after AS after', { id: second.id });
    expect(audit).toEqual([{ action: 'note-added', actor: users.other.name, marking: 'CONFIDENTIAL', after: expect.stringContaining(`Second ${WORD}`) }]);

    for (const note of [first, second, onLink]) {
      const token = note === second ? users.other.token : users.writer.token;
      expect((await ok(token, DELETE, { id: note.id })).deleteNote).toEqual({ id: note.id, deleted: true });
    }
    expect(await list(users.writer.token, [open, openLink])).toEqual([]);
    const actions = await db.readText('MATCH (e:AuditEvent {target: $id}) RETURN e.action AS action, e.actor AS actor ORDER BY e.at', { id: first.id });
    expect(actions).toEqual([{ action: 'note-added', actor: users.writer.name }, { action: 'note-deleted', actor: users.writer.name }]);
  });

  it('are never less strict than what they are about, nor above the writer\'s clearance', async () => {
    const onClosed = await added(users.writer.token, { targetId: closed, text: 'On the closed organisation' });
    expect(onClosed.marking).toBe('RESTRICTED');
    // A public relationship with a restricted end: its notes are at least RESTRICTED.
    expect((await added(users.writer.token, { targetId: mixedLink, text: 'On a link to the closed organisation' })).marking).toBe('RESTRICTED');
    const below = await add(users.writer.token, { targetId: closed, text: 'Too open', marking: 'PUBLIC' });
    expect(codes(below)).toEqual(['BAD_USER_INPUT']);
    expect(below.errors![0]).toMatchObject({ message: 'A note cannot be less strict than what it is about (RESTRICTED).', extensions: { argument: 'marking' } });
    const above = await add(users.restricted.token, { targetId: open, text: 'Too secret', marking: 'CONFIDENTIAL' });
    expect(codes(above)).toEqual(['BAD_USER_INPUT']);
    expect(above.errors![0]!.extensions).toMatchObject({ argument: 'marking' });
    expect(await db.readText("MATCH (n:Note) WHERE n.text IN ['Too open', 'Too secret'] RETURN count(n) AS n")).toEqual([{ n: 0 }]);
  });

  it('are raised with what they are about, out of the lower clearances\' search', async () => {
    const raised = await entity('PUBLIC', 'raised');
    const onIt = await added(users.writer.token, { targetId: raised, text: `Raised ${WORD} alpha` });
    const onItsLink = await added(users.writer.token, { targetId: await link(raised, openTwo), text: `Raised ${WORD} beta` });
    expect((await hits(users.publicViewer.token, `raised ${WORD}`)).map((h) => h.note.id).sort()).toEqual([onIt.id, onItsLink.id].sort());
    const input = { kind: 'Organisation', id: raised, name: `Notes test raised ${run}`, marking: 'RESTRICTED', evidence: [{ sourceId: SOURCE, quote: `notes test raised ${run}` }] };
    await ok(users.writer.token, UPSERT, { input });
    const stored = await db.readText('MATCH (n:Note) WHERE n.id IN $ids RETURN n.marking AS marking, labels(n) AS labels', { ids: [onIt.id, onItsLink.id] });
    for (const note of stored) {
      expect(note.marking).toBe('RESTRICTED');
      expect((note.labels as string[]).sort()).toEqual(['Note', 'NoteSearchConfidential', 'NoteSearchRestricted']);
    }
    expect(await hits(users.publicViewer.token, `raised ${WORD}`)).toEqual([]);
    expect((await hits(users.restricted.token, `raised ${WORD}`)).map((h) => h.note.marking)).toEqual(['RESTRICTED', 'RESTRICTED']);
  });

  it('are hidden from a PUBLIC viewer when RESTRICTED or on a RESTRICTED entity or link end, in lists, on entities and in search', async () => {
    const visible = await added(users.writer.token, { targetId: openTwo, text: `Visible ${WORD} gamma` });
    const restricted = await added(users.writer.token, { targetId: openTwo, text: `Restricted ${WORD} gamma`, marking: 'RESTRICTED' });
    const onClosed = await added(users.writer.token, { targetId: closed, text: `Closed ${WORD} gamma` });
    const onMixed = await added(users.writer.token, { targetId: mixedLink, text: `Mixed ${WORD} gamma` });
    expect((await list(users.writer.token, [openTwo, closed, mixedLink])).map((n) => n.id)).toEqual(expect.arrayContaining([visible.id, restricted.id, onClosed.id, onMixed.id]));

    const seen = (await list(users.publicViewer.token, [openTwo, closed, mixedLink])).map((n) => n.id);
    expect(seen).toEqual([visible.id]);
    expect((await ok(users.publicViewer.token, ON_ENTITY, { id: openTwo })).entity.notes.map((n: { id: string }) => n.id)).toEqual([visible.id]);
    // The PUBLIC viewer does not see the link to the closed organisation, nor its notes.
    const publicLinks = (await ok(users.publicViewer.token, ON_ENTITY, { id: open })).entity.links;
    expect(publicLinks.map((l: { id: string }) => l.id)).toEqual([openLink]);
    const found = await hits(users.publicViewer.token, `${WORD} gamma`);
    expect(found.map((h) => h.note.id)).toEqual([visible.id]);
    expect(JSON.stringify(found)).not.toMatch(/Restricted|Closed|Mixed/);
    // Even where the note's own marking would allow it, a hidden target hides it: a RESTRICTED
    // note on a CONFIDENTIAL entity is not read by a RESTRICTED viewer.
    const secret = await entity('CONFIDENTIAL', 'secret');
    await db.writeText("CREATE (n:Note:NoteSearchRestricted:NoteSearchConfidential {id: $id, text: $text, author: 'x', createdAt: '2020-01-01T00:00:00.000Z', marking: 'RESTRICTED', targetId: $target, targetType: 'entity'})",
      { id: `note-stale${run}xx`.slice(0, 17), text: `Stale ${WORD} gamma`, target: secret });
    expect(await list(users.restricted.token, [secret])).toEqual([]);
    expect((await hits(users.restricted.token, `stale ${WORD}`))).toEqual([]);
    expect((await hits(users.writer.token, `stale ${WORD}`)).map((h) => h.entity.id)).toEqual([secret]);
  });

  it('refuse a hidden target, or a hidden note, in the words used for an absent one', async () => {
    const restrictedNote = await added(users.writer.token, { targetId: open, text: 'Hidden from the public analyst', marking: 'RESTRICTED' });
    const same = (hidden: unknown, hiddenId: string, absent: unknown, absentId: string) =>
      expect(JSON.stringify(hidden).replaceAll(hiddenId, '<id>')).toBe(JSON.stringify(absent).replaceAll(absentId, '<id>'));

    const nowhere = `org-notes-nowhere-${run}`;
    const toHidden = await add(users.publicAnalyst.token, { targetId: closed, text: 'Probe' });
    const toAbsent = await add(users.publicAnalyst.token, { targetId: nowhere, text: 'Probe' });
    expect(codes(toHidden)).toEqual(['NOT_FOUND']);
    same(toHidden, closed, toAbsent, nowhere);

    const nowhereLink = `${open}|PARTNER_OF|${nowhere}|000000`;
    const toHiddenLink = await add(users.publicAnalyst.token, { targetId: mixedLink, text: 'Probe' });
    const toAbsentLink = await add(users.publicAnalyst.token, { targetId: nowhereLink, text: 'Probe' });
    expect(codes(toHiddenLink)).toEqual(['NOT_FOUND']);
    same(toHiddenLink, mixedLink, toAbsentLink, nowhereLink);
    expect(await db.readText("MATCH (n:Note {text: 'Probe'}) RETURN count(n) AS n")).toEqual([{ n: 0 }]);

    const unused = 'note-AAAAAAAAAAAA';
    const deleteHidden = await gql(app, DELETE, { id: restrictedNote.id }, users.publicAnalyst.token);
    const deleteAbsent = await gql(app, DELETE, { id: unused }, users.publicAnalyst.token);
    expect(codes(deleteHidden)).toEqual(['NOT_FOUND']);
    same(deleteHidden, restrictedNote.id, deleteAbsent, unused);
    expect(JSON.stringify(deleteHidden)).not.toContain(users.writer.name);
    // An id that is not even well formed reads the same.
    same(await gql(app, DELETE, { id: 'no such note' }, users.publicAnalyst.token), 'no such note', deleteAbsent, unused);
  });

  it('are deleted only by their author or an admin; viewers add none', async () => {
    const note = await added(users.writer.token, { targetId: open, text: 'Mine to delete' });
    const refused = await gql(app, DELETE, { id: note.id }, users.other.token);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect((await list(users.writer.token, [open])).map((n) => n.id)).toContain(note.id);
    expect((await ok(users.admin.token, DELETE, { id: note.id })).deleteNote).toEqual({ id: note.id, deleted: true });
    const audit = await db.readText('MATCH (e:AuditEvent {target: $id}) RETURN e.action AS action, e.actor AS actor ORDER BY e.at', { id: note.id });
    expect(audit.map((e) => e.action)).toEqual(['note-added', 'note-deleted']);
    expect(audit[1]!.actor).toBe(users.admin.name);
    expect(codes(await add(users.publicViewer.token, { targetId: open, text: 'A viewer writes no notes' }))).toEqual(['FORBIDDEN']);
  });

  it('refuse a text that is empty or too long, naming the field', async () => {
    for (const text of ['   ', 'x'.repeat(NOTE_LIMITS.text + 1)]) {
      const r = await add(users.writer.token, { targetId: open, text });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0]).toMatchObject({ message: "A note's text must be 1 to 4,000 characters.", extensions: { argument: 'text' } });
    }
    expect((await added(users.writer.token, { targetId: open, text: 'y'.repeat(NOTE_LIMITS.text) })).text).toHaveLength(NOTE_LIMITS.text);
  });

  it('go with the entity or relationship deleted, and keep it when one is above the deleter\'s clearance', async () => {
    const doomed = await entity('PUBLIC', 'doomed');
    const doomedLink = await link(doomed, openTwo);
    const onEntity = await added(users.writer.token, { targetId: doomed, text: 'On the doomed entity' });
    const onLink = await added(users.writer.token, { targetId: doomedLink, text: 'On the doomed link' });
    const secret = await added(users.writer.token, { targetId: doomed, text: 'Above the restricted analyst', marking: 'CONFIDENTIAL' });
    const refused = await gql(app, 'mutation($id: ID!) { deleteEntity(id: $id) { deleted } }', { id: doomed }, users.restricted.token);
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.message).toBe(`"${doomed}" has notes above your clearance; it cannot be deleted by you.`);
    expect(await db.readText('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id: doomed })).toEqual([{ n: 1 }]);
    await ok(users.writer.token, DELETE, { id: secret.id });
    await ok(users.restricted.token, 'mutation($id: ID!) { deleteEntity(id: $id) { deleted } }', { id: doomed });
    expect(await db.readText('MATCH (n:Note) WHERE n.id IN $ids RETURN count(n) AS n', { ids: [onEntity.id, onLink.id] })).toEqual([{ n: 0 }]);
    const audit = await db.readText("MATCH (e:AuditEvent {action: 'note-deleted'}) WHERE e.target IN $ids RETURN e.actor AS actor", { ids: [onEntity.id, onLink.id] });
    expect(audit).toEqual([{ actor: users.restricted.name }, { actor: users.restricted.name }]);

    const onPartnership = await added(users.writer.token, { targetId: openLink, text: 'On a deleted link' });
    await ok(users.writer.token, 'mutation($id: ID!) { deleteLink(id: $id) { deleted } }', { id: openLink });
    expect(await db.readText('MATCH (n:Note {id: $id}) RETURN count(n) AS n', { id: onPartnership.id })).toEqual([{ n: 0 }]);
    openLink = await link(open, openTwo);
  });
});

describe('note search', () => {
  it('finds notes by their text, with a highlight and what they are about', async () => {
    const onEntity = await added(users.writer.token, { targetId: openTwo, text: `The skipper ${WORD}delta was seen in Zuwara with a rubber dinghy.` });
    const onLink = await added(users.writer.token, { targetId: openLink, text: `Partnership renewed after the ${WORD}delta meeting.` });
    const found = await hits(users.writer.token, `${WORD}delta`);
    const byId = new Map(found.map((h) => [h.note.id, h]));
    expect(byId.get(onEntity.id)).toMatchObject({
      highlight: `The skipper <mark>${WORD}delta</mark> was seen in Zuwara with a rubber dinghy.`,
      note: { author: users.writer.name, createdAt: onEntity.createdAt, marking: 'PUBLIC' },
      entity: { id: openTwo, kind: 'Organisation', name: `Notes test open-two ${run}` },
      link: null,
    });
    expect(byId.get(onLink.id)).toMatchObject({
      entity: null,
      link: { id: openLink, type: 'PARTNER_OF', caption: 'partner of', from: { id: open }, to: { id: openTwo } },
    });
    // Every word must match, as a prefix too; nothing else matches.
    expect((await hits(users.writer.token, `zuwara ${WORD}del`)).map((h) => h.note.id)).toEqual([onEntity.id]);
    expect(await hits(users.writer.token, `zuwara ${WORD}nothing`)).toEqual([]);
    // Lucene syntax is plain text: operators and wildcards change nothing.
    const plain = (await hits(users.writer.token, `${WORD}delta`)).map((h) => h.note.id);
    expect((await hits(users.writer.token, `${WORD}delta AND (* OR`)).map((h) => h.note.id)).toEqual(plain);
  });

  it('gives a viewer the same hits and scores whatever notes they may not see, and leaves entity search alone', async () => {
    const query = `${WORD}omega harbour`;
    const entitySearch = /* GraphQL */ `query($q: String!) { search(query: $q, limit: 20) { score entity { id } } }`;
    await added(users.writer.token, { targetId: open, text: `Harbour watch ${WORD}omega at dawn` });
    await added(users.writer.token, { targetId: openTwo, text: `${WORD}omega boats left the harbour` });
    const before = await hits(users.publicViewer.token, query);
    const entitiesBefore = (await ok(users.publicViewer.token, entitySearch, { q: 'harbour' })).search;
    expect(before).toHaveLength(2);

    // Hidden notes with the same words, many times over: RESTRICTED ones, and ones on a RESTRICTED entity.
    for (let i = 0; i < 6; i++) {
      await added(users.writer.token, { targetId: open, text: `${WORD}omega harbour harbour ${WORD}omega ${i}`, marking: i % 2 ? 'RESTRICTED' : 'CONFIDENTIAL' });
      await added(users.writer.token, { targetId: closed, text: `harbour ${WORD}omega ${i}` });
    }
    expect(await hits(users.publicViewer.token, query)).toEqual(before);
    expect((await ok(users.publicViewer.token, entitySearch, { q: 'harbour' })).search).toEqual(entitiesBefore);
    // Those who may see them find them.
    expect((await hits(users.writer.token, query)).length).toBe(14);
    expect((await hits(users.restricted.token, query)).length).toBe(2 + 3 + 6);
  });
});

describe('notes and resolved duplicates', () => {
  const JUDGE = /* GraphQL */ 'mutation($input: JudgeDuplicateInput!) { judgeDuplicate(input: $input) { survivorId duplicateId } }';
  const UNDO = /* GraphQL */ 'mutation($id: ID!) { undoResolution(duplicateId: $id) { movedLinks } }';
  const ends = async (id: string) => (await db.readText('MATCH (n:Note {id: $id}) RETURN n.fromId AS fromId, n.toId AS toId, n.marking AS marking', { id }))[0];
  const linkNotes = async (token: string, id: string, linkId: string) =>
    ((await ok(token, ON_ENTITY, { id })).entity.links.find((l: { id: string }) => l.id === linkId)?.notes ?? []).map((n: { id: string }) => n.id);

  it('are read with the entity a duplicate was resolved into, follow the relationships it moved, and go back with an undo', async () => {
    const kept = await entity('PUBLIC', 'kept');
    const duplicate = await entity('RESTRICTED', 'duplicate');
    const other = await entity('PUBLIC', 'other');
    const moved = await link(duplicate, other);
    const onDuplicate = await added(users.writer.token, { targetId: duplicate, text: `Resolved ${WORD} epsilon` });
    const onMoved = await added(users.writer.token, { targetId: moved, text: `Moved ${WORD} epsilon` });
    const onKept = await added(users.writer.token, { targetId: kept, text: `Kept ${WORD} epsilon`, marking: 'PUBLIC' });
    expect([onDuplicate.marking, onMoved.marking]).toEqual(['RESTRICTED', 'RESTRICTED']);

    await ok(users.writer.token, JUDGE, { input: { a: kept, b: duplicate, verdict: 'SAME', keep: kept } });
    // One entity now: its notes are its own and the duplicate's; the moved relationship keeps its note.
    expect((await ok(users.writer.token, ON_ENTITY, { id: kept })).entity.notes.map((n: { id: string }) => n.id)).toEqual([onKept.id, onDuplicate.id]);
    expect((await list(users.writer.token, [kept])).map((n) => n.id)).toEqual([onKept.id, onDuplicate.id]);
    expect(await linkNotes(users.writer.token, kept, moved)).toEqual([onMoved.id]);
    expect(await ends(onMoved.id)).toEqual({ fromId: kept, toId: other, marking: 'RESTRICTED' });
    const found = await hits(users.writer.token, `${WORD} epsilon`);
    expect(Object.fromEntries(found.map((h) => [h.note.id, h.entity?.id ?? h.link?.from.id]))).toEqual({ [onKept.id]: kept, [onDuplicate.id]: kept, [onMoved.id]: kept });
    // A PUBLIC viewer reads the entity kept, but nothing of the RESTRICTED duplicate or its relationship.
    expect((await list(users.publicViewer.token, [kept])).map((n) => n.id)).toEqual([onKept.id]);
    expect((await hits(users.publicViewer.token, `${WORD} epsilon`)).map((h) => h.note.id)).toEqual([onKept.id]);

    await ok(users.writer.token, UNDO, { id: duplicate });
    expect((await list(users.writer.token, [kept])).map((n) => n.id)).toEqual([onKept.id]);
    expect((await list(users.writer.token, [duplicate])).map((n) => n.id)).toEqual([onDuplicate.id]);
    expect(await ends(onMoved.id)).toEqual({ fromId: duplicate, toId: other, marking: 'RESTRICTED' });
    expect(await linkNotes(users.writer.token, duplicate, moved)).toEqual([onMoved.id]);
  });

  it('on a relationship moved to the entity kept and back, are raised to the duplicate\'s marking', async () => {
    const kept = await entity('PUBLIC', 'kept-two');
    const duplicate = await entity('RESTRICTED', 'duplicate-two');
    const other = await entity('PUBLIC', 'other-two');
    const moved = await link(duplicate, other);
    await ok(users.writer.token, JUDGE, { input: { a: kept, b: duplicate, verdict: 'SAME', keep: kept } });
    // Written while the relationship joins two PUBLIC entities: PUBLIC.
    const note = await added(users.writer.token, { targetId: moved, text: 'Written after the resolution' });
    expect(note.marking).toBe('PUBLIC');
    await ok(users.writer.token, UNDO, { id: duplicate });
    expect(await ends(note.id)).toEqual({ fromId: duplicate, toId: other, marking: 'RESTRICTED' });
    expect(await list(users.publicViewer.token, [moved])).toEqual([]);
  });
});
