/**
 * Duplicates against the real database: the scored queue, each verdict, a SAME_AS resolution
 * that queries, lists, search and lookups treat as one entity while every alias and quote keeps
 * its own source, its undo, "not the same" remembered with its consequences, and the write
 * authority rule (hidden entities read as absent, links above the judge's clearance, markings).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCsv } from '../../server/case-import/case-import.ts';
import { removeImportedSource } from '../../server/case-import/import-writer.ts';
import { q } from '../../server/db/cypher.ts';
import { withLabel, withRelType } from '../../server/db/labels.ts';
import { searchLabelParams } from '../../server/domain/derive.ts';
import { graphFingerprint } from '../support/graph-fingerprint.ts';
import { codes, gql, testApp, userToken } from '../support/graphql-client.ts';

const { app, db } = testApp();
const run = randomBytes(3).toString('hex');
const SOURCE = '004_7cf82133f37c6018';
const made: string[] = [];
const users: Record<'confidential' | 'restricted' | 'publicAnalyst', { name: string; token: string }> = {} as never;

const CANDIDATES = /* GraphQL */ `query($id: ID, $kind: Kind, $first: Int) { duplicateCandidates(entityId: $id, kind: $kind, first: $first) { totalCount hasNextPage endCursor candidates { a { id name aliases marking } b { id name } score reasons verdict } } }`;
const JUDGE = /* GraphQL */ `mutation($input: JudgeDuplicateInput!) { judgeDuplicate(input: $input) { verdict survivorId duplicateId movedLinks } }`;
const UNDO = /* GraphQL */ `mutation($id: ID!) { undoResolution(duplicateId: $id) { survivorId duplicateId movedLinks } }`;
const RESOLVED = /* GraphQL */ `query($id: ID!) { resolvedDuplicates(entityId: $id) { id kind name aliases marking resolvedInto judgedBy judgedAt score reasons evidence { sourceId quote } } }`;
const ENTITY = /* GraphQL */ `query($id: ID!) { entity(id: $id) { id name aliases degree links(first: 50) { id type node { id } evidence { sourceId quote } } } }`;

async function ok(token: string, query: string, variables: Record<string, unknown> = {}) {
  const r = await gql(app, query, variables, token);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as Record<string, any>;
}

const quote = (what: string) => ({ sourceId: SOURCE, quote: `${what} (duplicates ${run})` });

async function organisation(name: string, options: { aliases?: string[]; marking?: string; token?: string } = {}) {
  const entity = (await ok(options.token ?? users.confidential.token, 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }', {
    input: { kind: 'Organisation', name, aliases: options.aliases ?? [], marking: options.marking ?? 'PUBLIC', evidence: [quote(`${name} exists`)] },
  })).upsertEntity;
  made.push(entity.id);
  return entity.id as string;
}

async function link(from: string, to: string, marking = 'PUBLIC') {
  return (await ok(users.confidential.token, 'mutation($input: LinkInput!) { upsertLink(input: $input) { id } }', {
    input: { type: 'PARTNER_OF', from, to, marking, evidence: [{ ...quote(`${from} works with ${to}`), marking }] },
  })).upsertLink.id as string;
}

const pairsOf = async (token: string, id: string) =>
  ((await ok(token, CANDIDATES, { id, first: 200 })).duplicateCandidates.candidates as { a: { id: string }; b: { id: string }; score: number; reasons: string[]; verdict: string | null }[]);
const partnersOf = async (token: string, id: string) => (await pairsOf(token, id)).map((p) => (p.a.id === id ? p.b.id : p.a.id)).sort();

// Names unique to this run: the run id is one of their words.
const name = (words: string) => `${words} ${run}`;
let a = '', b = '', c = '', d = '', europolLink = '', interpolLink = '';

beforeAll(async () => {
  users.confidential = await userToken(db, 'analyst', 'CONFIDENTIAL');
  users.restricted = await userToken(db, 'analyst', 'RESTRICTED');
  users.publicAnalyst = await userToken(db, 'analyst', 'PUBLIC');
  a = await organisation(name('Northern Relay Office'));
  b = await organisation(name('Northern Relay Ofice'), { aliases: [`NRO${run}`] });
  c = await organisation(name('Northern Relay Offices'));
  d = await organisation(name('Northern Relay Office'), { marking: 'RESTRICTED' });
  europolLink = await link(a, 'org-europol');
  interpolLink = await link(b, 'org-interpol');
});

afterAll(async () => {
  await db.writeText('MATCH (n) WHERE (n:Entity OR n:Resolved) AND n.id IN $ids DETACH DELETE n', { ids: made });
  await db.writeText('MATCH (j:DuplicateJudgement) WHERE j.a IN $ids OR j.b IN $ids DELETE j', { ids: made });
  await db.close();
});

describe('the duplicate queue', () => {
  it('proposes similar names of one kind, scored with reasons, and only what the viewer may see', async () => {
    const pairs = await pairsOf(users.confidential.token, a);
    expect(pairs.map((p) => (p.a.id === a ? p.b.id : p.a.id))).toEqual(expect.arrayContaining([b, c, d]));
    const exact = pairs.find((p) => [p.a.id, p.b.id].includes(d))!;
    expect(exact.score).toBe(1);
    expect(exact.reasons).toEqual([`same name "${name('Northern Relay Office')}"`]);
    const typo = pairs.find((p) => [p.a.id, p.b.id].includes(b))!;
    expect(typo.score).toBeGreaterThanOrEqual(0.85);
    expect(typo.score).toBeLessThan(1);
    expect(typo.reasons[0]).toMatch(/^similar names/);
    // Best first; the RESTRICTED namesake is no pair at all for a PUBLIC analyst.
    expect(pairs[0]!.score).toBe(1);
    expect(await partnersOf(users.publicAnalyst.token, a)).not.toContain(d);
  });

  it('pages, refuses what is not a resolvable kind, and hides a hidden entity like an absent one', async () => {
    const page = (await ok(users.confidential.token, CANDIDATES, { kind: 'Organisation', first: 1 })).duplicateCandidates;
    expect(page.candidates).toHaveLength(1);
    expect(page.hasNextPage).toBe(page.totalCount > 1);
    expect(codes(await gql(app, CANDIDATES, { kind: 'Source' }, users.confidential.token))).toEqual(['BAD_USER_INPUT']);
    const hidden = await gql(app, CANDIDATES, { id: d }, users.publicAnalyst.token);
    const absent = await gql(app, CANDIDATES, { id: `org-nothing-${run}` }, users.publicAnalyst.token);
    expect(codes(hidden)).toEqual(['NOT_FOUND']);
    expect(hidden.errors![0]!.message.replace(d, 'X')).toBe(absent.errors![0]!.message.replace(`org-nothing-${run}`, 'X'));
  });
});

describe('judging a pair', () => {
  it('refuses a hidden entity exactly like an absent one, and keeping the more strictly marked one', async () => {
    const hidden = await gql(app, JUDGE, { input: { a, b: d, verdict: 'SAME' } }, users.publicAnalyst.token);
    const absent = await gql(app, JUDGE, { input: { a, b: `org-nothing-${run}`, verdict: 'SAME' } }, users.publicAnalyst.token);
    expect(codes(hidden)).toEqual(['NOT_FOUND']);
    expect(hidden.errors![0]!.message.replace(d, 'X')).toBe(absent.errors![0]!.message.replace(`org-nothing-${run}`, 'X'));
    const upward = await gql(app, JUDGE, { input: { a, b: d, verdict: 'SAME', keep: d } }, users.confidential.token);
    expect(codes(upward)).toEqual(['BAD_USER_INPUT']);
    expect(upward.errors![0]!.message).toMatch(/marked RESTRICTED, above .* \(PUBLIC\)/);
    expect(codes(await gql(app, JUDGE, { input: { a, b: 'org-europol', verdict: 'SAME', keep: 'org-interpol' } }, users.confidential.token))).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps a pair judged unsure in the queue, after the others', async () => {
    await ok(users.confidential.token, JUDGE, { input: { a, b: d, verdict: 'UNSURE' } });
    const pairs = await pairsOf(users.confidential.token, a);
    expect(pairs.at(-1)).toMatchObject({ verdict: 'UNSURE' });
    expect([pairs.at(-1)!.a.id, pairs.at(-1)!.b.id].sort()).toEqual([a, d].sort());
  });

  it('remembers "not the same": the pair is never proposed again', async () => {
    await ok(users.confidential.token, JUDGE, { input: { a: b, b: c, verdict: 'NOT_SAME' } });
    expect(await partnersOf(users.confidential.token, b)).not.toContain(c);
    expect(await partnersOf(users.confidential.token, c)).toContain(a);
  });

  it('SAME resolves the duplicate into the entity kept: one entity to queries, lists, search and lookups', async () => {
    const result = (await ok(users.confidential.token, JUDGE, { input: { a, b, verdict: 'SAME', keep: a } })).judgeDuplicate;
    // Its link and its MENTIONED_IN of the document its quote comes from.
    expect(result).toEqual({ verdict: 'SAME', survivorId: a, duplicateId: b, movedLinks: 2 });

    // The duplicate's id finds the entity kept, which now holds the duplicate's link with its own quote.
    const kept = (await ok(users.confidential.token, ENTITY, { id: b })).entity;
    expect(kept.id).toBe(a);
    const moved = kept.links.find((l: { id: string }) => l.id === interpolLink);
    expect(moved).toMatchObject({ type: 'PARTNER_OF', node: { id: 'org-interpol' }, evidence: [{ sourceId: SOURCE, quote: `${b} works with org-interpol (duplicates ${run})` }] });
    expect(kept.links.map((l: { id: string }) => l.id)).toEqual(expect.arrayContaining([europolLink, interpolLink]));
    expect(kept.degree).toBe(2);
    const listed = (await ok(users.confidential.token, 'query($ids: [ID!]!) { entities(ids: $ids) { id } }', { ids: [b, a, c] })).entities;
    expect(listed.map((e: { id: string }) => e.id)).toEqual([a, c]);
    // A saved view or a shared link holding the duplicate's id draws the entity kept.
    const drawn = (await ok(users.confidential.token, 'query($ids: [ID!]!) { subgraph(ids: $ids) { nodes { id } } }', { ids: [b, c] })).subgraph.nodes;
    expect(drawn.map((n: { id: string }) => n.id).sort()).toEqual([a, c].sort());

    // Not an entity of its own any more: no list, no neighbourhood, no second node.
    const list = (await ok(users.confidential.token, 'query($n: String!) { organisations(filter: { nameContains: $n }, first: 10) { nodes { id } } }', { n: run })).organisations.nodes;
    expect(list.map((n: { id: string }) => n.id)).not.toContain(b);
    const hood = (await ok(users.confidential.token, 'query($id: ID!) { neighbourhood(ids: [$id], depth: 1) { nodes { id } } }', { id: a })).neighbourhood.nodes;
    expect(hood.map((n: { id: string }) => n.id).sort()).toEqual([a, 'org-europol', 'org-interpol'].sort());

    // The duplicate's own alias finds the entity kept, once.
    const hits = (await ok(users.confidential.token, 'query($q: String!) { search(query: $q, limit: 20) { entity { id } } }', { q: `NRO${run}` })).search;
    expect(hits.map((h: { entity: { id: string } }) => h.entity.id)).toEqual([a]);
    const both = (await ok(users.confidential.token, 'query($q: String!) { search(query: $q, limit: 20, fuzzy: false) { entity { id } } }', { q: `Northern Relay ${run}` })).search;
    expect(both.filter((h: { entity: { id: string } }) => h.entity.id === a)).toHaveLength(1);
    expect(both.map((h: { entity: { id: string } }) => h.entity.id)).not.toContain(b);
  });

  it('keeps the duplicate with its own names and quotes, each with its source, and who judged it', async () => {
    const [resolved, ...others] = (await ok(users.confidential.token, RESOLVED, { id: a })).resolvedDuplicates;
    expect(others).toEqual([]);
    expect(resolved).toMatchObject({
      id: b, kind: 'Organisation', name: name('Northern Relay Ofice'), aliases: [`NRO${run}`], marking: 'PUBLIC', resolvedInto: a,
      judgedBy: users.confidential.name, evidence: [{ sourceId: SOURCE, quote: `${name('Northern Relay Ofice')} exists (duplicates ${run})` }],
    });
    expect(resolved.score).toBeGreaterThan(0.85);
    expect(resolved.reasons[0]).toMatch(/^similar names/);
    const [event] = await db.readText("MATCH (e:AuditEvent {action: 'duplicate-resolved', target: $id}) RETURN e.actor AS actor ORDER BY e.at DESC LIMIT 1", { id: b });
    expect(event?.actor).toBe(users.confidential.name);
  });

  it('draws the consequences: the duplicate was not the same as c, so neither is the entity kept', async () => {
    expect(await partnersOf(users.confidential.token, a)).not.toContain(c);
    const contradiction = await gql(app, JUDGE, { input: { a, b: c, verdict: 'SAME' } }, users.confidential.token);
    expect(codes(contradiction)).toEqual(['BAD_USER_INPUT']);
    expect(contradiction.errors![0]!.message).toMatch(/judged .* not the same/);
  });

  it('undo restores both, every link back where it was with its provenance', async () => {
    // An edit of the entity kept meanwhile leaves what the duplicate brought.
    await ok(users.confidential.token, 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }', {
      input: { id: a, kind: 'Organisation', name: name('Northern Relay Office'), description: 'Edited while merged', evidence: [quote(`${name('Northern Relay Office')} exists`)] },
    });
    const undone = (await ok(users.confidential.token, UNDO, { id: b })).undoResolution;
    expect(undone).toEqual({ survivorId: a, duplicateId: b, movedLinks: 2 });
    const restored = (await ok(users.confidential.token, ENTITY, { id: b })).entity;
    expect(restored).toMatchObject({ id: b, aliases: [`NRO${run}`], degree: 1 });
    expect(restored.links).toEqual([expect.objectContaining({ id: interpolLink, node: { id: 'org-interpol' }, evidence: [{ sourceId: SOURCE, quote: `${b} works with org-interpol (duplicates ${run})` }] })]);
    const kept = (await ok(users.confidential.token, ENTITY, { id: a })).entity;
    expect(kept.links.map((l: { id: string }) => l.id)).toEqual([europolLink]);
    // Each has its own MENTIONED_IN of the document its quote comes from.
    const mentions = await db.readText('MATCH (n:Entity)-[m:MENTIONED_IN]->(:Source {id: $source}) WHERE n.id IN [$a, $b] RETURN n.id AS id, m.id AS mention ORDER BY id', { source: SOURCE, a, b });
    expect(mentions).toEqual([{ id: a, mention: `${a}|MENTIONED_IN|${SOURCE}` }, { id: b, mention: `${b}|MENTIONED_IN|${SOURCE}` }].sort((x, y) => x.id.localeCompare(y.id)));
    expect((await ok(users.confidential.token, RESOLVED, { id: a })).resolvedDuplicates).toEqual([]);
    // Without the resolution there is no consequence: a and c are proposed again; b and c still not.
    expect(await partnersOf(users.confidential.token, a)).toEqual(expect.arrayContaining([b, c]));
    expect(await partnersOf(users.confidential.token, b)).not.toContain(c);
    expect(codes(await gql(app, UNDO, { id: b }, users.confidential.token))).toEqual(['NOT_FOUND']);
  });
});

describe('write authority over merges', () => {
  it('refuses to move links above the judge\'s clearance, and an undo by someone who cannot see the resolution', async () => {
    const e = await organisation(name('Southern Relay Office'));
    const f = await organisation(name('Southern Relay Office'));
    await link(e, 'org-frontex', 'CONFIDENTIAL');
    const refused = await gql(app, JUDGE, { input: { a: f, b: e, verdict: 'SAME', keep: f } }, users.restricted.token);
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.message).toMatch(/above your clearance/);
    expect((await ok(users.confidential.token, ENTITY, { id: e })).entity.id).toBe(e);

    // The confidential analyst may; a PUBLIC analyst cannot see what e brought, so cannot undo it.
    await ok(users.confidential.token, JUDGE, { input: { a: f, b: e, verdict: 'SAME', keep: f } });
    const undo = await gql(app, UNDO, { id: e }, users.publicAnalyst.token);
    expect(codes(undo)).toEqual(['BAD_USER_INPUT']);
    expect((await ok(users.confidential.token, UNDO, { id: e })).undoResolution.movedLinks).toBe(2);
  });

  it('marks a resolution with the duplicate\'s marking: a viewer below it sees neither it nor its names', async () => {
    const g = await organisation(name('Eastern Relay Office'));
    const h = await organisation(name('Eastern Relay Ofice'), { aliases: [`ERO${run}`], marking: 'RESTRICTED' });
    await ok(users.confidential.token, JUDGE, { input: { a: g, b: h, verdict: 'SAME' } });
    expect((await ok(users.restricted.token, RESOLVED, { id: g })).resolvedDuplicates.map((r: { id: string }) => r.id)).toEqual([h]);
    expect((await ok(users.publicAnalyst.token, RESOLVED, { id: g })).resolvedDuplicates).toEqual([]);
    const search = (await ok(users.publicAnalyst.token, 'query($q: String!) { search(query: $q, fuzzy: false) { entity { id } } }', { q: `ERO${run}` })).search;
    expect(search).toEqual([]);
    expect((await gql(app, ENTITY, { id: h }, users.publicAnalyst.token)).data?.entity).toBeNull();
    expect(codes(await gql(app, UNDO, { id: h }, users.publicAnalyst.token))).toEqual(['NOT_FOUND']);
    // The entity kept cannot be deleted while something is resolved into it.
    const deleted = await gql(app, 'mutation($id: ID!) { deleteEntity(id: $id) { deleted } }', { id: g }, users.confidential.token);
    expect(codes(deleted)).toEqual(['BAD_USER_INPUT']);
    expect(deleted.errors![0]!.message).toMatch(/undo those resolutions/);
    await ok(users.confidential.token, UNDO, { id: h });
  });

  it('a seed load leaves a resolved entity resolved, and its moved relationships where they are', async () => {
    const k = await organisation(name('Central Relay Office'));
    const l = await organisation(name('Central Relay Ofice'));
    const moved = await link(l, 'org-frontex');
    await ok(users.confidential.token, JUDGE, { input: { a: k, b: l, verdict: 'SAME', keep: k } });
    // What the seed loader sends for an entity and a relationship it holds (here: l and its link).
    await db.writeTransaction(async (run) => {
      await run(withLabel(q('seed/merge-nodes'), 'Organisation'), { rows: [{ id: l, props: { id: l, kind: 'Organisation', name: 'Reloaded', marking: 'PUBLIC' } }], ...searchLabelParams });
      await run(withRelType(q('seed/merge-relationships'), 'PARTNER_OF'), { rows: [{ id: moved, from: l, to: 'org-frontex', props: { id: moved, marking: 'PUBLIC' } }] });
    });
    expect((await db.readText('MATCH (n:Entity {id: $id}) RETURN n', { id: l })).length).toBe(0);
    expect((await ok(users.confidential.token, ENTITY, { id: k })).entity.links.map((x: { id: string }) => x.id)).toEqual([moved]);
    expect((await db.readText('MATCH ()-[r {id: $id}]->() RETURN count(r) AS n', { id: moved }))[0]!.n).toBe(1);
    await ok(users.confidential.token, UNDO, { id: l });
  });

  it('importing a file again after a merge changes nothing: the duplicate stays resolved, its links where they moved', async () => {
    const mapping = (kind: string, id: string, extra: string) => `source: { id: dup-${run}, title: Duplicates ${run}, date: 2020-05, suppliedBy: Test }\nnamespace: d${run}\nkind: ${kind}\nid: ${id}\n${extra}`;
    const files = [
      { file: 'networks.csv', csv: `network_id,name\nN1,Relay network ${run}\n`, mapping: mapping('Network', 'network_id', 'properties: { name: name }\n') },
      { file: 'persons.csv', csv: `suspect_id,name,network\nS1,Omar Haddad ${run},N1\nS2,Omar Hadad ${run},N1\n`, mapping: mapping('Person', 'suspect_id', 'properties: { name: name }\nlinks:\n  - { type: MEMBER_OF, to: { column: network, kind: Network } }\n') },
    ];
    const everything = { markings: ['PUBLIC', 'RESTRICTED', 'CONFIDENTIAL'], actor: 'test' };
    const load = async () => {
      const results = [];
      for (const f of files) results.push(await importCsv(db, everything, { ...f, mappingFile: f.file.replace('.csv', '.yaml') }));
      return results;
    };
    try {
      const first = await load();
      expect(first.map((r) => r.problems), JSON.stringify(first.map((r) => r.problems))).toEqual([[], []]);
      const [s1, s2, n1] = [`per-r-d${run}-s1`, `per-r-d${run}-s2`, `net-r-d${run}-n1`];
      await ok(users.confidential.token, JUDGE, { input: { a: s1, b: s2, verdict: 'SAME', keep: s1 } });
      const before = await graphFingerprint(db, { ids: [s1, n1] });
      const again = await load();
      expect(again.map((r) => [r.ok, r.resolvedEntities])).toEqual([[true, 0], [true, 1]]);
      expect(await graphFingerprint(db, { ids: [s1, n1] })).toEqual(before);
      expect((await db.readText('MATCH (n:Entity {id: $id}) RETURN n', { id: s2 })).length).toBe(0);
      expect((await db.readText('MATCH (:Entity {id: $a})-[r:MEMBER_OF]->(:Entity {id: $n}) RETURN count(r) AS n', { a: s1, n: n1 }))[0]!.n).toBe(2);
      await ok(users.confidential.token, UNDO, { id: s2 });
    } finally {
      await removeImportedSource(db, `import-r-dup-${run}`);
    }
  });

  it('proposes two users of one travel document whatever their names', async () => {
    const upsert = 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }';
    const person = async (n: string) => {
      const id = (await ok(users.confidential.token, upsert, { input: { kind: 'Person', name: n, marking: 'RESTRICTED', evidence: [quote(n)] } })).upsertEntity.id as string;
      made.push(id);
      return id;
    };
    const [p, q] = [await person(`Karim Benali ${run}`), await person(`Youssef Haddad ${run}`)];
    const passport = (await ok(users.confidential.token, upsert, { input: { kind: 'Identifier', name: `Passport ${run}`, marking: 'RESTRICTED', properties: { identifierType: 'document', value: `P${run}` }, evidence: [quote('passport')] } })).upsertEntity.id as string;
    made.push(passport);
    for (const holder of [p, q]) {
      await ok(users.confidential.token, 'mutation($input: LinkInput!) { upsertLink(input: $input) { id } }', { input: { type: 'USES_IDENTIFIER', from: holder, to: passport, marking: 'RESTRICTED', evidence: [{ ...quote('uses it'), marking: 'RESTRICTED' }] } });
    }
    const [pair] = await pairsOf(users.restricted.token, p);
    expect([pair!.a.id, pair!.b.id].sort()).toEqual([p, q].sort());
    expect(pair!.reasons).toEqual([`both use the document P${run}`]);
  });
});
