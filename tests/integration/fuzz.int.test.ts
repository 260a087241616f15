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
import { buildSchema } from '../../server/schema.ts';
import { graphFingerprint } from '../support/graph-fingerprint.ts';
import { gql, testApp, userToken } from '../support/graphql-client.ts';

const { app, db } = testApp();
const schema = buildSchema();
const RUNS_PER_FIELD = Number(process.env.FUZZ_RUNS ?? 12);

const ALLOWED_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'QUERY_TOO_COSTLY', 'FORBIDDEN']);
const LEAKS = /Neo4jError|Neo\.(Client|Transient|Database)Error|node_modules|\.ts:\d+|\bat [\w.<>]+ \(|cypher\/queries|apoc\.|SyntaxError: Invalid input/;

const REAL_IDS = ['org-europol', 'op-hydra', 'crime-migrant-smuggling'];

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
        const query = operationFor(kind, field);
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
          }),
          { numRuns: RUNS_PER_FIELD, endOnFailure: true },
        );
      });
    }
  }
});
