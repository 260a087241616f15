/**
 * Typed GraphQL calls: one function per question the explorer asks the API. Every graph-shaped
 * answer selects the same GraphFields so it converts to Cytoscape elements in one place.
 */
import { graphqlPropertyType } from '../server/domain/derive-graphql.ts';
import { KINDS, type Kind, type PropertySpec } from '../server/domain/model.ts';
import type {
  CentralityMeasure,
  CentralityResult,
  CommunityResult,
  EntityDetails,
  Graph,
  GraphEdge,
  GraphNode,
  Meta,
  NoteHit,
  PathMode,
  PathResult,
  Polycriminality,
  RelationshipType,
  SearchHit,
  SourceRef,
  SourceText,
} from './api/api-types.ts';
import { graphqlRequest, type RequestOptions } from './api/graphql-transport.ts';
import { NOTE_FIELDS } from './api/notes-api.ts';

const EVIDENCE = /* GraphQL */ `sourceId quote date modality source { id name title publisher date }`;

const GRAPH_FIELDS = /* GraphQL */ `
  truncated totalNodes
  nodes { id kind label degree distance evidenceCount latitude longitude date marking }
  edges { id source target type label weight share year order linkKind marking evidenceCount evidence { ${EVIDENCE} } }
`;

/** What the search box finds: entities by their names and descriptions, and analysts' notes by their text. */
export interface SearchResults {
  hits: SearchHit[];
  notes: NoteHit[];
}

export async function search(query: string, options: RequestOptions & { kinds?: Kind[]; limit?: number; noteLimit?: number } = {}): Promise<SearchResults> {
  const ref = 'id kind name';
  const data = await graphqlRequest<{ search: SearchHit[]; searchNotes?: NoteHit[] }>(
    /* GraphQL */ `query Search($query: String!, $kinds: [Kind!], $limit: Int, $noteLimit: Int) {
      search(query: $query, kinds: $kinds, limit: $limit, fuzzy: true) { score matchedField highlight entity { ${ref} } }
      searchNotes(query: $query, limit: $noteLimit) { highlight note { id author createdAt marking } entity { ${ref} } link { id type caption from { ${ref} } to { ${ref} } } }
    }`,
    { query, kinds: options.kinds?.length ? options.kinds : null, limit: options.limit ?? 8, noteLimit: options.noteLimit ?? 5 },
    options,
  );
  return { hits: data.search, notes: data.searchNotes ?? [] };
}

export async function meta(): Promise<Meta> {
  const data = await graphqlRequest<{ meta: Meta }>(/* GraphQL */ `query Meta {
    meta {
      entityCount relationshipCount
      kinds { kind caption plural description colour shape count }
      relationshipTypes { type caption description family familyCaption colour lineStyle dashPattern structural count }
    }
  }`);
  return data.meta;
}

export interface NeighbourhoodRequest {
  ids: string[];
  depth?: number;
  relationshipTypes?: RelationshipType[] | null;
  kinds?: Kind[] | null;
  limit?: number;
  excludeIds?: string[];
  includeStructural?: boolean;
}

export async function neighbourhood(request: NeighbourhoodRequest, options: RequestOptions = {}): Promise<Graph> {
  const data = await graphqlRequest<{ neighbourhood: Graph }>(
    /* GraphQL */ `query Neighbourhood($ids: [ID!]!, $depth: Int, $types: [RelationshipType!], $kinds: [Kind!], $limit: Int, $excludeIds: [ID!], $includeStructural: Boolean) {
      neighbourhood(ids: $ids, depth: $depth, relationshipTypes: $types, kinds: $kinds, limit: $limit, excludeIds: $excludeIds, includeStructural: $includeStructural) { ${GRAPH_FIELDS} }
    }`,
    {
      ids: request.ids,
      depth: request.depth ?? 1,
      types: request.relationshipTypes?.length ? request.relationshipTypes : null,
      kinds: request.kinds?.length ? request.kinds : null,
      limit: request.limit ?? 25,
      excludeIds: request.excludeIds ?? [],
      includeStructural: request.includeStructural ?? false,
    },
    options,
  );
  return data.neighbourhood;
}

/** The subgraph field accepts at most this many ids in ids and in connectTo. */
export const MAX_SUBGRAPH_IDS = 2000;

/**
 * Some entities with every relationship among them and to the drawn nodes, of any type
 * (provenance included), in one request. The explorer keeps this invariant: the canvas shows
 * every relationship among the nodes it holds, whatever brought them there.
 */
export async function nodesWithConnections(ids: string[], drawnIds: string[], options: RequestOptions = {}): Promise<Graph> {
  const wanted = [...new Set(ids)].slice(0, MAX_SUBGRAPH_IDS);
  if (wanted.length === 0) return { nodes: [], edges: [], truncated: false, totalNodes: 0 };
  const chosen = new Set(wanted);
  const connectTo = [...new Set(drawnIds)].filter((d) => !chosen.has(d)).slice(0, MAX_SUBGRAPH_IDS);
  const data = await graphqlRequest<{ subgraph: Graph }>(
    /* GraphQL */ `query Subgraph($ids: [ID!]!, $connectTo: [ID!]) {
      subgraph(ids: $ids, connectTo: $connectTo, includeStructural: true) { ${GRAPH_FIELDS} }
    }`,
    { ids: wanted, connectTo },
    options,
  );
  return data.subgraph;
}

/** The given entities and every relationship among them (a shared link or a saved view). */
export const inducedSubgraph = (ids: string[], options: RequestOptions = {}): Promise<Graph> => nodesWithConnections(ids, [], options);

/** Source documents by id (for evidence whose document did not come with it). */
export async function sourceDocuments(ids: string[]): Promise<SourceRef[]> {
  const data = await graphqlRequest<{ entities: (SourceRef & { kind: string })[] }>(
    /* GraphQL */ `query SourceDocuments($ids: [ID!]!) {
      entities(ids: $ids) { id kind name ... on Source { title publisher date } }
    }`,
    { ids },
  );
  return data.entities.filter((e) => e.kind === 'Source');
}

/** A document with its full text, or null when it does not exist or is above the viewer's clearance. */
export async function sourceText(id: string): Promise<SourceText | null> {
  const data = await graphqlRequest<{ entities: (SourceText & { kind: string })[] }>(
    /* GraphQL */ `query SourceText($ids: [ID!]!) {
      entities(ids: $ids) { id kind name marking ... on Source { title publisher date documentType text contentHash } }
    }`,
    { ids: [id] },
  );
  return data.entities.find((e) => e.kind === 'Source' && e.id === id) ?? null;
}

export interface PathRequest {
  from: string;
  to: string;
  mode: PathMode;
  k: number;
  maxHops: number;
  relationshipTypes: RelationshipType[] | null;
  /** Hubs no path may pass through. */
  excludeIds?: string[];
}

export async function paths(request: PathRequest, options: RequestOptions = {}): Promise<PathResult> {
  const data = await graphqlRequest<{ paths: PathResult }>(
    /* GraphQL */ `query Paths($from: ID!, $to: ID!, $mode: PathMode, $k: Int, $maxHops: Int, $types: [RelationshipType!], $excludeIds: [ID!]) {
      paths(from: $from, to: $to, mode: $mode, k: $k, maxHops: $maxHops, relationshipTypes: $types, excludeIds: $excludeIds) {
        paths { length nodes { id kind label degree distance evidenceCount latitude longitude date marking }
                edges { id source target type label weight share year order linkKind marking evidenceCount evidence { ${EVIDENCE} } } }
        graph { ${GRAPH_FIELDS} }
      }
    }`,
    { ...request, types: request.relationshipTypes?.length ? request.relationshipTypes : null, excludeIds: request.excludeIds ?? [] },
    options,
  );
  return data.paths;
}

export const MIGRANT_SMUGGLING = 'crime-migrant-smuggling';

export async function polycriminality(crimeTypeId = MIGRANT_SMUGGLING, year: number | null = null): Promise<Polycriminality> {
  const data = await graphqlRequest<{ polycriminality: Polycriminality }>(
    /* GraphQL */ `query Polycriminality($crimeTypeId: ID, $year: Int) {
      polycriminality(crimeTypeId: $crimeTypeId, year: $year) {
        year years
        crimeType { id kind name }
        links {
          rank share year linkKind crimeType { id kind name } evidence { ${EVIDENCE} }
          figure { id scope base period year modality evidence { ${EVIDENCE} } }
        }
        graph { ${GRAPH_FIELDS} }
      }
    }`,
    { crimeTypeId, year },
  );
  return data.polycriminality;
}

/** Ids of the regional routes into Europe: the "main routes" of the start view. */
export async function regionalRouteIds(): Promise<string[]> {
  const data = await graphqlRequest<{ routes: { nodes: { id: string }[] } }>(/* GraphQL */ `query MainRoutes {
    routes(filter: { scope: REGIONAL }, first: 25) { nodes { id } }
  }`);
  return data.routes.nodes.map((n) => n.id);
}

/** Which part of the graph an analysis covers: kinds (none: every named kind) and hubs left out. */
export interface AnalysisScope {
  kinds?: Kind[];
  excludeIds?: string[];
}

/** Centrality over the whole graph (or the chosen kinds); the explorer maps the scores onto what is drawn. */
export async function centrality(measure: CentralityMeasure, scope: AnalysisScope = {}, top = 5000): Promise<CentralityResult> {
  const data = await graphqlRequest<{ centrality: CentralityResult }>(
    /* GraphQL */ `query Centrality($measure: CentralityMeasure, $kinds: [Kind!], $excludeIds: [ID!], $top: Int) {
      centrality(measure: $measure, kinds: $kinds, excludeIds: $excludeIds, top: $top) { measure engine nodeCount scores { rank score entity { id kind name } } }
    }`,
    { measure, kinds: scope.kinds?.length ? scope.kinds : null, excludeIds: scope.excludeIds ?? [], top },
  );
  return data.centrality;
}

export async function communities(scope: AnalysisScope = {}, top = 5000): Promise<CommunityResult> {
  const data = await graphqlRequest<{ communities: CommunityResult }>(
    /* GraphQL */ `query Communities($kinds: [Kind!], $excludeIds: [ID!], $top: Int) {
      communities(kinds: $kinds, excludeIds: $excludeIds, top: $top) { engine nodeCount communities { id size members { id kind name degree } } }
    }`,
    { kinds: scope.kinds?.length ? scope.kinds : null, excludeIds: scope.excludeIds ?? [], top },
  );
  return data.communities;
}

/**
 * Kind-specific properties, selected from the model so a property added there shows up in the
 * details panel without touching this file. Fields of one name in the fragments must have one
 * type to merge: a property whose type differs between kinds (CrimeType.category is a String,
 * ModusOperandi.category an enum) is asked for under an alias, the only aliases in the query
 * (the API allows few per query).
 */
// Long text (a document's full text) is read by the document reader alone, never with the rest.
const propertyNames = (kind: Kind) =>
  Object.entries(KINDS[kind].properties as Record<string, PropertySpec>).filter(([, spec]) => !spec.long).map(([name]) => name);
const propertyType = (kind: Kind, name: string) => {
  const spec = (KINDS[kind].properties as Record<string, PropertySpec>)[name];
  return spec ? graphqlPropertyType(kind, name, spec) : undefined;
};
const kindsWithProperties = (Object.keys(KINDS) as Kind[]).filter((kind) => propertyNames(kind).length > 0);
const ambiguous = new Set(kindsWithProperties.flatMap((kind) => propertyNames(kind).filter((name) =>
  kindsWithProperties.some((other) => propertyType(other, name) !== undefined && propertyType(other, name) !== propertyType(kind, name)))));
/** The response key of a kind's property in EntityDetails. */
const propertyKey = (kind: Kind, name: string) => (ambiguous.has(name) ? `${kind}_${name}` : name);
const propertyFragments = kindsWithProperties
  .map((kind) => `... on ${kind} { ${propertyNames(kind).map((name) => (ambiguous.has(name) ? `${propertyKey(kind, name)}: ${name}` : name)).join(' ')} }`)
  .join('\n');

export async function entityDetails(id: string, options: RequestOptions = {}): Promise<EntityDetails | null> {
  const data = await graphqlRequest<{ entity: (Omit<EntityDetails, 'properties'> & Record<string, unknown>) | null }>(
    /* GraphQL */ `query EntityDetails($id: ID!) {
      entity(id: $id) {
        id kind name aliases description marking degree
        evidence { ${EVIDENCE} }
        figures { id name value valueMax unit qualifier metric period scope modality evidence { ${EVIDENCE} } }
        links { id type caption direction order share year linkKind role node { id kind name } evidence { ${EVIDENCE} } }
        notes { ${NOTE_FIELDS} }
        ${propertyFragments}
      }
    }`,
    { id },
    options,
  );
  const entity = data.entity;
  if (!entity) return null;
  const properties = Object.fromEntries(propertyNames(entity.kind).map((name) => [name, entity[propertyKey(entity.kind, name)]]));
  return { ...entity, properties } as EntityDetails;
}
