/**
 * Shapes of the API results the explorer asks for: each picks the fields its query selects from
 * the schema's own types (schema-types.ts, generated from the SDL), so names, nullability and
 * enums follow the API. Nested objects are narrowed to their own sub-selections.
 */
import type { Kind, RelationshipType } from '../../server/domain/model.ts';
import type * as S from './schema-types.ts';

export type { Kind, RelationshipType };

/** Fields K of the schema type T; some of them narrowed to what the query selects inside. */
type Selected<T, K extends keyof T, Narrowed extends Partial<Record<K, unknown>> = object> = Omit<Pick<T, K>, keyof Narrowed> & Narrowed;

export type SourceRef = Selected<S.Source, 'id' | 'name' | 'title' | 'publisher' | 'date'>;

/** A document as the reader shows it: its description and its full text (null when none was loaded). */
export type SourceText = Selected<S.Source, 'id' | 'name' | 'marking' | 'title' | 'publisher' | 'date' | 'documentType' | 'text' | 'contentHash'>;

export type Evidence = Selected<S.Evidence, 'sourceId' | 'quote' | 'date' | 'modality' | 'source', {
  /** Null when the document is above the viewer's clearance. */
  source: SourceRef | null;
}>;

export type GraphNode = Selected<S.GraphNode, 'id' | 'kind' | 'label' | 'degree' | 'distance' | 'evidenceCount' | 'latitude' | 'longitude' | 'date' | 'marking'>;

export type GraphEdge = Selected<
  S.GraphEdge,
  'id' | 'source' | 'target' | 'type' | 'label' | 'weight' | 'share' | 'year' | 'order' | 'linkKind' | 'marking' | 'evidenceCount' | 'evidence',
  { evidence: Evidence[] }
>;

export type Graph = Selected<S.Graph, 'nodes' | 'edges' | 'truncated' | 'totalNodes', { nodes: GraphNode[]; edges: GraphEdge[] }>;

export type EntityRef = Selected<S.Entity, 'id' | 'kind' | 'name'>;

export type SearchHit = Selected<S.SearchHit, 'score' | 'matchedField' | 'highlight' | 'entity', {
  /** HTML-escaped text with <mark> around matches. */
  highlight: string;
  entity: EntityRef;
}>;

export type KindInfo = Selected<S.KindInfo, 'kind' | 'caption' | 'plural' | 'description' | 'colour' | 'shape' | 'count'>;

export type RelationshipTypeInfo = Selected<S.RelationshipTypeInfo, 'type' | 'caption' | 'description' | 'family' | 'familyCaption' | 'colour' | 'lineStyle' | 'dashPattern' | 'structural' | 'count'>;

export type Meta = Selected<S.Meta, 'kinds' | 'relationshipTypes' | 'entityCount' | 'relationshipCount', {
  kinds: KindInfo[];
  relationshipTypes: RelationshipTypeInfo[];
}>;

export type Link = Selected<
  S.Link,
  'id' | 'type' | 'caption' | 'direction' | 'node' | 'order' | 'share' | 'year' | 'linkKind' | 'role' | 'evidence',
  { node: EntityRef; evidence: Evidence[] }
>;

export type FigureDetails = Selected<
  S.Figure,
  'id' | 'name' | 'value' | 'valueMax' | 'unit' | 'qualifier' | 'metric' | 'period' | 'scope' | 'modality' | 'evidence',
  { evidence: Evidence[] }
>;

/** An analyst's note as the details panel shows it. */
export type Note = Selected<S.Note, 'id' | 'text' | 'author' | 'createdAt' | 'marking' | 'targetId' | 'targetType' | 'mine'>;

/** A note found by search, with what it is about (an entity, or a relationship with its ends). */
export type NoteHit = Selected<S.NoteHit, 'highlight' | 'note' | 'entity' | 'link', {
  /** HTML-escaped text with <mark> around matches. */
  highlight: string;
  note: Selected<S.Note, 'id' | 'author' | 'createdAt' | 'marking'>;
  entity: EntityRef | null;
  link: (Selected<S.NoteLink, 'id' | 'type' | 'caption' | 'from' | 'to', { from: EntityRef; to: EntityRef }>) | null;
}>;

/** The signed-in user as the GraphQL API names them (role and clearance as enum names). */
export type Me = Selected<S.Me, 'name' | 'role' | 'clearance'>;

/** An entity with the fields the details panel shows; kind-specific properties sit in `properties`. */
export type EntityDetails = Selected<
  S.Entity,
  'id' | 'kind' | 'name' | 'aliases' | 'description' | 'marking' | 'degree' | 'evidence' | 'figures' | 'links' | 'notes',
  { evidence: Evidence[]; figures: FigureDetails[]; links: Link[]; notes: Note[] }
> & {
  /** Selected per kind from the model (client/api.ts), so not typed field by field here. */
  properties: Record<string, unknown>;
};

export type Path = Selected<S.Path, 'length' | 'nodes' | 'edges', { nodes: GraphNode[]; edges: GraphEdge[] }>;

export type PathResult = Selected<S.PathResult, 'paths' | 'graph', { paths: Path[]; graph: Graph }>;

export type PathMode = S.PathMode;

export type CrimeLink = Selected<
  S.CrimeLink,
  'rank' | 'share' | 'year' | 'linkKind' | 'crimeType' | 'evidence' | 'figure',
  {
    crimeType: EntityRef;
    evidence: Evidence[];
    /** The statistic the share comes from: what population it is a share of, and on what data. */
    figure: (Selected<S.Figure, 'id' | 'scope' | 'base' | 'period' | 'year' | 'modality' | 'evidence', { evidence: Evidence[] }>) | null;
  }
>;

export type Polycriminality = Selected<
  S.Polycriminality,
  'crimeType' | 'year' | 'years' | 'links' | 'graph',
  { crimeType: EntityRef; links: CrimeLink[]; graph: Graph }
>;

export type CentralityMeasure = S.CentralityMeasure;
export type AnalyticsEngine = S.AnalyticsEngine;

export type CentralityResult = Selected<S.CentralityResult, 'measure' | 'engine' | 'nodeCount' | 'scores', {
  scores: Selected<S.CentralityScore, 'rank' | 'score' | 'entity', { entity: EntityRef }>[];
}>;

export type CommunityResult = Selected<S.CommunityResult, 'engine' | 'nodeCount' | 'communities', {
  communities: Selected<S.Community, 'id' | 'size' | 'members', { members: Selected<S.Entity, 'id' | 'kind' | 'name' | 'degree'>[] }>[];
}>;

/** A view stored on the server, as listed (state and positions are fetched when it is opened). */
export type SavedViewSummary = Selected<S.SavedView, 'id' | 'name' | 'owner' | 'savedAt' | 'marking' | 'nodeCount' | 'shared' | 'mine'>;
