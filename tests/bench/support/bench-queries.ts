/**
 * The query pairs of `npm run bench:api`: each asks our API and the @neo4j/graphql peer for the
 * same data in each API's own idiom (ours: `entity(id)` and typed link fields; the peer: its
 * generated `where` lists, connections with relationship properties, unions), and how to compare
 * the ids in both answers, so the benchmark can check once that they carry the same data.
 * Also the case-scale queries (our API only) and the entity lookups of the throughput runs.
 */
type Relationships = Readonly<Record<string, { readonly from: readonly string[]; readonly to: readonly string[] }>>;

export interface QueryPair {
  key: string;
  title: string;
  ours: string;
  peer: string;
  /**
   * How the ids of both answers (every `id` value in them, collectIds) are compared: in order, as
   * multisets, as sets, or by overlap (ranked search).
   */
  compare: 'ordered' | 'multiset' | 'set' | 'overlap';
}

/** Every value of an `id` key in a JSON answer, depth first, in document order. */
export function collectIds(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) collectIds(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string') out.push(v);
      else collectIds(v, out);
    }
  }
  return out;
}

/** `... on A { sel } ... on B { sel }` for every kind a union relationship of the peer may reach. */
function onEachTarget(relationships: Relationships, type: string, selection: string): string {
  const kinds = relationships[type]!.to;
  return kinds.length === 1 ? selection : kinds.map((k) => `... on ${k} { ${selection} }`).join(' ');
}

const OPERATION = 'op-second-operational-forum-on-countering-migrant-smuggling-networks';
const ROUTE = 'route-central-mediterranean';
export const SEARCH_TEXT = 'smuggling';
/**
 * What our API makes of the typed words (server/modules/search/lucene-query.ts: exact, prefix
 * and one-typo matches, names weighted first), used when the checkout's luceneQuery cannot be
 * called. The peer's @fulltext query passes its phrase to the index unchanged, so it is given
 * the Lucene query ours runs.
 */
export const SEARCH_TEXT_LUCENE = '(name:smuggling^8 OR name:smuggling*^4 OR aliasesText:smuggling^8 OR aliasesText:smuggling*^4 OR ' +
  'description:smuggling OR description:smuggling*^0.5 OR name:smuggling~1^2 OR aliasesText:smuggling~1^2 OR description:smuggling~1^0.3)';

/**
 * The pairs, for the model (server/domain/model.ts RELATIONSHIPS) the peer was generated from;
 * searchPhrase is the Lucene query ours builds from SEARCH_TEXT.
 */
export function queryPairs(relationships: Relationships, searchPhrase: string): QueryPair[] {
  const evidenceEdge = (type: string, selection: string) =>
    `edges { properties { evidenceSources evidenceQuotes } node { ${onEachTarget(relationships, type, selection)} } }`;
  return [
    {
      key: 'typename',
      title: '{ __typename } (fixed cost per request)',
      ours: '{ __typename }',
      peer: '{ __typename }',
      compare: 'ordered',
    },
    {
      key: 'entity-scalars',
      title: 'one entity, scalar fields',
      ours: '{ entity(id: "org-europol") { id kind name aliases description marking ... on Organisation { orgType headquarters founded mandate } } }',
      peer: '{ organisations(where: { id: { eq: "org-europol" } }) { id kind name aliases description marking orgType headquarters founded mandate } }',
      compare: 'ordered',
    },
    {
      key: 'operation-evidence',
      title: 'operation: leaders, participants, targets + evidence',
      ours: `{ entity(id: "${OPERATION}") { id name ... on Operation { startDate
        ledBy { node { id name } evidence { sourceId quote } }
        participants { node { id name } evidence { sourceId quote } }
        targets { node { id kind name } evidence { sourceId quote } } } } }`,
      peer: `{ operations(where: { id: { eq: "${OPERATION}" } }) { id name startDate
        ledByConnection { ${evidenceEdge('LED_BY', 'id name')} }
        participantsConnection { ${evidenceEdge('INVOLVED', 'id name')} }
        targetsConnection { ${evidenceEdge('TARGETS', 'id kind name')} } } }`,
      compare: 'multiset',
    },
    {
      key: 'operations-list',
      // Ascending: both put operations without a date last (ours always does, Cypher only when
      // ascending), and both break ties by name.
      title: '5 operations by start date + totalCount',
      ours: '{ operations(orderBy: { field: START_DATE, direction: ASC }, first: 5) { totalCount nodes { id name startDate } } }',
      peer: '{ operationsConnection(first: 5, sort: [{ startDate: ASC }, { name: ASC }]) { totalCount edges { node { id name startDate } } } }',
      compare: 'ordered',
    },
    {
      key: 'partners-2',
      title: "INTERPOL's partners and theirs (2 levels)",
      ours: '{ entity(id: "org-interpol") { id ... on Organisation { partners { node { id name ... on Organisation { partners { node { id name } } } } } } } }',
      peer: '{ organisations(where: { id: { eq: "org-interpol" } }) { id partners { id name partners { id name } } } }',
      compare: 'multiset',
    },
    {
      key: 'route-stages',
      title: "a route's stages",
      ours: `{ entity(id: "${ROUTE}") { id ... on Route { stages { order type location { id name } } } } }`,
      // The peer has no stages field: a route's stages are its three ordered relationship types.
      peer: `{ routes(where: { id: { eq: "${ROUTE}" } }) { id ${['departsFrom', 'passesThrough', 'arrivesIn']
        .map((f) => `${f}Connection(sort: [{ edge: { order: ASC } }]) { edges { properties { order } node { id name } } }`).join(' ')} } }`,
      compare: 'multiset',
    },
    {
      key: 'search-50',
      title: 'full-text search, 50 hits',
      ours: `{ search(query: "${SEARCH_TEXT}", limit: 50) { score entity { id kind name } } }`,
      peer: `{ searchEntities(phrase: ${JSON.stringify(searchPhrase)}, first: 50) { edges { score node { id kind name } } } }`,
      // Ours ranks names that match what was typed first, the peer by Lucene score only.
      compare: 'overlap',
    },
    {
      key: 'neighbourhood-2',
      title: 'neighbourhood of Europol, depth 2, ids only',
      ours: '{ neighbourhood(ids: ["org-europol"], depth: 2, limit: 500) { nodes { id } } }',
      // The peer generates no traversal: EntityNode.neighbours is a @cypher field (peer-type-defs.ts).
      peer: '{ entityNodes(where: { id: { eq: "org-europol" } }) { id neighbours { id neighbours { id } } } }',
      compare: 'set',
    },
    {
      key: 'nested-3',
      title: 'depth-3 nested selection (route > places > routes > departures)',
      ours: `{ entity(id: "${ROUTE}") { id ... on Route { passesThrough { node { id ... on Location { routesPassing { node { id ... on Route { departsFrom { node { id name } } } } } } } } } } }`,
      peer: `{ routes(where: { id: { eq: "${ROUTE}" } }) { id passesThrough { id routesPassing { id departsFrom { id name } } } } }`,
      compare: 'multiset',
    },
    {
      key: 'list-100',
      title: 'locations, first 100, two relationship fields each',
      ours: '{ locations(first: 100) { nodes { id name routesPassing { node { id } } operationsHere { node { id } } } } }',
      peer: '{ locations(limit: 100, sort: [{ name: ASC }]) { id name routesPassing { id } operationsHere { id } } }',
      compare: 'multiset',
    },
  ];
}

/** Throughput: entity lookups by id over the :Entity label, both sides; ids rotate per request. */
export const LOOKUP = {
  ours: 'query Lookup($id: ID!) { entity(id: $id) { id name } }',
  peer: 'query Lookup($id: ID!) { entityNodes(where: { id: { eq: $id } }) { id name } }',
};

export interface CaseQuery {
  key: string;
  title: string;
  query: string;
  /** A short description of the answer's size, to show what each viewer sees. */
  size: (data: any) => string;
}

const graphSize = (g: any) => `${g?.nodes?.length ?? '?'} nodes, ${g?.edges?.length ?? '?'} edges${g?.truncated ? ` (truncated, ${g.totalNodes} in all)` : ''}`;

export const CASE_QUERIES: CaseQuery[] = [
  {
    key: 'entity',
    title: 'entity(id: "org-europol") { id name }',
    query: '{ entity(id: "org-europol") { id name } }',
    size: (d) => (d?.entity ? '1 entity' : 'null'),
  },
  {
    key: 'libya-links',
    title: 'Libya with its links',
    query: '{ entity(id: "loc-libya") { id name links { id type node { id } } } }',
    size: (d) => `${d?.entity?.links?.length ?? '?'} links`,
  },
  {
    key: 'libya-neighbourhood',
    title: 'neighbourhood(ids: ["loc-libya"], depth: 1, limit: 25)',
    query: '{ neighbourhood(ids: ["loc-libya"], depth: 1, limit: 25) { truncated totalNodes nodes { id } edges { id } } }',
    size: (d) => graphSize(d?.neighbourhood),
  },
  {
    key: 'europol-neighbourhood',
    title: 'neighbourhood(ids: ["org-europol"], depth: 2, limit: 500)',
    query: '{ neighbourhood(ids: ["org-europol"], depth: 2, limit: 500) { truncated totalNodes nodes { id } edges { id } } }',
    size: (d) => graphSize(d?.neighbourhood),
  },
  {
    key: 'organisations',
    title: 'organisations(first: 20) { totalCount ... }',
    query: '{ organisations(first: 20) { totalCount nodes { id name } } }',
    size: (d) => `totalCount ${d?.organisations?.totalCount ?? '?'}`,
  },
];
