import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema, readSeedFiles } from '../../seed/load.ts';
import { validateSeed } from '../../seed/validate.ts';
import { searchLabels, searchLabelsFor } from '../../server/domain/derive.ts';
import { FULLTEXT_ANALYZER, FULLTEXT_SEARCH, FULLTEXT_STOP_WORDS, MARKINGS } from '../../server/domain/model.ts';
import { fold } from '../../server/modules/search/highlight.ts';
import { gql, testApp, userToken } from '../support/graphql-client.ts';

// Every curated name is searched once: far more requests than a person makes in a minute.
const { app, db } = testApp({ ratePerMinute: 100_000 });
const run = randomBytes(4).toString('hex');
const EVIDENCE = [{ sourceId: '004_7cf82133f37c6018', quote: 'case file note (test)' }];
const UPSERT = /* GraphQL */ `mutation($input: EntityInput!) { upsertEntity(input: $input) { id marking } }`;
const DELETE = /* GraphQL */ `mutation($id: ID!) { deleteEntity(id: $id) { deleted } }`;
const SEARCH = /* GraphQL */ `query($q: String!, $limit: Int) { search(query: $q, limit: $limit) { score entity { id } } }`;

const graph = validateSeed(readSeedFiles());
const curatedIds = new Set(graph.nodes.map((n) => n.id));
/** Every curated name and alias, with the entities holding exactly it (folded), usually one. */
const curatedNames = (() => {
  const holders = new Map<string, Set<string>>();
  const texts: { text: string; id: string }[] = [];
  for (const node of graph.nodes) {
    const props = node.props as { name: string; aliases?: string[] };
    for (const text of [props.name, ...(props.aliases ?? [])]) {
      texts.push({ text, id: node.id });
      const key = fold(text).trim();
      holders.set(key, (holders.get(key) ?? new Set()).add(node.id));
    }
  }
  return texts.map(({ text, id }) => ({ text, id, holders: [...holders.get(fold(text).trim())!] }));
})();

let full: string;
let publicViewer: string;
let restrictedViewer: string;
let analyst: string;
/** What this file wrote, with its marking now. */
const created = new Map<string, string>();

beforeAll(async () => {
  full = (await userToken(db, 'viewer', 'CONFIDENTIAL')).token;
  publicViewer = (await userToken(db, 'viewer', 'PUBLIC')).token;
  restrictedViewer = (await userToken(db, 'viewer', 'RESTRICTED')).token;
  analyst = (await userToken(db, 'analyst', 'CONFIDENTIAL')).token;
});

afterAll(async () => {
  for (const id of created.keys()) await gql(app, DELETE, { id }, analyst);
  await db.close();
});

async function hits(token: string, q: string, limit = 10): Promise<{ id: string; score: number }[]> {
  const r = await gql(app, SEARCH, { q, limit }, token);
  expect(r.errors, q).toBeUndefined();
  return r.data!.search.map((h: any) => ({ id: h.entity.id, score: h.score }));
}

/** The id the server made for each suggested one (a new entity's id is the suggestion and a suffix). */
const made = new Map<string, string>();
const idOf = (suggested: string) => made.get(suggested)!;

async function upsert(input: Record<string, unknown>): Promise<string> {
  const suggested = input.id as string;
  const r = await gql(app, UPSERT, { input: { evidence: EVIDENCE, ...input, id: made.get(suggested) ?? suggested } }, analyst);
  expect(r.errors).toBeUndefined();
  const id = r.data!.upsertEntity.id as string;
  if (!made.has(suggested)) made.set(suggested, id);
  created.set(id, input.marking as string);
  return id;
}

describe('search finds what is typed', () => {
  it('uses the analyzer whose stop words the query builder knows', async () => {
    const [row] = await db.readText(
      'CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer, stopwords WHERE analyzer = $analyzer RETURN stopwords',
      { analyzer: FULLTEXT_ANALYZER });
    expect([...(row!.stopwords as string[])].sort()).toEqual([...FULLTEXT_STOP_WORDS].sort());
    const indexes = await db.readText("SHOW INDEXES YIELD name, type, labelsOrTypes, options WHERE type = 'FULLTEXT' RETURN name, labelsOrTypes, options.indexConfig['fulltext.analyzer'] AS analyzer");
    expect(indexes.map((i) => i.name)).not.toContain('entity_search');
    for (const marking of MARKINGS) {
      expect(indexes).toContainEqual({ name: FULLTEXT_SEARCH[marking].index, labelsOrTypes: [FULLTEXT_SEARCH[marking].label], analyzer: FULLTEXT_ANALYZER });
    }
  });

  it.each([
    ['United Nations Office on Drugs and Crime', 'org-unodc'],
    ['International Organization for Migration', 'org-iom'],
    ['marriage of convenience', 'mo-marriage-of-convenience'],
    ['Stolen and Lost Travel Documents', 'tool-sltd'],
    ['trafficking in human beings', 'crime-human-trafficking'],
  ])('finds %j (stop words included) first', async (query, id) => {
    expect(curatedIds.has(id), id).toBe(true);
    expect((await hits(full, query, 3))[0]?.id).toBe(id);
  });

  it.each([
    ['Europl', 'org-europol'],
    ['europl', 'org-europol'],
    ['Interpl', 'org-interpol'],
    ['Frontx', 'org-frontex'],
  ])('finds a name through a one-letter typo: %j', async (query, id) => {
    expect(curatedIds.has(id), id).toBe(true);
    expect((await hits(full, query, 10)).map((h) => h.id)).toContain(id);
  });

  it('finds every curated name and alias, searched as written, first', async () => {
    const misses: string[] = [];
    for (const { text, id, holders } of curatedNames) {
      // Entities other tests write at the same time are not part of the curated graph.
      const first = (await hits(full, text, 10)).find((h) => curatedIds.has(h.id));
      if (!first || !holders.includes(first.id)) misses.push(`${JSON.stringify(text)} (${id}): first ${first?.id ?? 'nothing'}`);
    }
    expect(misses).toEqual([]);
  });
});

describe('scores that hidden data cannot move', () => {
  const word = `quokkarium${run}`;
  const queries = ['smuggling', 'migrant smuggling network', 'document fraud', word];

  async function publicScores() {
    const all: Record<string, number> = {};
    for (const q of queries) for (const h of await hits(publicViewer, q, 20)) all[`${q} → ${h.id}`] = h.score;
    return all;
  }

  it('gives a public viewer the same scores before and after hidden entities with the searched words are added', async () => {
    await upsert({ id: `org-public-${run}`, kind: 'Organisation', name: `Public ${word} unit`, description: 'Investigates migrant smuggling.', marking: 'PUBLIC' });
    const hiddenText = `${word} migrant smuggling network document fraud smuggling smuggling`;
    let before: Record<string, number> = {};
    let after: Record<string, number> = {};
    // Other test runs share the database; a public write of theirs between the two readings
    // changes the public statistics too, so a differing pair is read again (a leak never settles).
    for (let attempt = 0; attempt < 3; attempt++) {
      before = await publicScores();
      for (const marking of ['RESTRICTED', 'CONFIDENTIAL']) {
        await upsert({
          id: `op-hidden-${marking.toLowerCase()}-${attempt}-${run}`, kind: 'Operation', marking,
          name: `Smuggling ${word} operation`, aliases: [`${word} smuggling`], description: hiddenText,
        });
      }
      after = await publicScores();
      if (JSON.stringify(after) === JSON.stringify(before)) break;
    }
    expect(Object.keys(before).length).toBeGreaterThan(queries.length);
    expect(before).toHaveProperty([`${word} → ${idOf(`org-public-${run}`)}`]);
    expect(after).toEqual(before);
  });

  it('never returns entities above the viewer\'s clearance, and follows a change of marking', async () => {
    const confidential = idOf(`op-hidden-confidential-0-${run}`);
    const ids = async (token: string) => (await hits(token, word, 50)).map((h) => h.id).filter((id) => id.includes(`-${run}-`)).sort();
    const writtenAt = (markings: string[]) => [...created].filter(([, m]) => markings.includes(m)).map(([id]) => id).sort();
    expect(created.get(confidential)).toBe('CONFIDENTIAL');
    expect(await ids(publicViewer)).toEqual(writtenAt(['PUBLIC']));
    expect(await ids(restrictedViewer)).toEqual(writtenAt(['PUBLIC', 'RESTRICTED']));
    expect(await ids(full)).toEqual(writtenAt([...MARKINGS]));
    expect(writtenAt(['RESTRICTED']).length).toBeGreaterThan(0);

    const labels = async (id: string) =>
      ((await db.readText('MATCH (n:Entity {id: $id}) RETURN [l IN labels(n) WHERE l STARTS WITH "Search"] AS l', { id }))[0]!.l as string[]).sort();
    expect(await labels(confidential)).toEqual(searchLabelsFor('CONFIDENTIAL').sort());
    await upsert({ id: confidential, kind: 'Operation', name: `Smuggling ${word} operation`, marking: 'PUBLIC' });
    expect(await labels(confidential)).toEqual(searchLabelsFor('PUBLIC').sort());
    expect(await ids(publicViewer)).toContain(confidential);
    await upsert({ id: confidential, kind: 'Operation', name: `Smuggling ${word} operation`, marking: 'CONFIDENTIAL' });
    expect(await labels(confidential)).toEqual(searchLabelsFor('CONFIDENTIAL').sort());
    expect(await ids(publicViewer)).not.toContain(confidential);
    expect(await ids(restrictedViewer)).not.toContain(confidential);
  });

  it('labels entities written before the per-clearance indexes when the schema is applied', async () => {
    const id = await upsert({ id: `org-unlabelled-${run}`, kind: 'Organisation', name: `Unlabelled ${word} desk`, marking: 'RESTRICTED' });
    await db.writeText('MATCH (n:Entity {id: $id}) REMOVE n:$($labels)', { id, labels: searchLabels });
    expect((await hits(restrictedViewer, word, 20)).map((h) => h.id)).not.toContain(id);
    await applySchema(db);
    expect((await hits(publicViewer, word, 20)).map((h) => h.id)).not.toContain(id);
    expect((await hits(restrictedViewer, word, 20)).map((h) => h.id)).toContain(id);
  });
});
