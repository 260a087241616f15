/**
 * A document's full text is read under the one visibility rule: a viewer below the document's
 * marking gets the same answer as for a document that does not exist, and lists and search
 * leave the text out unless it is asked for.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash, DOCUMENTS_DIR } from '../../seed/document-texts.ts';
import { loadSeedGraph, readSeedFiles } from '../../seed/load.ts';
import { validateSeed } from '../../seed/validate.ts';
import { codes, gql, testApp, userToken } from '../support/graphql-client.ts';

const { app, db } = testApp();
const run = randomBytes(4).toString('hex');
const RESTRICTED_ID = `doc-test-restricted-${run}`;
const MISSING_ID = `doc-test-missing-${run}`;
const TEXT = `Restricted case file ${run}.\n\nThe handover took place in the harbour at night.`;

const TEXT_QUERY = /* GraphQL */ `query($id: ID!) {
  entity(id: $id) { id ... on Source { title text contentHash } }
  entities(ids: [$id]) { id ... on Source { text } }
}`;

let publicViewer: string;
let restrictedViewer: string;
let analyst: string;
const written: string[] = [];

beforeAll(async () => {
  publicViewer = (await userToken(db, 'viewer', 'PUBLIC')).token;
  restrictedViewer = (await userToken(db, 'viewer', 'RESTRICTED')).token;
  analyst = (await userToken(db, 'analyst', 'CONFIDENTIAL')).token;
  await db.writeText(
    /* Cypher */ `CREATE (s:Entity:Source {id: $id, kind: 'Source', name: $name, title: $name, aliases: [], marking: 'RESTRICTED', text: $text, contentHash: $hash})`,
    { id: RESTRICTED_ID, name: `Restricted case file ${run}`, text: TEXT, hash: contentHash(TEXT) },
  );
});

afterAll(async () => {
  for (const id of written) await gql(app, 'mutation($id: ID!) { deleteEntity(id: $id) { deleted } }', { id }, analyst);
  await db.writeText(/* Cypher */ 'MATCH (s:Entity:Source {id: $id}) DETACH DELETE s', { id: RESTRICTED_ID });
  await db.close();
});

describe('the text of a source document', () => {
  it('is read by a viewer cleared for the document, with its hash', async () => {
    const r = await gql(app, TEXT_QUERY, { id: RESTRICTED_ID }, restrictedViewer);
    expect(r.errors).toBeUndefined();
    expect(r.data!.entity).toEqual({ id: RESTRICTED_ID, title: `Restricted case file ${run}`, text: TEXT, contentHash: contentHash(TEXT) });
    expect(r.data!.entities).toEqual([{ id: RESTRICTED_ID, text: TEXT }]);
  });

  it('is not readable by a PUBLIC viewer, who gets the same answer as for a missing document', async () => {
    const restricted = await gql(app, TEXT_QUERY, { id: RESTRICTED_ID }, publicViewer);
    const missing = await gql(app, TEXT_QUERY, { id: MISSING_ID }, publicViewer);
    expect(restricted.status).toBe(200);
    expect(restricted.errors).toBeUndefined();
    expect(restricted.data).toEqual({ entity: null, entities: [] });
    expect(restricted).toEqual(missing);
    // Nor through the list of documents or search.
    const list = await gql(app, '{ sourceDocuments(first: 100) { nodes { id text } } }', undefined, publicViewer);
    expect(list.errors).toBeUndefined();
    expect(list.data!.sourceDocuments.nodes.map((n: { id: string }) => n.id)).not.toContain(RESTRICTED_ID);
    const found = await gql(app, `{ search(query: "Restricted case file ${run}") { entity { id } } }`, undefined, publicViewer);
    expect(found.errors).toBeUndefined();
    expect(JSON.stringify(found.data)).not.toContain(RESTRICTED_ID);
  });

  it('is there for the seeded public documents, as loaded from seed/documents', async () => {
    // Loaded again here, in case the database was loaded from an older seed since this run's setup.
    await loadSeedGraph(db, validateSeed(readSeedFiles()));
    const file = fs.readFileSync(path.join(DOCUMENTS_DIR, '004_7cf82133f37c6018.txt'), 'utf8');
    const r = await gql(app, TEXT_QUERY, { id: '004_7cf82133f37c6018' }, publicViewer);
    expect(r.errors).toBeUndefined();
    expect(r.data!.entity.title).toBe('Migrant Smuggling Networks: Joint Europol-INTERPOL Report, Executive Summary');
    expect(r.data!.entity.text).toBe(file);
    expect(r.data!.entity.contentHash).toBe(contentHash(file));
    // A list that does not ask for the text does not carry it.
    const list = await gql(app, '{ sourceDocuments(first: 10) { nodes { id title } } }', undefined, publicViewer);
    expect(list.data!.sourceDocuments.nodes.length).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(list.data)).not.toContain('Between 2014 and 2015');
  });

  it('gets its hash from the server when an analyst writes a document, and a given hash is refused', async () => {
    const UPSERT = /* GraphQL */ `mutation($input: EntityInput!) { upsertEntity(input: $input) { id ... on Source { text contentHash } } }`;
    const id = `doc-test-written-${run}`;
    const text = `Written case file ${run}: the boat left at dawn.`;
    const evidence = [{ sourceId: id, quote: 'the boat left at dawn' }];
    const r = await gql(app, UPSERT, { input: { id, kind: 'Source', name: `Written case file ${run}`, properties: { text }, evidence } }, analyst);
    expect(r.errors).toBeUndefined();
    written.push(r.data!.upsertEntity.id);
    expect(r.data!.upsertEntity).toMatchObject({ text, contentHash: contentHash(text) });
    const refused = await gql(app, UPSERT, { input: { kind: 'Source', name: `Forged hash ${run}`, properties: { text, contentHash: 'f'.repeat(64) }, evidence } }, analyst);
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.message).toContain('contentHash is computed from text');
  });
});
