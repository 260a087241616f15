/**
 * API graphs → Cytoscape element definitions. GraphNode and GraphEdge map one-to-one to nodes
 * and edges; the only additions are the captions drawn on the canvas.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Graph, GraphEdge, GraphNode } from '../api/api-types.ts';

/** A GraphNode as drawn: `distance` is per query, so it is not kept on the canvas. */
export interface NodeData extends Omit<GraphNode, 'distance'> {
  /** Neighbours left to load after a paged expansion (0 when none or unknown). */
  more: number;
  /** Text drawn on the node: name, evidence count, and "N more" when an expansion was paged. */
  caption: string;
}

export interface EdgeData extends GraphEdge {
  caption: string;
}

/** Longest name drawn in full; about four wrapped lines under a node. */
export const CAPTION_MAX_CHARS = 52;

/**
 * Long names (a news item's full title) would wrap into a tall block that covers its
 * neighbours; the canvas shows them cut at a word, keeping a closing "(place, date)" that tells
 * similar events apart. The details panel and search show the whole name.
 */
export function shortName(name: string, max = CAPTION_MAX_CHARS): string {
  if (name.length <= max) return name;
  const qualifier = /^(.*\S)\s*(\([^()]{1,24}\))$/.exec(name);
  const [head, tail] = qualifier ? [qualifier[1]!, ` ${qualifier[2]!}`] : [name, ''];
  const budget = max - tail.length - 1;
  const cut = head.lastIndexOf(' ', budget);
  return `${head.slice(0, cut > budget / 2 ? cut : budget).replace(/[\s,;:.-]+$/, '')}…${tail}`;
}

/** "[n]" is the number of evidence quotes; the legend says so. */
export function nodeCaption(label: string, evidenceCount: number, more: number): string {
  const name = shortName(label);
  const base = evidenceCount > 0 ? `${name} [${evidenceCount}]` : name;
  return more > 0 ? `${base}\n+${more} more` : base;
}

export function edgeCaption(edge: Pick<GraphEdge, 'label' | 'share' | 'year' | 'evidenceCount'>): string {
  const parts = [edge.label];
  if (edge.share !== null) parts.push(`${edge.share}%`);
  if (edge.year !== null) parts.push(String(edge.year));
  if (edge.evidenceCount > 0) parts.push(`[${edge.evidenceCount}]`);
  return parts.join(' ');
}

export function nodeElement(node: GraphNode, more = 0): ElementDefinition & { data: NodeData } {
  return {
    group: 'nodes',
    data: {
      id: node.id,
      kind: node.kind,
      label: node.label,
      degree: node.degree,
      evidenceCount: node.evidenceCount,
      latitude: node.latitude,
      longitude: node.longitude,
      date: node.date,
      marking: node.marking,
      more,
      caption: nodeCaption(node.label, node.evidenceCount, more),
    },
  };
}

export function edgeElement(edge: GraphEdge): ElementDefinition & { data: EdgeData } {
  return {
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      label: edge.label,
      weight: edge.weight,
      share: edge.share,
      year: edge.year,
      order: edge.order,
      linkKind: edge.linkKind,
      marking: edge.marking,
      evidenceCount: edge.evidenceCount,
      evidence: edge.evidence,
      caption: edgeCaption(edge),
    },
  };
}

/**
 * The elements of a graph that are not drawn yet. An edge is kept only when both its ends are
 * drawn or arrive with it, so a partial answer never leaves a dangling edge.
 */
export function newElements(graph: Pick<Graph, 'nodes' | 'edges'>, drawn: ReadonlySet<string> = new Set()): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  for (const n of graph.nodes) if (!drawn.has(n.id) && !nodes.has(n.id)) nodes.set(n.id, nodeElement(n));
  const present = (id: string) => drawn.has(id) || nodes.has(id);
  const edges = new Map<string, ElementDefinition>();
  for (const e of graph.edges) {
    if (!drawn.has(e.id) && !edges.has(e.id) && present(e.source) && present(e.target)) edges.set(e.id, edgeElement(e));
  }
  return [...nodes.values(), ...edges.values()];
}
