/** Shapes of the API results the explorer asks for (mirroring the SDL fields it selects). */
import type { Kind, RelationshipType } from '../../server/domain/model.ts';

export type { Kind, RelationshipType };

export interface SourceRef {
  id: string;
  name: string;
  title: string | null;
  publisher: string | null;
  date: string | null;
}

export interface Evidence {
  sourceId: string;
  quote: string;
  date: string | null;
  modality: 'reported' | 'estimated' | 'expected';
  /** Null when the document is above the viewer's clearance. */
  source: SourceRef | null;
}

export interface GraphNode {
  id: string;
  kind: Kind;
  label: string;
  degree: number;
  distance: number | null;
  evidenceCount: number;
  latitude: number | null;
  longitude: number | null;
  date: string | null;
  marking: string;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: RelationshipType;
  label: string;
  weight: number;
  share: number | null;
  year: number | null;
  order: number | null;
  linkKind: string | null;
  marking: string;
  evidenceCount: number;
  evidence: Evidence[];
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
  totalNodes: number;
}

export interface SearchHit {
  score: number;
  matchedField: string;
  /** HTML-escaped text with <mark> around matches. */
  highlight: string;
  entity: { id: string; kind: Kind; name: string };
}

export interface KindInfo {
  kind: Kind;
  caption: string;
  plural: string;
  description: string;
  colour: string;
  shape: string;
  count: number;
}

export interface RelationshipTypeInfo {
  type: RelationshipType;
  caption: string;
  description: string;
  colour: string;
  lineStyle: string;
  structural: boolean;
  count: number;
}

export interface Meta {
  kinds: KindInfo[];
  relationshipTypes: RelationshipTypeInfo[];
  entityCount: number;
  relationshipCount: number;
}

export interface EntityRef {
  id: string;
  kind: Kind;
  name: string;
}

export interface Link {
  id: string;
  type: RelationshipType;
  caption: string;
  direction: 'OUT' | 'IN' | 'BOTH';
  node: EntityRef;
  order: number | null;
  share: number | null;
  year: number | null;
  linkKind: string | null;
  role: string | null;
  evidence: Evidence[];
}

export interface FigureDetails {
  id: string;
  name: string;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  qualifier: string | null;
  metric: string | null;
  period: string | null;
  scope: string | null;
  modality: string | null;
  evidence: Evidence[];
}

/** An entity with the fields the details panel shows; kind-specific properties sit in `properties`. */
export interface EntityDetails extends EntityRef {
  aliases: string[];
  description: string | null;
  marking: string;
  degree: number;
  evidence: Evidence[];
  figures: FigureDetails[];
  links: Link[];
  properties: Record<string, unknown>;
}

export interface Path {
  length: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface PathResult {
  paths: Path[];
  graph: Graph;
}

export type PathMode = 'SHORTEST' | 'ALL_SHORTEST' | 'K_SHORTEST';

export interface CrimeLink {
  rank: number;
  share: number | null;
  year: number | null;
  linkKind: string | null;
  crimeType: EntityRef;
  evidence: Evidence[];
}

export interface Polycriminality {
  crimeType: EntityRef;
  year: number | null;
  years: number[];
  links: CrimeLink[];
  graph: Graph;
}

export type CentralityMeasure = 'DEGREE' | 'BETWEENNESS' | 'PAGERANK';
export type AnalyticsEngine = 'GDS' | 'GRAPHOLOGY';

export interface CentralityResult {
  measure: CentralityMeasure;
  engine: AnalyticsEngine;
  nodeCount: number;
  scores: { rank: number; score: number; entity: EntityRef }[];
}

export interface CommunityResult {
  engine: AnalyticsEngine;
  nodeCount: number;
  communities: { id: number; size: number; members: { id: string }[] }[];
}
