/**
 * Every query the server can send (tests/support/query-catalogue.ts) is planned by the real
 * Neo4j: EXPLAIN, with parameters of the types the server sends, in a transaction that is
 * rolled back. A query the server completes (it ends with WITH, for roots or a compiled tail)
 * is planned with `RETURN *` appended. Compiled shapes bring their own parameters; static
 * queries take theirs from DUMMIES, by name, and a parameter missing there fails the test.
 */
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { Db, toNeo4jParams } from '../../server/db/driver.ts';
import { MARKINGS } from '../../server/domain/model.ts';
import { linkTypes, structuralTypes } from '../../server/domain/derive.ts';
import { allQueries } from '../support/query-catalogue.ts';
import { stripCypher } from '../support/visibility-audit.ts';

const db = new Db({ ...inject('neo4j'), local: false });
afterAll(() => db.close());

/** A value of the right type for each parameter name the static queries use (see their headers). */
const DUMMIES: Record<string, unknown> = {
  // visibility
  markings: ['PUBLIC', 'RESTRICTED'],
  hiddenMarkings: ['CONFIDENTIAL'],
  // credentials
  hash: '0'.repeat(64),
  // entities, graph, search, analytics
  id: 'org-europol',
  ids: ['org-europol'],
  otherId: null,
  kind: 'Organisation',
  kinds: ['Organisation', 'Operation'],
  types: [...linkTypes],
  relationshipTypes: [...linkTypes],
  structuralTypes: [...structuralTypes],
  excludeIds: [],
  from: 'org-europol',
  to: 'org-interpol',
  maxHops: 4,
  k: 3,
  depth: 1,
  limit: 10,
  skip: 0,
  nameContains: null,
  source: null,
  equals: {},
  orderBy: 'name',
  descending: false,
  query: 'name:europol^8',
  queries: ['name:(europol frontex) OR aliasesText:(europol frontex)'],
  index: 'entity_search',
  year: null,
  graphName: 'explain-only',
  top: 10,
  // case data
  crimeA: 'crime-drug-trafficking',
  crimeB: 'crime-human-trafficking',
  routeId: 'route-central-mediterranean',
  networkId: 'net-r-syn-n0001',
  names: ['Europol'],
  // writes and the seed
  props: { id: 'x', kind: 'Organisation', name: 'x', marking: 'PUBLIC' },
  mentions: [{ id: 'm', source: 's', props: {} }],
  sourceIds: [],
  discriminators: { order: null, year: null, linkKind: null },
  rows: [{ id: 'x', from: 'a', to: 'b', props: { id: 'x', marking: 'PUBLIC' } }],
  nodeIds: [],
  relIds: [],
  digest: 'explain-only',
  at: 0,
  entities: 0,
  relationships: 0,
  searchLabels: ['SearchExplainOnly'],
  searchLabelsByMarking: Object.fromEntries(MARKINGS.map((m) => [m, ['SearchExplainOnly']])),
  batch: 100,
  prefix: 'EXPLAIN|x|',
  // users, credentials, audit
  now: 0,
  name: 'explain-only',
  role: null,
  clearance: null,
  disable: false,
  credential: { id: 'sgt_explainonly1', userId: 'u', kind: 'token', hash: 'h', label: null, createdAt: 0, expiresAt: null },
  user: { id: 'u', name: 'explain-only', role: 'viewer', clearance: 'PUBLIC', createdAt: 0 },
  event: { id: 'e', at: 0, actor: 'a', action: 'sign-in', outcome: 'success', target: null, details: null, before: null, after: null },
  action: null,
  actor: null,
  before: null,
  beforeId: '',
  // saved views
  owner: 'explain-only',
  marking: 'RESTRICTED',
  lessStrict: ['PUBLIC'],
  // exports
  propertyKeys: ['name', 'aliases'],
  starts: ['org-europol'],
  refs: [],
  // document ingest
  sourceId: '004_7cf82133f37c6018',
  after: '',
  first: 20,
  type: 'PARTNER_OF',
  candidates: [{ id: 'cand-explain-only', sourceId: 's', kind: 'Organisation', text: 'x', key: 'Organisation|x', status: 'pending', marking: 'RESTRICTED' }],
  // notes
  targetIds: ['org-europol'],
  ends: ['org-europol', 'org-interpol'],
  note: { id: 'note-explainonly1', text: 'x', author: 'explain-only', createdAt: '', marking: 'PUBLIC', targetId: 'org-europol', targetType: 'entity', fromId: null, toId: null },
  noteSearchLabels: ['NoteSearchExplainOnly'],
  noteSearchLabelsByMarking: Object.fromEntries(MARKINGS.map((m) => [m, ['NoteSearchExplainOnly']])),
  // duplicates
  pair: 'explain-only-a explain-only-b',
  a: 'explain-only-a',
  b: 'explain-only-b',
  duplicate: 'explain-only-a',
  survivor: 'explain-only-b',
  judgement: { id: 'judgement-explain-only', pair: 'explain-only-a explain-only-b', a: 'explain-only-a', b: 'explain-only-b', verdict: 'unsure', judgedBy: 'explain-only', judgedAt: '', score: 1, reasons: [], marking: 'PUBLIC' },
  identifierTypes: ['document'],
  maxUsers: 5,
  view: { id: 'explainonl', name: 'x', owner: 'explain-only', savedAt: '', marking: 'PUBLIC', nodeCount: 1, shared: true, entityIds: ['org-europol'], state: '{}', positions: null },
};

const usedParameters = (cypher: string) => [...new Set([...stripCypher(cypher).matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))];

async function explain(cypher: string, params: Record<string, unknown>) {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction({ timeout: 30_000 });
  try {
    const result = await tx.run(`EXPLAIN\n${cypher}`, toNeo4jParams(params) as Record<string, unknown>);
    return result.summary.plan;
  } finally {
    await tx.rollback().catch(() => {});
    await session.close();
  }
}

const queries = await allQueries();

describe('EXPLAIN of every query the server can send', () => {
  it('has a dummy of the right type for every parameter of the static queries', () => {
    const missing = queries.filter((q) => q.origin === 'static')
      .flatMap((q) => usedParameters(q.cypher).filter((p) => !(p in DUMMIES)).map((p) => `${q.name}: $${p}`));
    expect(missing).toEqual([]);
  });

  it.each(queries.map((q) => [q.name, q] as const))('%s plans', async (_name, q) => {
    const params = q.params ?? Object.fromEntries(usedParameters(q.cypher).filter((p) => p in DUMMIES).map((p) => [p, DUMMIES[p]]));
    const plan = await explain(q.open ? `${q.cypher}\nRETURN *` : q.cypher, params);
    expect(plan).toBeTruthy();
  });
});
