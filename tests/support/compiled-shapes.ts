/**
 * Representative selections of every compiled root field, and the Cypher the server compiles
 * for each: executed against the real executable schema with a database that records what it
 * is sent instead of answering. Used by the snapshot test of the compiler, by the test that
 * holds every query to the visibility rule, and by the one that EXPLAINs them in Neo4j.
 */
import { createRequire } from 'node:module';
import type { AppContext } from '../../server/context.ts';
import type { Db } from '../../server/db/driver.ts';
import { buildSchema } from '../../server/schema.ts';

// The schema's own copy of graphql: test runners may load a second one, and graphql refuses a
// schema made by another copy.
const { execute, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export const REPRESENTATIVE_SELECTIONS: Record<string, string> = {
  'entity, scalar fields': '{ entity(id: "org-europol") { id kind name aliases description marking } }',
  'entity, kind fields through a fragment': '{ entity(id: "op-hydra") { id ... on Operation { opType startDate region } ... on Organisation { orgType } } }',
  'operation with leaders, participants, targets and their evidence': `{ entity(id: "op-hydra") { id name sources { source { id title } quotes }
    ... on Operation { ledBy { node { id name } evidence { sourceId quote date modality source { id title } } } participants { role node { id name } } targets { node { id kind name } } } } }`,
  'aliased relationship pages and a connection': `{ entity(id: "org-interpol") { ... on Organisation {
    a: partners(first: 2) { node { id } } b: partners(first: 3, after: "bzox") { node { id } }
    partnersConnection(first: 5) { totalCount pageInfo { hasNextPage endCursor } links { id direction node { name } } } } } }`,
  'generic links with filters': '{ entity(id: "loc-libya") { links(types: [PASSES_THROUGH, DEPARTS_FROM], direction: IN, kinds: [Route], first: 10) { type caption direction marking node { id } } linksConnection(includeStructural: true) { totalCount } degree } }',
  'two levels of partners': '{ entity(id: "org-interpol") { ... on Organisation { partners { node { name ... on Organisation { partners { node { name } } } } } } } }',
  'three nested levels': `{ entity(id: "route-central-mediterranean") { ... on Route { stages { order type location { name ... on Location { routesArriving { node { name figures { value unit } } } } } } } } }`,
  'route stages and figures': '{ entity(id: "route-central-mediterranean") { name figures { name value unit period year } ... on Route { mode stages { order type evidence { quote } location { name ... on Location { iso2 latitude longitude } } } } } }',
  'entities by ids': '{ entities(ids: ["org-europol", "op-hydra"]) { id name evidence { quote } } }',
  'list by start date with totalCount': '{ operations(orderBy: { field: START_DATE, direction: DESC }, first: 5) { totalCount pageInfo { hasNextPage endCursor } nodes { id name startDate } } }',
  'list filtered by source and property, edges': '{ organisations(filter: { source: "004_7cf82133f37c6018", nameContains: "euro" }, first: 100) { edges { cursor node { id name ... on Organisation { partners { node { id } } basedIn { node { id } } } } } } }',
  'entity and link notes': '{ entity(id: "org-europol") { id notes(first: 5) { id text author createdAt marking targetId targetType } links(first: 3) { id notes { id text } } } }',
  'search hits over notes, with what they are about': '{ searchNotes(query: "boat", limit: 20) { score highlight note { id text author } entity { id kind name } link { id type caption from { id name } to { id kind name } } } }',
  'search hits': '{ search(query: "smuggling centre", kinds: [Organisation], limit: 50) { score matchedField highlight entity { id kind name aliases } } }',
  'neighbourhood, ids only': '{ neighbourhood(ids: ["org-europol"], depth: 2, limit: 500) { nodes { id } } }',
  'neighbourhood, explorer fields': `{ neighbourhood(ids: ["loc-libya"], depth: 1, limit: 25, excludeIds: ["org-europol"], kinds: [Organisation, Route]) { truncated totalNodes
    nodes { id kind label degree distance evidenceCount latitude longitude date marking entity { id ... on Location { iso2 } } }
    edges { id source target type label weight share year order linkKind marking evidenceCount evidence { sourceId quote } } } }`,
  'subgraph': '{ subgraph(ids: ["org-europol", "op-hydra", "org-interpol"], connectTo: ["loc-libya"], includeStructural: true) { nodes { id label degree } edges { id source target type } } }',
  'paths with evidence': `{ paths(from: "op-hydra", to: "org-europol", mode: K_SHORTEST, k: 3, maxHops: 4) {
    paths { length nodes { id kind label } edges { source target type label evidence { sourceId quote } } } graph { nodes { id } edges { id } } } }`,
  'one shortest path': '{ paths(from: "op-hydra", to: "org-europol") { paths { length nodes { id } } } }',
  'all shortest paths': '{ paths(from: "op-hydra", to: "org-europol", mode: ALL_SHORTEST) { paths { length } } }',
  'polycriminality': `{ polycriminality(crimeTypeId: "crime-migrant-smuggling", year: 2015) { years crimeType { name }
    links { rank share linkKind crimeType { name } figure { value unit period scope base } evidence { quote } sources { source { id } quotes } }
    graph { nodes { id label } edges { id weight } } } }`,
  'a suspect: networks with roles, identifiers, contacts': `{ entity(id: "per-r-syn-p000001") { ... on Person { memberOf(first: 5) { role node { id name } }
    identifiersConnection(first: 5) { totalCount links { node { id name } } }
    contacts(first: 10, after: "bzo5") { totalCount pageInfo { hasNextPage endCursor } contacts { communications records lastDate person { id name } } } } } }`,
  'a network: members by role and central members': `{ entity(id: "net-r-syn-n0001") { ... on Network { membersByRole { roleId count role { name } members(first: 3) { id name } }
    centralMembers(first: 10) { degree communications roleId role { name } person { id name } } } } }`,
  'suspects linked to two crime types': '{ suspectsLinkedToBoth(crimeA: "crime-drug-trafficking", crimeB: "crime-human-trafficking", first: 10) { totalCount pageInfo { hasNextPage } nodes { id name } edges { cursor node { id } } } }',
  'hotspots of a route': '{ routeHotspots(routeId: "route-central-mediterranean", first: 10) { suspects networks hotspot { id name ... on Location { latitude longitude } } } }',
  'suspect polycriminality': '{ suspectPolycriminality(year: 2015) { year polycriminalSuspects crimes { suspects share publishedShare crimeType { id name } } } }',
  'shared connections': '{ sharedConnections(first: "crime-migrant-smuggling", second: "crime-human-trafficking") { entity { id kind name } toFirst { type node { id } } toSecond { type evidence { quote } } } }',
};

export interface RecordedQuery {
  name: string;
  cypher: string;
  params: Record<string, unknown>;
}

/** Compiles every representative selection (markings as a viewer with the given ones sees them). */
export async function compiledShapes(markings: string[] = ['PUBLIC', 'RESTRICTED', 'CONFIDENTIAL']): Promise<RecordedQuery[]> {
  const schema = buildSchema();
  const recorded: RecordedQuery[] = [];
  for (const [name, source] of Object.entries(REPRESENTATIVE_SELECTIONS)) {
    const record = async (cypher: string, params: Record<string, unknown> = {}) => {
      recorded.push({ name, cypher, params });
      return [];
    };
    // Named static queries (a lookup's follow-up for a merged id) are in the catalogue already.
    const db = { readText: record, read: async () => [], queryCount: 0 } as unknown as Db;
    const ctx: AppContext = { db, viewer: { markings, identity: { name: 'shapes', role: 'viewer', clearance: 'CONFIDENTIAL' } as never }, analyticsEngine: 'in-process' };
    const result = await execute({ schema, document: parse(source), contextValue: ctx });
    // A root field that finds nothing may answer null or raise NOT_FOUND; the query was still sent.
    const unexpected = (result.errors ?? []).filter((e) => e.extensions?.code !== 'NOT_FOUND' && !/non-nullable/i.test(e.message));
    if (unexpected.length) throw new Error(`${name}: ${unexpected.map((e) => e.message).join('; ')}`);
  }
  return recorded;
}
