/**
 * Centrality and communities computed in the API process with graphology, for databases
 * without Graph Data Science (Aura Free, a plain Docker image).
 */
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';

// These packages are CommonJS with ESM-style typings; the call signatures are restated here.
type Graph = UndirectedGraph;
type Scores = Record<string, number>;
const louvain = louvainModule as unknown as (graph: Graph, options?: { randomWalk?: boolean }) => Scores;
const betweenness = betweennessModule as unknown as (graph: Graph) => Scores;
const pagerank = pagerankModule as unknown as (graph: Graph, options?: { alpha?: number; maxIterations?: number }) => Scores;

export interface AdjacencyRow {
  node: { id: string };
  targets: string[];
}

export function buildGraph(rows: AdjacencyRow[]): Graph {
  const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  for (const row of rows) graph.mergeNode(row.node.id);
  for (const row of rows) {
    for (const target of row.targets) {
      if (target !== row.node.id && graph.hasNode(target)) graph.mergeEdge(row.node.id, target);
    }
  }
  return graph;
}

export function centralityScores(graph: Graph, measure: 'DEGREE' | 'BETWEENNESS' | 'PAGERANK'): Map<string, number> {
  if (measure === 'DEGREE') return new Map(graph.mapNodes((node: string) => [node, graph.degree(node)] as const));
  if (graph.size === 0) return new Map(graph.mapNodes((node: string) => [node, measure === 'PAGERANK' ? 1 / Math.max(graph.order, 1) : 0] as const));
  const scores = measure === 'BETWEENNESS' ? betweenness(graph) : pagerank(graph, { alpha: 0.85, maxIterations: 100 });
  return new Map(Object.entries(scores));
}

export function communityOf(graph: Graph): Map<string, number> {
  if (graph.size === 0) return new Map(graph.mapNodes((node: string) => node).map((node: string, i: number) => [node, i] as const));
  return new Map(Object.entries(louvain(graph, { randomWalk: false })));
}
