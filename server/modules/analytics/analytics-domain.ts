import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/driver.ts';
import { kindNames, linkTypes, nonLinkKinds } from '../../domain/derive.ts';
import { badInput, boundedInt } from '../../errors.ts';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRecord } from '../../db/records.ts';
import { fieldNodesNamed, type RequestScope } from '../../query/selection.ts';
import { entitiesById } from '../entity/entity-domain.ts';
import { buildGraph, centralityScores, communityOf, type AdjacencyRow } from './in-process-analytics.ts';

export type Measure = 'DEGREE' | 'BETWEENNESS' | 'PAGERANK';
type Engine = 'GDS' | 'GRAPHOLOGY';

const MAX_TOP = 5000;
/** Hubs an analyst leaves out of one analysis: a handful in practice. */
export const MAX_EXCLUDED = 500;
const GDS_QUERY: Record<Measure | 'LOUVAIN', string> = {
  DEGREE: 'analytics/gds-degree',
  BETWEENNESS: 'analytics/gds-betweenness',
  PAGERANK: 'analytics/gds-pagerank',
  LOUVAIN: 'analytics/gds-louvain',
};

const engines = new WeakMap<Db, Promise<Engine>>();

/**
 * Asked once per database connection, of the instance GDS statements go to (the analytics
 * instance when configured): GDS inside Neo4j when installed there, else graphology.
 */
export function analyticsEngine(requestDb: Db): Promise<Engine> {
  // Per-request views of the Db share their root's answer.
  const db = requestDb.root;
  let engine = engines.get(db);
  if (!engine) {
    engine = db.readAnalytics('analytics/gds-available')
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
  /** Entities left out of the subgraph (hubs such as a crime type every network shares). */
  excludeIds?: string[] | null;
  /** Only this network's members and the identifiers they use (communities of one network). */
  withinNetwork?: string | null;
}

function subgraphParams(ctx: AppContext, args: SubgraphArgs) {
  const excludeIds = args.excludeIds ?? [];
  if (excludeIds.length > MAX_EXCLUDED) throw badInput(`excludeIds may hold at most ${MAX_EXCLUDED} ids (got ${excludeIds.length}).`, 'excludeIds');
  return {
    // An id the viewer may not see matches nothing visible, so leaving it out changes nothing.
    excludeIds,
    kinds: args.kinds?.length ? args.kinds : kindNames.filter((k) => !nonLinkKinds.includes(k)),
    types: args.relationshipTypes?.length ? args.relationshipTypes : [...linkTypes],
    markings: ctx.viewer.markings,
    ...(args.withinNetwork ? { networkId: args.withinNetwork } : {}),
  };
}

interface GdsRow {
  nodeCount: number;
  relationshipCount: number;
  results: { node: EntityRecord; score?: number; community?: number }[];
}

/**
 * Projection, algorithm and drop are one statement, so they run on the same member of a
 * cluster; only the clean-up after a failure is a second statement, which reaches the same
 * member when the analytics instance is a direct bolt:// address.
 */
async function runGds(ctx: AppContext, algorithm: Measure | 'LOUVAIN', params: Record<string, unknown>): Promise<GdsRow> {
  const graphName = `analytics-${randomUUID()}`;
  try {
    const [row] = await ctx.db.readAnalytics(GDS_QUERY[algorithm], { ...params, graphName });
    return (row as unknown as GdsRow | undefined) ?? { nodeCount: 0, relationshipCount: 0, results: [] };
  } catch (error) {
    await ctx.db.readAnalytics('analytics/drop-projection', { graphName }).catch(() => {});
    if (/no (nodes|data)|empty|null/i.test(String((error as Error).message))) return { nodeCount: 0, relationshipCount: 0, results: [] };
    throw error;
  }
}

async function inProcess(ctx: AppContext, params: Record<string, unknown>) {
  const rows = (await ctx.db.read(params.networkId ? 'analytics/network-subgraph' : 'analytics/subgraph', params)) as unknown as (AdjacencyRow & { node: EntityRecord })[];
  const nodes = new Map(rows.map((r) => [r.node.id, r.node]));
  return { graph: buildGraph(rows), nodes };
}

interface AlgorithmResult {
  engine: Engine;
  nodeCount: number;
  relationshipCount: number;
  /** A score (centrality, best first, at most `top`) or a community id (LOUVAIN, every node). */
  results: { entity: EntityRecord; value: number }[];
}

/** One algorithm over the subgraph: inside Neo4j with GDS when installed, else in process. */
async function runAlgorithm(ctx: AppContext, algorithm: Measure | 'LOUVAIN', params: Record<string, unknown>, top: number): Promise<AlgorithmResult> {
  // One network's subgraph is small (its members and their identifiers): reading it costs less
  // than a GDS projection would, so it is always analysed in process.
  const engine = ctx.analyticsEngine === 'in-process' || params.networkId ? 'GRAPHOLOGY' : await analyticsEngine(ctx.db);
  if (engine === 'GDS') {
    const row = await runGds(ctx, algorithm, algorithm === 'LOUVAIN' ? params : { ...params, top });
    // A node deleted while the projection was streamed comes back as null: it no longer exists.
    const results = row.results.filter((r) => r.node).map((r) => ({ entity: r.node, value: (algorithm === 'LOUVAIN' ? r.community : r.score) ?? 0 }));
    return { engine, nodeCount: row.nodeCount, relationshipCount: row.relationshipCount, results };
  }
  const { graph, nodes } = await inProcess(ctx, params);
  const entries = [...(algorithm === 'LOUVAIN' ? communityOf(graph) : centralityScores(graph, algorithm))];
  let results = entries.map(([id, value]) => ({ entity: nodes.get(id)!, value }));
  if (algorithm !== 'LOUVAIN') {
    // The same order as the GDS queries: best score first, then by name.
    results = results.sort((a, b) => b.value - a.value || String(a.entity.name).localeCompare(String(b.entity.name))).slice(0, top);
  }
  return { engine, nodeCount: graph.order, relationshipCount: graph.size, results };
}

export async function centrality(ctx: AppContext, measure: Measure, args: SubgraphArgs, info: GraphQLResolveInfo) {
  const top = boundedInt(args.top, 'top', 1, MAX_TOP, 10);
  const { engine, nodeCount, relationshipCount, results } = await runAlgorithm(ctx, measure, subgraphParams(ctx, args), top);
  const scope = info as unknown as RequestScope;
  const selected = fieldNodesNamed(fieldNodesNamed(info.fieldNodes, 'CentralityResult', 'scores', scope), 'CentralityScore', 'entity', scope);
  const entities = await entitiesById(ctx, results.map((r) => r.entity.id), selected, info);
  return {
    measure, engine, nodeCount, relationshipCount,
    scores: results.map((r, i) => ({ rank: i + 1, entity: entities.get(r.entity.id) ?? { '#kind': r.entity.kind }, score: r.value })),
  };
}

export async function communities(ctx: AppContext, args: SubgraphArgs, info: GraphQLResolveInfo) {
  const top = boundedInt(args.top, 'top', 1, MAX_TOP, 10);
  const { engine, nodeCount, relationshipCount, results } = await runAlgorithm(ctx, 'LOUVAIN', subgraphParams(ctx, args), top);
  const groups = new Map<number, EntityRecord[]>();
  for (const { entity, value } of results) {
    const members = groups.get(value);
    if (members) members.push(entity);
    else groups.set(value, [entity]);
  }
  const list = [...groups]
    .map(([id, members]) => ({ id, size: members.length, members: members.sort((a, b) => Number(b.degree ?? 0) - Number(a.degree ?? 0) || String(a.name).localeCompare(String(b.name))) }))
    .sort((a, b) => b.size - a.size || a.id - b.id)
    .slice(0, top);
  const scope = info as unknown as RequestScope;
  const selected = fieldNodesNamed(fieldNodesNamed(info.fieldNodes, 'CommunityResult', 'communities', scope), 'Community', 'members', scope);
  const entities = await entitiesById(ctx, list.flatMap((g) => g.members.map((m) => m.id)), selected, info);
  const project = (m: EntityRecord) => entities.get(m.id) ?? { '#kind': m.kind };
  return { engine, nodeCount, relationshipCount, communities: list.map((g) => ({ ...g, members: g.members.map(project) })) };
}
