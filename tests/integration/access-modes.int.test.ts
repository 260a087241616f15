/**
 * Every statement is sent in the access mode a cluster needs: reads in READ mode (the driver
 * routes them to secondaries), writes in WRITE mode (the leader). No cluster runs here, and a
 * single server accepts reads in WRITE mode, so the driver itself is watched: each session's
 * access mode and each statement sent in it (auto-commit, or in a managed READ or WRITE
 * transaction) are recorded while the test seeds the graph, runs every compiled selection and
 * every static query through the API, every mutation, sign-in, tokens, sign-out and the audit
 * log. A statement with a write clause (server/db/statement-mode.ts) in READ mode fails the
 * test; so does a statement without one in WRITE mode, unless it is one of the exceptions below.
 * Every static query of the catalogue must have been seen, so none escapes the check.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Driver, Session } from 'neo4j-driver';
import { Db } from '../../server/db/driver.ts';
import { q } from '../../server/db/cypher.ts';
import { writeClauseOf, WriteInReadModeError } from '../../server/db/statement-mode.ts';
import { applySchema, isGraphEmpty, loadSeedGraph, readSeedFiles, seedStatus } from '../../seed/load.ts';
import { validateSeed } from '../../seed/validate.ts';
import { REPRESENTATIVE_SELECTIONS } from '../support/compiled-shapes.ts';
import { staticQueries } from '../support/query-catalogue.ts';
import { gql, testApp, userToken } from '../support/graphql-client.ts';
import { ensureAdmin } from '../../server/auth/auth-service.ts';
import { importCsv } from '../../server/case-import/case-import.ts';
import { removeImportedSource } from '../../server/case-import/import-writer.ts';
import { removeIngestedDocument } from '../../server/ingest/ingest-document.ts';

type Mode = 'READ' | 'WRITE';
interface Sent { mode: Mode; cypher: string; bookmarks: unknown }

const sent: Sent[] = [];

/** Wraps a driver so that every statement is recorded with the mode it is really sent in. */
function watch(driver: Driver, into: Sent[] = sent): void {
  const open = driver.session.bind(driver);
  (driver as { session: Driver['session'] }).session = (config = {}) => {
    const session: Session = open(config);
    const sessionMode: Mode = config.defaultAccessMode === 'READ' ? 'READ' : 'WRITE';
    const record = (mode: Mode, cypher: unknown) => into.push({ mode, cypher: String(cypher), bookmarks: config.bookmarkManager });
    const run = session.run.bind(session);
    session.run = ((cypher: string, ...rest: never[]) => { record(sessionMode, cypher); return run(cypher, ...rest); }) as Session['run'];
    for (const [method, mode] of [['executeRead', 'READ'], ['executeWrite', 'WRITE']] as const) {
      const execute = session[method].bind(session) as Session['executeRead'];
      (session as unknown as Record<string, unknown>)[method] = (work: (tx: { run: (...a: unknown[]) => unknown }) => unknown, config?: unknown) =>
        execute((tx) => {
          const txRun = tx.run.bind(tx);
          return work({ ...tx, run: (cypher: unknown, ...rest: unknown[]) => { record(mode, cypher); return (txRun as (...a: unknown[]) => unknown)(cypher, ...rest); } } as never);
        }, config as never);
    }
    return session;
  };
}

/**
 * Statements sent in WRITE mode without a write clause, and why they must be. Each must
 * have been seen: an exception no longer needed fails the test.
 */
const WRITE_MODE_READS: { query: string; why: string }[] = [
  { query: 'knowledge/write-context', why: 'what the writer may see and what exists, read in the write transaction it decides, on the leader: nothing can change between the check and the write' },
  { query: 'knowledge/entity-id-taken', why: 'a new id is checked free in the transaction that creates it, so two writers cannot both take it' },
  { query: 'knowledge/link-id-taken', why: 'as entity-id-taken, for relationship ids' },
  { query: 'knowledge/find-visible-link', why: 'the relationship an upsert replaces, found in the same transaction as the replacement' },
  { query: 'knowledge/find-link', why: 'the relationship a delete removes, found in the same transaction as the delete' },
  { query: 'views/held-entities', why: 'the entities a view holds (and so its marking), read in the transaction that stores the view' },
  { query: 'notes/entity-target', why: 'the entity a note is added to (visible, and its marking, the note\'s floor), read in the transaction that adds the note' },
  { query: 'notes/link-target', why: 'as notes/entity-target, for a relationship and its ends' },
  { query: 'notes/find-note', why: 'the note a delete removes, found (visible, and whose) in the same transaction as the delete' },
  { query: 'knowledge/target-notes', why: 'the notes that go with a deleted entity or relationship (and whether any is hidden), read in the transaction that deletes them' },
  { query: 'views/find-view', why: 'the view a delete removes, found (visible, and whose) in the same transaction as the delete' },
  { query: 'duplicates-writes/judgement-context', why: 'the two entities a judgement merges, and their links the judge cannot see, read in the transaction that merges them' },
  { query: 'duplicates-writes/undo-context', why: 'the resolution an undo reverses, and the moved links the user cannot see, read in the transaction that reverses it' },
  { query: 'CALL db.awaitIndexes', why: 'seeding waits for the indexes it just created to come online on the leader that builds them, before the seed is written' },
];

/** Static queries the exercise below cannot send, and why. */
const NOT_EXERCISED: Record<string, string> = {
  'analytics/drop-projection': 'sent only to clean up after a GDS statement failed half-way',
};

const queries = staticQueries();
/** The static query a statement was made from: its text with the server's placeholders as wildcards. */
const patterns = queries.map((query) => {
  const template = q(query.name);
  const source = template.split(/\{\{[A-Z_]+\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*?');
  return { name: query.name, pattern: new RegExp(`^${source}`) };
});
const staticName = (cypher: string) => patterns.find((p) => p.pattern.test(cypher))?.name;
const exceptionFor = (cypher: string) => WRITE_MODE_READS.find((e) => staticName(cypher) === e.query || cypher.trim().startsWith(e.query));
const firstLine = (cypher: string) => cypher.split('\n').find((l) => l.trim() && !l.startsWith('//'))?.trim().slice(0, 100);

const db = new Db({ ...inject('neo4j'), local: false });
watch(db.driver);
const { app } = testApp({}, db);
const inProcess = testApp({ analyticsEngine: 'in-process' }, db).app;
const run = randomBytes(3).toString('hex');
const SOURCE = '004_7cf82133f37c6018';
const made: string[] = [];
let ingestedSource = '';
const evidence = [{ sourceId: SOURCE, quote: `access mode check ${run}` }];

async function ok(query: string, variables: Record<string, unknown> = {}, token?: string, on = app) {
  const r = await gql(on, query, variables, token);
  expect(r.errors, `${query}: ${JSON.stringify(r.errors)}`).toBeUndefined();
  return r.data as Record<string, any>;
}

const ORIGIN = 'http://localhost';
const post = (path: string, body: unknown, cookie?: string) => app.fetch(`${ORIGIN}${path}`, {
  method: 'POST',
  headers: { origin: ORIGIN, 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
  body: JSON.stringify(body),
});

beforeAll(async () => {
  // Seeding: schema, the curated graph (idempotent: the database already holds it) and the checks around it.
  const graph = validateSeed(readSeedFiles());
  await applySchema(db);
  await seedStatus(db, graph);
  await isGraphEmpty(db);
  await loadSeedGraph(db, graph);

  // Every compiled root field, as the representative selections ask for them.
  for (const [name, selection] of Object.entries(REPRESENTATIVE_SELECTIONS)) {
    const r = await gql(app, selection);
    expect(r.errors, `${name}: ${JSON.stringify(r.errors)}`).toBeUndefined();
  }
  // The rest of the read API: model counts, analytics (GDS when installed, and in process), paths.
  await ok('{ meta { entityCount kinds { kind count } } }');
  for (const measure of ['DEGREE', 'BETWEENNESS', 'PAGERANK']) await ok(`{ centrality(measure: ${measure}, top: 3) { engine scores { entity { id } } } }`);
  await ok('{ communities(top: 3) { engine communities { size } } }');
  await ok('{ centrality(top: 3) { engine } communities(top: 3) { engine } }', {}, undefined, inProcess);
  // Case data: communities of one network (read in process whatever the engine).
  await ok('{ communities(withinNetwork: "net-r-syn-n0001", top: 3) { nodeCount } }');

  // A CSV import (entities with links by id and by name, then a relationship file) and its removal.
  const importSource = `access-modes-${randomBytes(4).toString('hex')}`;
  const header = `source: { id: ${importSource}, title: Access modes, date: "2016", suppliedBy: test }\nnamespace: am\n`;
  const importBoth = async () => [
    await importCsv(db, { markings: ['PUBLIC', 'RESTRICTED', 'CONFIDENTIAL'], actor: 'test' }, {
      csv: 'id,name,country\nA,Access A,Italy\nB,Access B,Libya\n', file: 'people.csv', mappingFile: 'people.yaml',
      mapping: `${header}kind: Person\nid: id\nproperties: { name: name }\nlinks:\n  - { type: NATIONAL_OF, to: { column: country, match: name, kind: Location } }\n`,
    }),
    await importCsv(db, { markings: ['PUBLIC', 'RESTRICTED', 'CONFIDENTIAL'], actor: 'test' }, {
      csv: 'call,a,b,n\nc1,A,B,3\n', file: 'calls.csv', mappingFile: 'calls.yaml',
      mapping: `${header}relationship: COMMUNICATED_WITH\nid: call\nfrom: { column: a, kind: Person }\nto: { column: b, kind: Person }\nproperties: { count: n }\n`,
    }),
  ];
  // Twice: a first import creates, the same import again merges.
  for (const result of [...(await importBoth()), ...(await importBoth())]) expect(result.problems).toEqual([]);
  await removeImportedSource(db, `import-r-${importSource}`);

  // Users, tokens, sign-in links, sessions and the audit log; the user is an admin so that
  // disabling it asks whether it is the last one.
  await ensureAdmin(db);
  const analyst = await userToken(db, 'analyst', 'CONFIDENTIAL');
  const name = `access-modes-${run}`;
  await ok('mutation($n: String!) { createUser(name: $n, role: ADMIN, clearance: PUBLIC) { name } }', { n: name });
  await ok('mutation($n: String!) { updateUser(name: $n, clearance: RESTRICTED) { clearance } }', { n: name });
  const token = (await ok('mutation($n: String!) { createApiToken(user: $n, label: "t") { id token } }', { n: name })).createApiToken;
  await ok('{ me { name } }', {}, token.token);
  const link = (await ok('mutation($n: String!) { createSignInLink(user: $n) }', { n: name })).createSignInLink as string;
  const signedIn = await app.fetch(`${ORIGIN}/auth/signin?token=${encodeURIComponent(link)}`, { redirect: 'manual' });
  expect(signedIn.status).toBe(303);
  const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
  expect((await app.fetch(`${ORIGIN}/auth/me`, { headers: { cookie } })).status).toBe(200);
  expect((await post('/auth/signout', {}, cookie)).status).toBe(200);
  const session = await post('/auth/session', { token: token.token });
  expect(session.status).toBe(200);
  expect((await post('/auth/session', { token: 'sgt_wrong' })).status).toBe(401);
  await ok('{ auditLog(first: 5) { events { action } } }');
  // Only its statement matters here: on a shared test database with hundreds of users the list
  // may exceed the bookkeeping budget, which is not what this test is about.
  await gql(app, '{ users { name } }');
  await ok('mutation($id: ID!) { revokeApiToken(id: $id) }', { id: token.id });
  await ok('mutation($n: String!) { updateUser(name: $n, disable: true) { disabled } }', { n: name });

  // Every knowledge mutation.
  const upsert = 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }';
  const a: string = (await ok(upsert, { input: { kind: 'Organisation', name: `Access mode A ${run}`, evidence } }, analyst.token)).upsertEntity.id;
  const b: string = (await ok(upsert, { input: { kind: 'Organisation', name: `Access mode B ${run}`, evidence } }, analyst.token)).upsertEntity.id;
  made.push(a, b);
  await ok(upsert, { input: { id: a, kind: 'Organisation', name: `Access mode A ${run}, renamed`, evidence } }, analyst.token);
  const linkId = (await ok('mutation($input: LinkInput!) { upsertLink(input: $input) { id } }', { input: { type: 'PARTNER_OF', from: a, to: b, evidence } }, analyst.token)).upsertLink.id;
  await ok('mutation($input: LinkInput!) { upsertLink(input: $input) { id } }', { input: { type: 'PARTNER_OF', from: a, to: b, evidence } }, analyst.token);
  await ok('mutation($id: ID!) { deleteLink(id: $id) { deleted } }', { id: linkId }, analyst.token);
  // Duplicates: the queue, each verdict (SAME over an earlier one), lookups and search by the
  // duplicate's id and name, what was resolved, and the undo.
  await ok('query($id: ID) { duplicateCandidates(entityId: $id) { totalCount } }', { id: a }, analyst.token);
  await ok('{ duplicateCandidates(kind: Organisation, first: 5) { totalCount } }', {}, analyst.token);
  const judge = 'mutation($input: JudgeDuplicateInput!) { judgeDuplicate(input: $input) { survivorId duplicateId } }';
  await ok(judge, { input: { a, b, verdict: 'UNSURE' } }, analyst.token);
  const merged = (await ok(judge, { input: { a, b, verdict: 'SAME', keep: a } }, analyst.token)).judgeDuplicate;
  await ok('query($id: ID!) { entity(id: $id) { id } }', { id: merged.duplicateId }, analyst.token);
  await ok('query($id: ID!) { resolvedDuplicates(entityId: $id) { id } }', { id: merged.survivorId }, analyst.token);
  await ok('mutation($id: ID!) { undoResolution(duplicateId: $id) { movedLinks } }', { id: merged.duplicateId }, analyst.token);
  // Document ingest: a document, the same text again, its mentions and review queue, and each review.
  const ingest = 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { sourceId created } }';
  const documentText = `Access modes ${run}: Operation Accessmode${run} was led by Europol in May 2016. The Joint Access Office Against Threats (JAOAT) met. Europol counted 1,200 migrants in Italy.`;
  const ingested = (await ok(ingest, { input: { text: documentText, title: `Access modes ${run}`, marking: 'PUBLIC' } }, analyst.token)).ingestDocument;
  ingestedSource = ingested.sourceId;
  await ok(ingest, { input: { text: documentText, title: `Access modes ${run}`, marking: 'PUBLIC' } }, analyst.token);
  await ok('query($id: ID!) { documentMentions(sourceId: $id) { entityId } }', { id: ingested.sourceId }, analyst.token);
  const queue = (await ok('query($id: ID) { reviewQueue(sourceId: $id, first: 10) { candidates { id reason } } }', { id: ingested.sourceId }, analyst.token)).reviewQueue.candidates as { id: string; reason: string }[];
  const review = 'mutation($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { entityId linkId } }';
  await ok('mutation($input: EditCandidateInput!) { editCandidate(input: $input) { id } }', { input: { id: queue[0]!.id, text: 'Accessmode office' } }, analyst.token);
  await ok(review, { input: { id: queue[0]!.id, as: 'ALIAS', entityId: a } }, analyst.token);
  const accepted = (await ok(review, { input: { id: queue[1]!.id, as: 'LINK', linkType: 'PARTNER_OF', from: a, to: b } }, analyst.token)).acceptCandidate;
  await ok('mutation($id: ID!) { deleteLink(id: $id) { deleted } }', { id: accepted.linkId }, analyst.token);
  await ok('mutation($id: ID!) { rejectCandidate(id: $id) { id } }', { id: queue[2]!.id }, analyst.token);
  // Saved views: save, list, open; raising a held entity's marking raises the view's; delete.
  const viewState = { ids: [a, b], layout: 'force', hiddenKinds: [], hiddenTypes: [], hiddenIds: [], pinnedIds: [], timeRange: null, selectedId: null };
  const viewId: string = (await ok('mutation($input: SavedViewInput!) { saveView(input: $input) { id } }', { input: { name: `Access modes ${run}`, state: viewState, positions: {} } }, analyst.token)).saveView.id;
  await ok('{ views { id } }', {}, analyst.token);
  await ok('query($id: ID!) { view(id: $id) { id state } }', { id: viewId }, analyst.token);
  // Notes: on an entity and on a relationship, read by target, on the entity and link types and
  // by search; raised with the entity (below), deleted, and deleted with what they are about.
  const noteLink = (await ok('mutation($input: LinkInput!) { upsertLink(input: $input) { id } }', { input: { type: 'PARTNER_OF', from: a, to: b, evidence } }, analyst.token)).upsertLink.id;
  const addNote = 'mutation($input: NoteInput!) { addNote(input: $input) { id } }';
  const noteId: string = (await ok(addNote, { input: { targetId: a, text: `Access modes note ${run}` } }, analyst.token)).addNote.id;
  await ok(addNote, { input: { targetId: noteLink, text: `Access modes link note ${run}` } }, analyst.token);
  await ok(addNote, { input: { targetId: b, text: `Access modes note on B ${run}` } }, analyst.token);
  await ok('query($ids: [ID!]!) { notes(targetIds: $ids) { id mine } }', { ids: [a, noteLink] }, analyst.token);
  await ok('query($q: String!) { searchNotes(query: $q) { note { id } entity { id } link { id from { id } } } }', { q: `access modes ${run}` }, analyst.token);
  await ok('mutation($id: ID!) { deleteNote(id: $id) { deleted } }', { id: noteId }, analyst.token);
  await ok(upsert, { input: { id: a, kind: 'Organisation', name: `Access mode A ${run}, renamed`, marking: 'RESTRICTED', evidence } }, analyst.token);
  await ok('mutation($id: ID!) { deleteLink(id: $id) { deleted } }', { id: noteLink }, analyst.token);
  await ok('mutation($id: ID!) { deleteView(id: $id) { deleted } }', { id: viewId }, analyst.token);
  for (const id of [a, b]) await ok('mutation($id: ID!) { deleteEntity(id: $id) { deleted } }', { id }, analyst.token);
  await removeIngestedDocument(db, ingestedSource);
  // Exports: a whole source's entities and links, and a selection grown by a hop.
  const exportGraph = 'mutation($scope: ExportScope!, $format: ExportFormat!) { exportGraph(scope: $scope, format: $format) { entities links } }';
  await ok(exportGraph, { scope: { source: SOURCE }, format: 'GRAPHML' }, analyst.token);
  await ok(exportGraph, { scope: { ids: ['org-europol'], depth: 1 }, format: 'CSV' }, analyst.token);
}, 300_000);

afterAll(async () => {
  // Only if the test stopped before its deleteEntity mutations.
  await db.writeText('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: made });
  if (ingestedSource) await removeIngestedDocument(db, ingestedSource);
  await db.close();
});

describe('access modes of everything the API sends', () => {
  it('sent many statements in both modes', () => {
    expect(sent.filter((s) => s.mode === 'READ').length).toBeGreaterThan(50);
    expect(sent.filter((s) => s.mode === 'WRITE').length).toBeGreaterThan(20);
  });

  it('sent no statement with a write clause in READ mode', () => {
    const wrong = sent.filter((s) => s.mode === 'READ' && writeClauseOf(s.cypher));
    expect(wrong.map((s) => `${writeClauseOf(s.cypher)}: ${staticName(s.cypher) ?? firstLine(s.cypher)}`)).toEqual([]);
  });

  it('sent no read in WRITE mode except the listed ones, each of which was needed', () => {
    const reads = sent.filter((s) => s.mode === 'WRITE' && !writeClauseOf(s.cypher));
    expect([...new Set(reads.filter((s) => !exceptionFor(s.cypher)).map((s) => staticName(s.cypher) ?? firstLine(s.cypher)))]).toEqual([]);
    const used = new Set(reads.map((s) => exceptionFor(s.cypher)?.query));
    expect(WRITE_MODE_READS.map((e) => e.query).filter((query) => !used.has(query))).toEqual([]);
  });

  it('sent every static query of the catalogue, so each was checked', async () => {
    const seen = new Set(sent.map((s) => staticName(s.cypher)));
    const engine = (await ok('{ centrality(top: 1) { engine } }')).centrality.engine as string;
    const gdsOnly = queries.map((query) => query.name).filter((n) => n.startsWith('analytics/gds-') && n !== 'analytics/gds-available');
    // Without GDS on this server its statements cannot be sent; their text is still held to READ mode by tests/unit/db-sessions.test.ts.
    const unreachable = new Set([...Object.keys(NOT_EXERCISED), ...(engine === 'GDS' ? [] : gdsOnly)]);
    expect(queries.map((query) => query.name).filter((n) => !seen.has(n) && !unreachable.has(n))).toEqual([]);
  });

  it('refuses, without sending it, a write in READ mode', async () => {
    const before = sent.length;
    await expect(db.readText('MATCH (n:Entity {id: $id}) SET n.touched = true', { id: 'org-europol' })).rejects.toBeInstanceOf(WriteInReadModeError);
    await expect(db.forRequest().readText('CREATE (:AccessModeProbe)')).rejects.toThrow(/CREATE in READ mode/);
    expect(sent.length).toBe(before);
  });
});

describe('read-your-writes', () => {
  it('chains the sessions of one request through one bookmark manager, and no other request', async () => {
    const request = db.forRequest();
    const other = db.forRequest();
    const from = sent.length;
    await request.writeText('MERGE (p:AccessModeProbe {id: $id}) SET p.at = timestamp() RETURN p.id AS id', { id: run });
    const [row] = await request.readText('MATCH (p:AccessModeProbe {id: $id}) RETURN p.id AS id', { id: run });
    await other.readText('RETURN 1 AS one');
    await request.writeText('MATCH (p:AccessModeProbe {id: $id}) DELETE p', { id: run });
    expect(row?.id).toBe(run);
    const [write, read, unrelated] = sent.slice(from);
    expect(write!.bookmarks).toBeDefined();
    expect(read!.bookmarks).toBe(write!.bookmarks);
    expect(unrelated!.bookmarks).not.toBe(write!.bookmarks);
    expect(await (write!.bookmarks as { getBookmarks(): Promise<string[]> }).getBookmarks()).not.toEqual([]);
  });
});

describe('the analytics instance (NEO4J_ANALYTICS_URI)', () => {
  it('receives every GDS statement, in READ mode, and nothing else', async () => {
    const neo4j = inject('neo4j');
    // The same server under a second address stands in for a cluster's GDS secondary.
    const split = new Db({ ...neo4j, local: false, analytics: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password } });
    const graphSide: Sent[] = [];
    const analyticsSide: Sent[] = [];
    watch(split.driver, graphSide);
    watch(split.analyticsDriver!, analyticsSide);
    try {
      const splitApp = testApp({}, split).app;
      const r = await gql(splitApp, '{ centrality(measure: DEGREE, top: 3) { engine scores { entity { id name } } } communities(top: 2) { engine } }');
      expect(r.errors).toBeUndefined();
      const named = (list: Sent[]) => list.map((s) => staticName(s.cypher) ?? firstLine(s.cypher));
      expect(analyticsSide.length).toBeGreaterThan(0);
      expect(analyticsSide.every((s) => s.mode === 'READ')).toBe(true);
      expect(named(analyticsSide).every((n) => n?.startsWith('analytics/gds-'))).toBe(true);
      expect(named(graphSide).filter((n) => n?.startsWith('analytics/gds-'))).toEqual([]);
      // The probe is asked of the analytics instance; the algorithms run there when it has GDS.
      expect(named(analyticsSide)).toContain('analytics/gds-available');
      if (r.data!.centrality.engine === 'GDS') expect(named(analyticsSide)).toEqual(expect.arrayContaining(['analytics/gds-degree', 'analytics/gds-louvain']));
      else expect(named(graphSide)).toContain('analytics/subgraph');
    } finally {
      await split.close();
    }
  });
});
