/**
 * Property-based fuzzing of every argument of every root field with hostile values: random
 * Unicode, megabyte strings, Cypher and Lucene metacharacters, backticks, $, null bytes,
 * invalid ids, negative and huge numbers, deeply nested input objects. Every response must be
 * a correct result or a GraphQL error with a known code: never a 5xx, a stack trace or a
 * database message; and the graph must be unchanged afterwards.
 */
import fc from 'fast-check';
import type { GraphQLArgument, GraphQLField, GraphQLInputType, GraphQLNamedType, GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKINGS } from '../../server/domain/model.ts';
import { buildSchema } from '../../server/schema.ts';
import { removeIngestedDocument } from '../../server/ingest/ingest-document.ts';
import { graphFingerprint } from '../support/graph-fingerprint.ts';
import { gql, testApp, userToken } from '../support/graphql-client.ts';

const { app, db } = testApp();
const schema = buildSchema();
const RUNS_PER_FIELD = Number(process.env.FUZZ_RUNS ?? 12);

const ALLOWED_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'QUERY_TOO_COSTLY', 'FORBIDDEN']);
const LEAKS = /Neo4jError|Neo\.(Client|Transient|Database)Error|node_modules|\.ts:\d+|\bat [\w.<>]+ \(|cypher\/queries|apoc\.|SyntaxError: Invalid input/;

const REAL_IDS = ['org-europol', 'op-hydra', 'crime-migrant-smuggling'];
const MARKING_NAMES = [...MARKINGS];

const hostileStrings = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      "' OR 1=1 //", '"}) MATCH (n) DETACH DELETE n //', '`Entity`) DETACH DELETE n //', '$markings', '{{LABEL}}', '{{TYPE}}',
      '\u0000', 'a\u0000b', '*', '?', '~', 'name:*', 'a AND OR NOT', '(((', ')))', '[1 TO 9]', '\\', '/.*/', '"', '^9', ':', '&&||!',
      'org-europol', 'op-hydra', 'crime-migrant-smuggling', '', ' ', '%00', '../../etc/passwd', '<script>alert(1)</script>',
      'sgt_AAAAAAAAAAAA.' + 'A'.repeat(43), '9'.repeat(400), 'ö'.repeat(300), '\u202e\u200b\ufeff', '🦜'.repeat(50),
    ),
  },
);

/** At the top level of an argument, now and then a megabyte string. */
const hostileTopStrings = fc.oneof({ weight: 12, arbitrary: hostileStrings }, { weight: 1, arbitrary: fc.constant('x'.repeat(1024 * 1024)) });

const hostileInts = fc.oneof(
  fc.integer({ min: -5, max: 20 }),
  fc.constantFrom(-1, 0, 2_147_483_647, -2_147_483_648, 1_000_000),
  fc.integer(),
);

const hostileFloats = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(-1, 0, 1e308, -1e-308, 22.5));

function unwrap(type: GraphQLInputType): { named: GraphQLNamedType; list: boolean; nonNull: boolean } {
  let t: any = type;
  let nonNull = false;
  let list = false;
  if (t.constructor.name === 'GraphQLNonNull') {
    nonNull = true;
    t = t.ofType;
  }
  if (t.constructor.name === 'GraphQLList') {
    list = true;
    t = t.ofType;
    if (t.constructor.name === 'GraphQLNonNull') t = t.ofType;
  }
  return { named: t, list, nonNull };
}

/** A hostile value for an input type; objects nest up to `depth` levels of their own fields. */
function valueFor(type: GraphQLInputType, depth: number, top = false): fc.Arbitrary<unknown> {
  const { named, list, nonNull } = unwrap(type);
  const single = namedValue(named, depth, top && !list);
  const value = list ? fc.oneof(fc.array(single, { maxLength: 5 }), { weight: 1, arbitrary: fc.array(single, { minLength: 150, maxLength: 150 }) }) : single;
  return nonNull ? value : fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
}

function namedValue(named: GraphQLNamedType, depth: number, top: boolean): fc.Arbitrary<unknown> {
  const any = named as any;
  if (typeof any.getValues === 'function') {
    const values = any.getValues().map((v: { name: string }) => v.name);
    return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: hostileStrings });
  }
  if (typeof any.getFields === 'function') {
    const fields = Object.values(any.getFields()) as { name: string; type: GraphQLInputType }[];
    if (depth <= 0) return fc.constant({});
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, depth - 1)])), { requiredKeys: fields.filter((f) => unwrap(f.type).nonNull).map((f) => f.name) });
  }
  switch (named.name) {
    case 'Int': return fc.oneof({ weight: 5, arbitrary: hostileInts }, { weight: 1, arbitrary: hostileStrings });
    case 'Float': return hostileFloats;
    case 'Boolean': return fc.oneof({ weight: 5, arbitrary: fc.boolean() }, { weight: 1, arbitrary: hostileInts });
    case 'JSONObject': return fc.oneof(fc.dictionary(hostileStrings.filter((s) => s.length < 100), fc.oneof(hostileStrings, hostileInts, fc.constant(null))), fc.object({ maxDepth: 6 }));
    default: return top ? hostileTopStrings : hostileStrings;
  }
}

function graphqlTypeName(type: GraphQLInputType): string {
  return String(type);
}

/** The smallest selection that is valid for a field's return type. */
function selectionFor(field: GraphQLField<unknown, unknown>): string {
  let t: any = field.type;
  while (t.ofType) t = t.ofType;
  return typeof t.getFields === 'function' || typeof t.getTypes === 'function' ? '{ __typename }' : '';
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args as readonly GraphQLArgument[];
  const variables = args.map((a) => `$${a.name}: ${graphqlTypeName(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${variables ? `(${variables})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selectionFor(field)} }`;
}

const fingerprint = async () => (await graphFingerprint(db)).digest;

let before: string;
let analyst: string;

beforeAll(async () => {
  before = await fingerprint();
  analyst = (await userToken(db, 'analyst', 'CONFIDENTIAL')).token;
});

afterAll(async () => {
  expect(await fingerprint()).toBe(before);
  await db.close();
});

const roots: { kind: 'query' | 'mutation'; type: GraphQLObjectType }[] = [
  { kind: 'query', type: schema.getQueryType()! },
  { kind: 'mutation', type: schema.getMutationType()! },
];

describe('hostile arguments', () => {
  for (const { kind, type } of roots) {
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      // Knowledge writes run as an analyst (any accepted write would change the checksum: none may
      // succeed with random sources); user management runs as an admin; reads as an admin too.
      const asAnalyst = ['upsertEntity', 'deleteEntity', 'upsertLink', 'deleteLink'].includes(field.name);
      it(`${kind} ${field.name}(${field.args.map((a) => a.name).join(', ')})`, async () => {
        // An ingest answers with the document it wrote, to be removed again below.
        const query = field.name === 'ingestDocument' ? operationFor(kind, field).replace('{ __typename }', '{ sourceId }')
          : field.name === 'addNote' ? operationFor(kind, field).replace('{ __typename }', '{ id }') : operationFor(kind, field);
        const variables = fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueFor(a.type, 4, true)])));
        await fc.assert(
          fc.asyncProperty(variables, async (vars) => {
            // Writes with real ids could legitimately change the graph (deleting Europol is a
            // valid request for an analyst); hostile input is what is tested here.
            if (asAnalyst) fc.pre(!REAL_IDS.some((id) => JSON.stringify(vars).includes(id)));
            const r = await gql(app, query, vars as Record<string, unknown>, asAnalyst ? analyst : undefined);
            expect(r.status).toBeLessThan(500);
            const text = JSON.stringify(r.errors ?? []);
            expect(text).not.toMatch(LEAKS);
            for (const error of r.errors ?? []) {
              expect(ALLOWED_CODES, `${error.extensions?.code}: ${error.message.slice(0, 200)}`).toContain(error.extensions?.code);
            }
            if (!r.errors) expect(r.data).toBeTruthy();
            // A hostile text is still a text: an accepted ingest is removed again, so the graph is unchanged.
            const ingested = (r.data as { ingestDocument?: { sourceId?: string } } | undefined)?.ingestDocument?.sourceId;
            if (field.name === 'ingestDocument' && ingested) await removeIngestedDocument(db, ingested);
            // So is a note on a real entity: it is removed again.
            const noted = (r.data as { addNote?: { id?: string } } | undefined)?.addNote?.id;
            if (field.name === 'addNote' && noted) await db.writeText('MATCH (n:Note {id: $id}) DELETE n', { id: noted });
          }),
          { numRuns: RUNS_PER_FIELD, endOnFailure: true },
        );
      });
    }
  }
});

/**
 * Writes of a lower-cleared user aimed at what only a higher-cleared one sees: hidden entities of
 * several kinds, hidden links between and from visible entities, hidden quotes on visible
 * entities, all in random combinations. As the higher-cleared user sees it, that part of the
 * graph is unchanged: what the lower-cleared user may do is refused, or make something new
 * (removed again, by the ids answered, before the comparison).
 */
describe('writes of a lower-cleared user against hidden targets', () => {
  const run = Math.random().toString(16).slice(2, 8);
  const SOURCE = '004_7cf82133f37c6018';
  const fixture: Record<string, string> = {};
  const hiddenLinks: string[] = [];
  const createdEntities: string[] = [];
  const createdLinks: string[] = [];
  let lower: string;
  let scoped: string;
  const scopedFingerprint = async () => (await graphFingerprint(db, { ids: Object.values(fixture) })).digest;

  const write = async (query: string, input: Record<string, unknown>) => {
    const r = await gql(app, query, { input }, analyst);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return (Object.values(r.data!)[0] as { id: string }).id;
  };
  const ENTITY = 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }';
  const LINK = 'mutation($input: LinkInput!) { upsertLink(input: $input) { id } }';

  beforeAll(async () => {
    lower = (await userToken(db, 'analyst', 'PUBLIC')).token;
    const note = (text: string, marking?: string) => ({ sourceId: SOURCE, quote: `${text} ${run}`, ...(marking ? { marking } : {}) });
    fixture.doc = await write(ENTITY, { id: `doc-fuzz-${run}`, kind: 'Source', name: `Fuzz file ${run}`, marking: 'CONFIDENTIAL', properties: { title: 'Fuzz file' }, evidence: [{ sourceId: `doc-fuzz-${run}`, quote: `the fuzz file ${run}` }] });
    fixture.a = await write(ENTITY, { id: `org-fuzz-a-${run}`, kind: 'Organisation', name: `Fuzz A ${run}`, evidence: [note('public'), note('hidden quote', 'CONFIDENTIAL'), { sourceId: fixture.doc, quote: `from the hidden file ${run}` }] });
    fixture.b = await write(ENTITY, { id: `org-fuzz-b-${run}`, kind: 'Organisation', name: `Fuzz B ${run}`, evidence: [note('public'), note('restricted quote', 'RESTRICTED')] });
    fixture.hidden = await write(ENTITY, { id: `org-fuzz-hidden-${run}`, kind: 'Organisation', name: `Fuzz hidden ${run}`, marking: 'CONFIDENTIAL', evidence: [note('hidden')] });
    fixture.op = await write(ENTITY, { id: `op-fuzz-${run}`, kind: 'Operation', name: `Fuzz operation ${run}`, marking: 'RESTRICTED', evidence: [note('restricted')] });
    fixture.figure = await write(ENTITY, { id: `fig-fuzz-${run}`, kind: 'Figure', name: `Fuzz figure ${run}`, marking: 'CONFIDENTIAL', properties: { value: 7, unit: 'percent' }, evidence: [note('figure')] });
    hiddenLinks.push(
      await write(LINK, { type: 'PARTNER_OF', from: fixture.a, to: fixture.b, marking: 'CONFIDENTIAL', evidence: [note('hidden partnership')] }),
      await write(LINK, { type: 'PARTNER_OF', from: fixture.b, to: fixture.a, marking: 'RESTRICTED', evidence: [note('restricted partnership')] }),
      await write(LINK, { type: 'PARTNER_OF', from: fixture.a, to: fixture.hidden, marking: 'CONFIDENTIAL', evidence: [note('partner of hidden')] }),
      await write(LINK, { type: 'INVOLVED', from: fixture.op, to: fixture.a, marking: 'RESTRICTED', evidence: [note('involved')] }),
      await write(LINK, { type: 'MEASURES', from: fixture.figure, to: fixture.b, marking: 'CONFIDENTIAL', evidence: [note('measures')] }),
    );
    scoped = await scopedFingerprint();
  });

  afterAll(async () => {
    await db.writeText('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: [...Object.values(fixture), ...createdEntities] });
  });

  it('leaves the hidden part of the graph as the higher-cleared user sees it', async () => {
    const hiddenIds = () => [fixture.hidden!, fixture.op!, fixture.figure!, fixture.doc!];
    const anyId = () => fc.constantFrom(...hiddenIds(), fixture.a!, fixture.b!, ...hiddenLinks, `${fixture.a}|PARTNER_OF|${fixture.b}`, `org-fuzz-unused-${run}`);
    const evidence = fc.array(fc.record({
      sourceId: fc.oneof({ weight: 4, arbitrary: fc.constant(SOURCE) }, { weight: 1, arbitrary: fc.constant(fixture.doc!) }, { weight: 1, arbitrary: hostileStrings }),
      quote: fc.oneof({ weight: 4, arbitrary: fc.constant(`fuzz quote ${run}`) }, { weight: 1, arbitrary: hostileStrings }),
      marking: fc.oneof({ weight: 4, arbitrary: fc.constant('PUBLIC') }, { weight: 1, arbitrary: fc.constantFrom(...MARKING_NAMES) }),
    }, { requiredKeys: ['sourceId', 'quote'] }), { minLength: 1, maxLength: 3 });
    // Link ends mostly the two visible entities hidden links join: a write there must make a new link.
    const end = () => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(fixture.a!, fixture.b!) }, { weight: 1, arbitrary: anyId() });
    // Mostly what the lower-cleared user may write, now and then above it.
    const marking = fc.oneof({ weight: 4, arbitrary: fc.constant('PUBLIC') }, { weight: 1, arbitrary: fc.constantFrom(...MARKING_NAMES) });
    const kinds = (schema.getType('Kind') as any).getValues().map((v: { name: string }) => v.name) as string[];
    const types = (schema.getType('RelationshipType') as any).getValues().map((v: { name: string }) => v.name) as string[];
    // A hidden entity's id with its own kind and fitting properties, or any kind.
    const target = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.constantFrom(
          { id: fixture.hidden!, kind: 'Organisation', properties: {} },
          { id: fixture.op!, kind: 'Operation', properties: {} },
          { id: fixture.figure!, kind: 'Figure', properties: { value: 1, unit: 'percent' } },
          { id: fixture.doc!, kind: 'Source', properties: { title: 'x' } },
        ),
      },
      { weight: 1, arbitrary: fc.record({ id: fc.constantFrom(...hiddenIds()), kind: fc.constantFrom(...kinds), properties: fc.constantFrom({}, { value: 1, unit: 'percent' }, { title: 'x' }) }) },
    );
    const mutation = fc.oneof(
      fc.record({ field: fc.constant('upsertEntity'), input: fc.tuple(target, fc.record({ name: fc.oneof({ weight: 4, arbitrary: fc.constant(`Fuzz write ${run}`) }, { weight: 1, arbitrary: hostileStrings }), marking, evidence })).map(([t, rest]) => ({ ...t, ...rest })) }),
      fc.record({ field: fc.constant('upsertLink'), input: fc.record({ type: fc.oneof({ weight: 3, arbitrary: fc.constant('PARTNER_OF') }, { weight: 1, arbitrary: fc.constantFrom(...types) }), from: end(), to: end(), marking, evidence }) }),
      fc.record({ field: fc.constant('deleteEntity'), id: anyId() }),
      fc.record({ field: fc.constant('deleteLink'), id: anyId() }),
    );
    await fc.assert(
      fc.asyncProperty(mutation, async (m: any) => {
        const query = m.field === 'upsertEntity' ? ENTITY : m.field === 'upsertLink' ? LINK : `mutation($id: ID!) { ${m.field}(id: $id) { id } }`;
        const r = await gql(app, query, m.input ? { input: m.input } : { id: m.id }, lower);
        expect(r.status).toBeLessThan(500);
        expect(JSON.stringify(r.errors ?? [])).not.toMatch(LEAKS);
        for (const error of r.errors ?? []) expect(ALLOWED_CODES, `${error.extensions?.code}: ${error.message.slice(0, 200)}`).toContain(error.extensions?.code);
        // Nothing the lower-cleared user cannot see was deleted or named back to them.
        if (m.field.startsWith('delete')) expect(r.errors, `${m.field}(${m.id})`).toBeTruthy();
        const made = r.data?.[m.field]?.id as string | undefined;
        if (made) {
          expect([...Object.values(fixture), ...hiddenLinks]).not.toContain(made);
          (m.field === 'upsertEntity' ? createdEntities : createdLinks).push(made);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 12) * 5, endOnFailure: true },
    );
    expect(createdLinks.length + createdEntities.length, 'some writes were accepted (as new elements)').toBeGreaterThan(0);
    await db.writeText('MATCH ()-[r]->() WHERE r.id IN $ids DELETE r', { ids: createdLinks });
    await db.writeText('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: createdEntities });
    expect(await scopedFingerprint()).toBe(scoped);
  });
});
