/**
 * The model's value lists are GraphQL enums over the values the database stores: filters take
 * enum names, fields answer them, writes store the model's values.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enumValueName, linkPropertyNames } from '../../server/domain/derive-graphql.ts';
import { gql, testApp, userToken } from '../support/graphql-client.ts';

const { app, db } = testApp();
const run = randomBytes(3).toString('hex');
const SOURCE = '004_7cf82133f37c6018';
const ids = { operation: `op-enum-test-${run}`, crime: `crime-enum-test-${run}`, other: `crime-enum-other-${run}` };
let analyst: string;

beforeAll(async () => {
  analyst = (await userToken(db, 'analyst', 'CONFIDENTIAL')).token;
});

afterAll(async () => {
  for (const id of Object.values(ids)) await gql(app, 'mutation($id: ID!) { deleteEntity(id: $id) { deleted } }', { id }, analyst);
  await db.close();
});

const storedIds = async (cypher: string) => (await db.readText(cypher)).map((row) => row.id as string).sort();

describe('enums of the model\'s value lists', () => {
  it('filters a list by an enum value, given literally or as a variable', async () => {
    const literal = await gql(app, '{ operations(filter: { opType: JOINT_ACTION_DAY }, first: 100) { nodes { id opType } } }');
    expect(literal.errors).toBeUndefined();
    const nodes = literal.data!.operations.nodes as { id: string; opType: string }[];
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) expect(node.opType).toBe('JOINT_ACTION_DAY');
    expect(nodes.map((n) => n.id).sort()).toEqual(await storedIds("MATCH (o:Operation {opType: 'joint-action-day'}) RETURN o.id AS id"));

    const variable = await gql(app, 'query($t: OperationType) { operations(filter: { opType: $t }, first: 100) { nodes { id } } }', { t: 'JOINT_ACTION_DAY' });
    expect(variable.data!.operations.nodes.map((n: { id: string }) => n.id).sort()).toEqual(nodes.map((n) => n.id).sort());
  });

  it('refuses the stored spelling where the enum is expected', async () => {
    const literal = await gql(app, '{ operations(filter: { opType: "joint-action-day" }) { nodes { id } } }');
    expect(literal.errors?.[0]?.message).toMatch(/OperationType/);
    const variable = await gql(app, 'query($t: OperationType) { operations(filter: { opType: $t }) { nodes { id } } }', { t: 'joint-action-day' });
    expect(variable.errors?.[0]?.message).toMatch(/OperationType/);
  });

  it('answers the enum name of every stored value', async () => {
    const r = await gql(app, '{ organisations(first: 100) { nodes { id orgType marking evidence { modality } } } }');
    expect(r.errors).toBeUndefined();
    const rows = await db.readText('MATCH (o:Organisation) RETURN o.id AS id, o.orgType AS orgType, o.evidenceModalities AS modalities');
    const stored = new Map(rows.map((row) => [row.id as string, row]));
    const nodes = r.data!.organisations.nodes as { id: string; orgType: string | null; evidence: { modality: string }[] }[];
    expect(nodes.some((n) => n.orgType === 'INTERNATIONAL_ORGANISATION')).toBe(true);
    for (const node of nodes) {
      const row = stored.get(node.id)!;
      expect(node.orgType).toBe(row.orgType ? enumValueName(row.orgType as string) : null);
      expect(node.evidence.map((e) => e.modality)).toEqual(((row.modalities as string[] | null) ?? []).map((m) => enumValueName(m || 'reported')));
    }
  });

  it('stores the model\'s values of enum inputs', async () => {
    const entity = await gql(app, `mutation($input: EntityInput!) { upsertEntity(input: $input) { id ... on Operation { opType evidence { modality } } } }`, {
      input: {
        id: ids.operation,
        kind: 'Operation',
        name: `Enum test day ${run}`,
        properties: { opType: 'joint-action-day' },
        evidence: [{ sourceId: SOURCE, quote: 'an estimated test quote', modality: 'ESTIMATED' }],
      },
    }, analyst);
    expect(entity.errors).toBeUndefined();
    // A new entity's id is the one suggested and a suffix the server makes.
    expect(entity.data!.upsertEntity).toEqual({ id: expect.stringMatching(new RegExp(`^${ids.operation}-[0-9a-f]{6}$`)), opType: 'JOINT_ACTION_DAY', evidence: [{ modality: 'ESTIMATED' }] });
    ids.operation = entity.data!.upsertEntity.id;
    const [row] = await db.readText('MATCH (o:Operation {id: $id}) RETURN o.opType AS opType, o.evidenceModalities AS modalities', { id: ids.operation });
    expect(row).toEqual({ opType: 'joint-action-day', modalities: ['estimated'] });

    for (const key of ['crime', 'other'] as const) {
      const made = await gql(app, 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }', {
        input: { id: ids[key], kind: 'CrimeType', name: `Enum test crime ${ids[key]}`, evidence: [{ sourceId: SOURCE, quote: 'a test quote' }] },
      }, analyst);
      expect(made.errors).toBeUndefined();
      ids[key] = made.data!.upsertEntity.id;
    }
    const link = await gql(app, `mutation { upsertLink(input: { type: LINKED_TO, from: "${ids.crime}", to: "${ids.other}", share: 12.5, year: 2015, linkKind: SHARED_ACTORS,
      evidence: [{ sourceId: "${SOURCE}", quote: "a test quote", modality: EXPECTED }] }) { type share year linkKind evidence { modality } } }`, undefined, analyst);
    expect(link.errors).toBeUndefined();
    expect(link.data!.upsertLink).toEqual({ type: 'LINKED_TO', share: 12.5, year: 2015, linkKind: 'SHARED_ACTORS', evidence: [{ modality: 'EXPECTED' }] });
    const [rel] = await db.readText('MATCH (:CrimeType {id: $id})-[r:LINKED_TO]->() RETURN r.linkKind AS linkKind, r.evidenceModalities AS modalities', { id: ids.crime });
    expect(rel).toEqual({ linkKind: 'SHARED_ACTORS', modalities: ['expected'] });

    const wrong = await gql(app, `mutation { upsertLink(input: { type: INVOLVED, from: "${ids.operation}", to: "org-europol", linkKind: SHARED_ACTORS,
      evidence: [{ sourceId: "${SOURCE}", quote: "a test quote" }] }) { id } }`, undefined, analyst);
    expect(wrong.errors?.[0]?.message).toMatch(/INVOLVED has no property "linkKind"/);
  });

  it('answers every link property on links and drawn edges', async () => {
    const fields = linkPropertyNames().join(' ');
    const r = await gql(app, `{
      entity(id: "route-central-mediterranean") { ... on Route { passesThrough(first: 1) { ${fields} } } }
      neighbourhood(ids: ["crime-migrant-smuggling"], relationshipTypes: [LINKED_TO], limit: 20) { edges { type ${fields} } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.entity.passesThrough[0].order).toBeGreaterThan(0);
    const linked = r.data!.neighbourhood.edges.filter((e: { type: string }) => e.type === 'LINKED_TO');
    expect(linked.some((e: { linkKind: string | null }) => e.linkKind === 'SHARED_ACTORS')).toBe(true);
  });
});
