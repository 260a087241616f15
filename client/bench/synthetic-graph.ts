/**
 * A synthetic graph shaped like the real one, at any size: every kind and relationship type of
 * the model, hubs from preferential attachment, locations with coordinates, dated operations
 * and a few weighted polycriminality links. Seeded, so every run draws the same graph.
 */
import type { Graph, GraphEdge, GraphNode, Kind } from '../api/api-types.ts';
import { kindNames, relationshipTypes } from '../../server/domain/derive.ts';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticGraph(nodeCount: number, edgeCount: number, seed = 42): Graph {
  const next = random(seed);
  const kinds = kindNames.filter((k) => k !== 'Source' && k !== 'Figure');
  const nodes: GraphNode[] = Array.from({ length: nodeCount }, (_, i) => {
    const kind = kinds[i % kinds.length] as Kind;
    return {
      id: `n${i}`,
      kind,
      label: `${kind} ${i}`,
      degree: 0,
      distance: null,
      evidenceCount: 1 + Math.floor(next() * 4),
      latitude: kind === 'Location' ? -30 + next() * 90 : null,
      longitude: kind === 'Location' ? -20 + next() * 80 : null,
      date: kind === 'Operation' ? `${2010 + Math.floor(next() * 8)}-0${1 + Math.floor(next() * 9)}` : null,
      marking: 'PUBLIC',
    };
  });
  // Preferential attachment: a target is picked in proportion to the links it already has.
  const ends: number[] = [0, 1];
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  while (edges.length < edgeCount) {
    const source = Math.floor(next() * nodeCount);
    const target = next() < 0.7 ? ends[Math.floor(next() * ends.length)]! : Math.floor(next() * nodeCount);
    const type = relationshipTypes[Math.floor(next() * relationshipTypes.length)]!;
    const id = `n${source}|${type}|n${target}`;
    if (source === target || seen.has(id)) continue;
    seen.add(id);
    ends.push(source, target);
    const share = type === 'LINKED_TO' ? Math.round(next() * 40) : null;
    edges.push({
      id,
      source: `n${source}`,
      target: `n${target}`,
      type,
      label: type.toLowerCase().replace(/_/g, ' '),
      weight: share ?? 1,
      share,
      year: share === null ? null : 2015,
      order: null,
      linkKind: null,
      marking: 'PUBLIC',
      evidenceCount: 1,
      evidence: [],
    });
  }
  for (const e of edges) {
    nodes[Number(e.source.slice(1))]!.degree++;
    nodes[Number(e.target.slice(1))]!.degree++;
  }
  return { nodes, edges, truncated: false, totalNodes: nodeCount };
}
