import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/driver.ts';
import { kindNames, linkTypes, nonLinkKinds } from '../../domain/derive.ts';
import { boundedInt } from '../../errors.ts';
import type { EntityRecord } from '../entity/request-graph.ts';
import { buildGraph, centralityScores, communityOf, type AdjacencyRow } from './in-process-analytics.ts';

export type Measure = 'DEGREE' | 'BETWEENNESS' | 'PAGERANK';
type Engine = 'GDS' | 'GRAPHOLOGY';

const MAX_TOP = 5000;
const GDS_QUERY: Record<Measure | 'LOUVAIN', string> = {
  DEGREE: 'analytics/gds-degree',
  BETWEENNESS: 'analytics/gds-betweenness',
  PAGERANK: 'analytics/gds-pagerank',
  LOUVAIN: 'analytics/gds-louvain',
};

const engines = new WeakMap<Db, Promise<Engine>>();

/** Asked once per database connection: GDS inside Neo4j when installed, else graphology. */
export function analyticsEngine(db: Db): Promise<Engine> {
  let engine = engines.get(db);
  if (!engine) {
    engine = db.read('analytics/gds-available')
      .then(([row]) => ((row?.procedures as unknown[] | undefined)?.length ? 'GDS' as const : 'GRAPHOLOGY' as const));
    // A failed probe (database down) is not remembered: the next call asks again.
    engine.catch(() => engines.delete(db));
    engines.set(db, engine);
  }
  return engine;
}

export interface SubgraphArgs {
  kinds?: string[] | null;
  relationshipTypes?: string[] | null;
  top?: number | null;
}

function subgraphParams(ctx: AppContext, args: SubgraphArgs) {
  return {
    kinds: args.kinds?.length ? args.kinds : kindNames.filter((k) => !nonLinkKinds.includes(k)),
    types: args.relationshipTypes?.length ? args.relationshipTypes : [...linkTypes],
    markings: ctx.viewer.markings,
  };
}

interface GdsRow {
  nodeCount: number;
  relationshipCount: number;
  results: { node: EntityRecord; score?: number; community?: number }[];
}

async function runGds(ctx: AppContext, algorithm: Measure | 'LOUVAIN', params: Record<string, unknown>): Promise<GdsRow> {
  const graphName = `analytics-${randomUUID()}`;
  try {
    const [row] = await ctx.db.read(GDS_QUERY[algorithm], { ...params, graphName });
    return (row as unknown as GdsRow | undefined) ?? { nodeCount: 0, relationshipCount: 0, results: [] };
  } catch (error) {
    await ctx.db.read('analytics/drop-projection', { graphName }).catch(() => {});
    if (/no (nodes|data)|empty|null/i.test(String((error as Error).message))) return { nodeCount: 0, relationshipCount: 0, results: [] };
    throw error;
  }
}

async function inProcess(ctx: AppContext, params: Record<string, unknown>) {
  const rows = (await ctx.db.read('analytics/subgraph', params)) as unknown as (AdjacencyRow & { node: EntityRecord })[];
  const nodes = new Map(rows.map((r) => [r.node.id, r.node]));
  return { graph: buildGraph(rows), nodes };
}

export async function centrality(ctx: AppContext, measure: Measure, args: SubgraphArgs) {
  const top = boundedInt(args.top, 'top', 1, MAX_TOP, 10);
  const params = subgraphParams(ctx, args);
  const engine = await analyticsEngine(ctx.db);
  let nodeCount: number;
  let relationshipCount: number;
  let ranked: { entity: EntityRecord; score: number }[];
  if (engine === 'GDS') {
    const row = await runGds(ctx, measure, { ...params, top });
    nodeCount = row.nodeCount;
    relationshipCount = row.relationshipCount;
    ranked = row.results.map((r) => ({ entity: r.node, score: r.score ?? 0 }));
  } else {
    const { graph, nodes } = await inProcess(ctx, params);
    nodeCount = graph.order;
    relationshipCount = graph.size;
    ranked = [...centralityScores(graph, measure)]
      .map(([id, score]) => ({ entity: nodes.get(id)!, score }))
      .sort((a, b) => b.score - a.score || String(a.entity.name).localeCompare(String(b.entity.name)))
      .slice(0, top);
  }
  ctx.graph.add(ranked.map((r) => r.entity), []);
  return { measure, engine, nodeCount, relationshipCount, scores: ranked.map((r, i) => ({ rank: i + 1, ...r })) };
}

export async function communities(ctx: AppContext, args: SubgraphArgs) {
  const top = boundedInt(args.top, 'top', 1, MAX_TOP, 10);
  const params = subgraphParams(ctx, args);
  const engine = await analyticsEngine(ctx.db);
  let membership: { entity: EntityRecord; community: number }[];
  let nodeCount: number;
  let relationshipCount: number;
  if (engine === 'GDS') {
    const row = await runGds(ctx, 'LOUVAIN', params);
    nodeCount = row.nodeCount;
    relationshipCount = row.relationshipCount;
    membership = row.results.map((r) => ({ entity: r.node, community: r.community ?? 0 }));
  } else {
    const { graph, nodes } = await inProcess(ctx, params);
    nodeCount = graph.order;
    relationshipCount = graph.size;
    membership = [...communityOf(graph)].map(([id, community]) => ({ entity: nodes.get(id)!, community }));
  }
  const groups = new Map<number, EntityRecord[]>();
  for (const m of membership) {
    const members = groups.get(m.community);
    if (members) members.push(m.entity);
    else groups.set(m.community, [m.entity]);
  }
  ctx.graph.add(membership.map((m) => m.entity), []);
  const list = [...groups]
    .map(([id, members]) => ({ id, size: members.length, members: members.sort((a, b) => Number(b.degree ?? 0) - Number(a.degree ?? 0) || String(a.name).localeCompare(String(b.name))) }))
    .sort((a, b) => b.size - a.size || a.id - b.id)
    .slice(0, top);
  return { engine, nodeCount, relationshipCount, communities: list };
}
