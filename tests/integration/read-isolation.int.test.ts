/**
 * What a PUBLIC viewer sees never changes when data they may not see is added: hidden entities,
 * hidden links between public entities, and hidden evidence on public entities and links
 * (quotes with a stricter marking, and quotes from a hidden document), and hidden notes (stricter
 * ones on public entities, and notes on hidden entities and links). Every root field is
 * asked with representative arguments before and after, and the answers must be identical.
 * Also: relationship fields page through a hub of 10,000 links.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEGREE_COUNT_LIMIT } from '../../server/domain/model.ts';
import { REPRESENTATIVE_SELECTIONS } from '../support/compiled-shapes.ts';
import { gql, testApp, userToken } from '../support/graphql-client.ts';

const { app, db } = testApp({ analyticsEngine: 'in-process' });
const run = randomBytes(3).toString('hex');
const SOURCE = '004_7cf82133f37c6018';

const ROOT_FIELDS: Record<string, string> = {
  ...REPRESENTATIVE_SELECTIONS,
  'meta': '{ meta { entityCount relationshipCount kinds { kind count } relationshipTypes { type count } } }',
  'centrality': '{ centrality(measure: DEGREE, kinds: [Organisation, Operation, CrimeType], top: 10) { nodeCount relationshipCount scores { rank score entity { id } } } }',
  'communities': '{ communities(kinds: [Organisation, Operation], top: 3) { nodeCount communities { size members { id } } } }',
  'lists with counts': '{ organisations(first: 100) { totalCount nodes { id degree } } operations(filter: { source: "004_7cf82133f37c6018" }, first: 100) { totalCount nodes { id } } }',
  'europol evidence': '{ entity(id: "org-europol") { evidence { sourceId quote } sources { source { id } quotes } ... on Organisation { partnersConnection { totalCount } } } }',
  'hydra link evidence': '{ entity(id: "op-hydra") { ... on Operation { participants { id evidence { sourceId quote } sources { source { id } } } } } }',
  'search for the hidden words': '{ search(query: "smuggling centre zephyrine", limit: 50) { score entity { id } } a: search(query: "Europol", limit: 20) { score entity { id } } }',
  'notes and note search': '{ notes(targetIds: ["org-europol", "op-hydra"]) { id text marking } entity(id: "org-europol") { notes { id } links(first: 500) { id notes { id } } } searchNotes(query: "zephyrine liaison", limit: 50) { score highlight note { id } entity { id } link { id } } }',
};

let viewer: string;
let analyst: string;
const answers = async () => {
  const out: Record<string, unknown> = {};
  for (const [name, query] of Object.entries(ROOT_FIELDS)) {
    const r = await gql(app, query, undefined, viewer);
    expect(r.errors, name).toBeUndefined();
    out[name] = r.data;
  }
  return out;
};

const ids = {
  source: `doc-hidden-${run}`,
  org: `org-zephyrine-${run}`,
  op: `op-zephyrine-${run}`,
};
const UPSERT = /* GraphQL */ `mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }`;
const LINK = /* GraphQL */ `mutation($input: LinkInput!) { upsertLink(input: $input) { id } }`;
const EVIDENCE = [{ sourceId: SOURCE, quote: 'case note on the zephyrine smuggling centre (test)' }];

let before: Record<string, unknown>;
let saved: { europol: Record<string, unknown>; hydra: Record<string, unknown> };

/** Writes as the analyst and answers the id written (new entities and links get an id the server makes). */
async function write(query: string, input: unknown): Promise<string> {
  const r = await gql(app, query, { input }, analyst);
  expect(r.errors, JSON.stringify(input)).toBeUndefined();
  return (Object.values(r.data!)[0] as { id: string }).id;
}
const hiddenLinks: string[] = [];
const notes: string[] = [];
const ADD_NOTE = /* GraphQL */ `mutation($input: NoteInput!) { addNote(input: $input) { id } }`;

/** Adds a quote to an element's provenance lists, as a write with its own marking stores it. */
const APPEND_EVIDENCE = /* Cypher */ `
  SET x.evidenceMarkings = coalesce(x.evidenceMarkings, [q IN x.evidenceQuotes | x.marking]) + $marking,
      x.evidenceSources = x.evidenceSources + $source, x.evidenceQuotes = x.evidenceQuotes + $quote,
      x.evidenceDates = x.evidenceDates + '', x.evidenceModalities = x.evidenceModalities + 'reported'`;

beforeAll(async () => {
  viewer = (await userToken(db, 'viewer', 'PUBLIC')).token;
  analyst = (await userToken(db, 'analyst', 'CONFIDENTIAL')).token;
  // Public notes, so that the notes and their search have something to answer before and after.
  for (const targetId of ['org-europol', 'op-hydra']) {
    const r = await gql(app, ADD_NOTE, { input: { targetId, text: `Public note on the zephyrine liaison ${run}` } }, analyst);
    expect(r.errors).toBeUndefined();
    notes.push(r.data!.addNote.id);
  }
  before = await answers();
  const [europol] = await db.readText('MATCH (x:Entity {id: "org-europol"}) RETURN properties(x) AS p');
  const [hydra] = await db.readText('MATCH (:Entity {id: "op-hydra"})-[x:INVOLVED]->(:Entity {id: "org-europol"}) RETURN properties(x) AS p');
  saved = { europol: europol!.p as Record<string, unknown>, hydra: hydra!.p as Record<string, unknown> };

  ids.source = await write(UPSERT, { id: ids.source, kind: 'Source', name: `Hidden case file ${run}`, marking: 'CONFIDENTIAL', properties: { title: 'Hidden case file' }, evidence: EVIDENCE });
  ids.org = await write(UPSERT, { id: ids.org, kind: 'Organisation', name: `Zephyrine smuggling centre ${run}`, aliases: ['Europol liaison cell'], marking: 'RESTRICTED', evidence: EVIDENCE });
  ids.op = await write(UPSERT, { id: ids.op, kind: 'Operation', name: `Operation Zephyrine ${run}`, marking: 'CONFIDENTIAL', properties: { startDate: '2016-01' }, evidence: EVIDENCE });
  await write(LINK, { type: 'PARTNER_OF', from: ids.org, to: 'org-europol', marking: 'RESTRICTED', evidence: EVIDENCE });
  await write(LINK, { type: 'PARTNER_OF', from: ids.org, to: 'org-interpol', marking: 'RESTRICTED', evidence: EVIDENCE });
  await write(LINK, { type: 'BASED_IN', from: ids.org, to: 'loc-libya', marking: 'RESTRICTED', evidence: EVIDENCE });
  for (const to of ['org-europol', 'op-hydra'].slice(0, 1)) await write(LINK, { type: 'INVOLVED', from: ids.op, to, marking: 'CONFIDENTIAL', evidence: EVIDENCE });
  await write(LINK, { type: 'TARGETS', from: ids.op, to: 'crime-migrant-smuggling', marking: 'CONFIDENTIAL', evidence: EVIDENCE });
  await write(LINK, { type: 'TARGETS', from: ids.op, to: 'crime-human-trafficking', marking: 'CONFIDENTIAL', evidence: EVIDENCE });
  // A hidden shortcut between two public entities, and a hidden link between public crimes.
  hiddenLinks.push(await write(LINK, { type: 'INVOLVED', from: 'op-hydra', to: 'loc-libya', marking: 'CONFIDENTIAL', evidence: EVIDENCE }));
  hiddenLinks.push(await write(LINK, { type: 'LINKED_TO', from: 'crime-migrant-smuggling', to: 'crime-cybercrime', marking: 'RESTRICTED', year: 2015, share: 99, evidence: EVIDENCE }));
  // Hidden notes: stricter notes on public entities, and notes on the hidden organisation and its link to Europol.
  const europolLink = (await gql(app, '{ entity(id: "org-europol") { ... on Organisation { partnerOf { id node { id } } } } }', undefined, analyst)).data!.entity.partnerOf
    .find((l: { node: { id: string } }) => l.node.id === ids.org).id as string;
  for (const [targetId, marking] of [['org-europol', 'RESTRICTED'], ['op-hydra', 'CONFIDENTIAL'], [ids.org, null], [europolLink, null]] as const) {
    const r = await gql(app, ADD_NOTE, { input: { targetId, text: `Hidden note: zephyrine liaison, liaison, zephyrine ${run}`, marking } }, analyst);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    notes.push(r.data!.addNote.id);
  }
  // Hidden evidence on a public entity and a public link: a stricter quote, and a public quote from a hidden document.
  for (const [match, source, marking] of [
    ['MATCH (x:Entity {id: "org-europol"})', SOURCE, 'RESTRICTED'],
    ['MATCH (x:Entity {id: "org-europol"})', ids.source, 'PUBLIC'],
    ['MATCH (:Entity {id: "op-hydra"})-[x:INVOLVED]->(:Entity {id: "org-europol"})', ids.source, 'PUBLIC'],
    ['MATCH (:Entity {id: "op-hydra"})-[x:INVOLVED]->(:Entity {id: "org-europol"})', SOURCE, 'CONFIDENTIAL'],
  ] as const) {
    await db.writeText(`${match} ${APPEND_EVIDENCE}`, { source, quote: `hidden quote ${run}`, marking });
  }
}, 120_000);

afterAll(async () => {
  await db.writeText('MATCH (n:Note) WHERE n.id IN $ids DELETE n', { ids: notes });
  await db.writeText('MATCH (x:Entity {id: "org-europol"}) SET x = $p', { p: saved.europol });
  await db.writeText('MATCH (:Entity {id: "op-hydra"})-[x:INVOLVED]->(:Entity {id: "org-europol"}) SET x = $p', { p: saved.hydra });
  await db.writeText('MATCH ()-[r]->() WHERE r.id IN $ids DELETE r', { ids: hiddenLinks });
  for (const id of Object.values(ids)) await gql(app, 'mutation($id: ID!) { deleteEntity(id: $id) { deleted } }', { id }, analyst);
  await db.close();
});

describe('a PUBLIC viewer', () => {
  it('gets identical answers from every root field after hidden entities, links and evidence are added', async () => {
    const after = await answers();
    for (const name of Object.keys(ROOT_FIELDS)) expect(after[name], name).toEqual(before[name]);
  });

  it('while a cleared viewer sees the additions (the data is really there)', async () => {
    const r = await gql(app, '{ entity(id: "org-europol") { evidence { sourceId } ... on Organisation { partnerOf { node { id } } } } }', undefined, analyst);
    expect(r.data!.entity.evidence.map((e: { sourceId: string }) => e.sourceId)).toContain(ids.source);
    expect(r.data!.entity.partnerOf.map((l: { node: { id: string } }) => l.node.id)).toContain(ids.org);
  });
});

describe('relationship fields of a hub with 10,000 links', () => {
  const hub = `org-hub-${run}`;
  const N = 10_000;
  /** The visible spokes (one in ten is RESTRICTED), and the second hub. */
  const VISIBLE_PARTNERS = N * 0.9 + 1;
  beforeAll(async () => {
    await db.writeText(
      `CREATE (h:Entity:Organisation {id: $hub, kind: 'Organisation', name: 'Hub ' + $hub, marking: 'PUBLIC'})
       WITH h UNWIND range(0, $n - 1) AS i
       CREATE (o:Entity:Organisation {id: $hub + '-' + toString(i), kind: 'Organisation', name: 'Spoke ' + right('0000' + toString(i), 5), marking: CASE WHEN i % 10 = 0 THEN 'RESTRICTED' ELSE 'PUBLIC' END})
       CREATE (h)-[:PARTNER_OF {id: $hub + '|PARTNER_OF|' + toString(i), marking: 'PUBLIC'}]->(o)`,
      { hub, n: N },
    );
    // A second hub, linked to the first and to 1,500 spokes of its own: two nodes with more
    // links than the degree limit, joined directly.
    await db.writeText(
      `MATCH (h:Entity {id: $hub})
       CREATE (g:Entity:Organisation {id: $hub + '-b', kind: 'Organisation', name: 'Hub B ' + $hub, marking: 'PUBLIC'})
       CREATE (h)-[:PARTNER_OF {id: $hub + '|PARTNER_OF|b', marking: 'PUBLIC'}]->(g)
       WITH g UNWIND range(0, 1499) AS i
       CREATE (o:Entity:Organisation {id: $hub + '-b-' + toString(i), kind: 'Organisation', name: 'Other spoke ' + right('0000' + toString(i), 5), marking: 'PUBLIC'})
       CREATE (g)-[:PARTNER_OF {id: $hub + '|PARTNER_OF|b-' + toString(i), marking: 'PUBLIC'}]->(o)`,
      { hub },
    );
  }, 120_000);

  it('draws the links of a hub among what is drawn: to its spokes, to another hub, to nodes already drawn', async () => {
    const drawn = await gql(app, `query($id: ID!) { neighbourhood(ids: [$id], depth: 1, limit: 6) { nodes { id } edges { id source target } } }`, { id: hub }, viewer);
    expect(drawn.errors).toBeUndefined();
    const nodes = drawn.data!.neighbourhood.nodes.map((n: { id: string }) => n.id);
    // Nearest first, then by name: the hub, the other hub ("Hub B ..."), four spokes.
    expect(nodes).toEqual([hub, `${hub}-b`, `${hub}-1`, `${hub}-2`, `${hub}-3`, `${hub}-4`]);
    const edges = drawn.data!.neighbourhood.edges.map((e: { id: string }) => e.id).sort();
    expect(edges).toEqual([`${hub}|PARTNER_OF|1`, `${hub}|PARTNER_OF|2`, `${hub}|PARTNER_OF|3`, `${hub}|PARTNER_OF|4`, `${hub}|PARTNER_OF|b`].sort());
    // A spoke added next to both hubs already drawn: its one link, and nothing between the hubs again.
    const added = await gql(app, `query($ids: [ID!]!, $to: [ID!]) { subgraph(ids: $ids, connectTo: $to) { edges { id } } }`, { ids: [`${hub}-b-7`, `${hub}-5`], to: [hub, `${hub}-b`] }, viewer);
    expect(added.errors).toBeUndefined();
    expect(added.data!.subgraph.edges.map((e: { id: string }) => e.id).sort()).toEqual([`${hub}|PARTNER_OF|5`, `${hub}|PARTNER_OF|b-7`].sort());
  });
  afterAll(async () => {
    await db.writeText('MATCH (n:Entity) WHERE n.id STARTS WITH $hub DETACH DELETE n', { hub });
  });

  it('pages through every visible link exactly once, in name order, with a total', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let page = 0; page < 40; page++) {
      const r: any = await gql(app, `query($id: ID!, $after: String) { entity(id: $id) { ... on Organisation {
        partnersConnection(first: 300, after: $after) { totalCount pageInfo { hasNextPage endCursor } links { node { id name } } } } } }`, { id: hub, after }, viewer);
      expect(r.errors).toBeUndefined();
      const c = r.data.entity.partnersConnection;
      total = c.totalCount;
      seen.push(...c.links.map((l: { node: { name: string } }) => l.node.name));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(total).toBe(VISIBLE_PARTNERS);
    expect(seen).toHaveLength(VISIBLE_PARTNERS);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort());
  });

  it('answers a list field with its default page, counts the degree up to its limit, and refuses pages above the maximum', async () => {
    const r = await gql(app, 'query($id: ID!) { entity(id: $id) { ... on Organisation { partners { id } partnersConnection { totalCount } } degree } }', { id: hub }, viewer);
    expect(r.data!.entity.partners).toHaveLength(100);
    // 9,001 visible links: the degree stops counting at its limit, the connection's total does not.
    expect(r.data!.entity.degree).toBe(DEGREE_COUNT_LIMIT);
    expect(r.data!.entity.partnersConnection.totalCount).toBe(VISIBLE_PARTNERS);
    const drawn = await gql(app, 'query($id: ID!) { neighbourhood(ids: [$id], depth: 1, limit: 5) { nodes { id degree } } }', { id: hub }, viewer);
    const degrees = Object.fromEntries(drawn.data!.neighbourhood.nodes.map((n: { id: string; degree: number }) => [n.id, n.degree]));
    expect(degrees[hub]).toBe(DEGREE_COUNT_LIMIT);
    expect(degrees[`${hub}-b`]).toBe(DEGREE_COUNT_LIMIT);
    expect(Object.values(degrees).filter((d) => d === 1)).toHaveLength(3);
    const big = await gql(app, 'query($id: ID!) { entity(id: $id) { links(first: 501) { id } } }', { id: hub }, viewer);
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
