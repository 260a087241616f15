import type { AppContext } from '../../context.ts';
import { q } from '../../db/cypher.ts';
import { withMaxHops } from '../../db/labels.ts';
import { linkTypes, relationshipTypes, structuralTypes } from '../../domain/derive.ts';
import { badInput, boundedInt } from '../../errors.ts';
import type { EntityRecord, RelRecord } from '../entity/request-graph.ts';
import { graphEdge, graphNode, toGraph } from './graph-elements.ts';

/** Hops a neighbourhood may reach from its start nodes. */
export const MAX_DEPTH = 3;
export const MAX_NEIGHBOURHOOD_NODES = 500;
export const MAX_PATH_HOPS = 10;
const MAX_IDS = 100;
/** Nodes a client already draws: a large canvas sends many. */
const MAX_EXCLUDED_IDS = 2000;

function traversableTypes(requested: string[] | null | undefined, includeStructural: boolean | null | undefined): string[] {
  if (requested?.length) return requested;
  return includeStructural ? [...relationshipTypes] : [...linkTypes];
}

function checkIds(ids: readonly string[], name: string, max = MAX_IDS): void {
  if (ids.length > max) throw badInput(`${name} may hold at most ${max} ids (got ${ids.length}).`, name);
}

export interface NeighbourhoodArgs {
  ids: string[];
  depth?: number | null;
  relationshipTypes?: string[] | null;
  kinds?: string[] | null;
  limit?: number | null;
  excludeIds?: string[] | null;
  includeStructural?: boolean | null;
}

/** Keeps only nodes connected to a start node through the returned (visible) edges. */
function reachable(nodes: EntityRecord[], rels: RelRecord[], starts: Set<string>, alsoDrawn: Set<string>): EntityRecord[] {
  const adjacency = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adjacency.get(a);
    if (list) list.push(b);
    else adjacency.set(a, [b]);
  };
  for (const r of rels) {
    link(r.from, r.to);
    link(r.to, r.from);
  }
  const seen = new Set<string>();
  const queue = [...starts, ...alsoDrawn];
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(adjacency.get(id) ?? []));
  }
  return nodes.filter((n) => seen.has(n.id));
}

export async function neighbourhood(ctx: AppContext, args: NeighbourhoodArgs) {
  checkIds(args.ids, 'ids');
  checkIds(args.excludeIds ?? [], 'excludeIds', MAX_EXCLUDED_IDS);
  if (args.ids.length === 0) throw badInput('ids must name at least one entity.', 'ids');
  const depth = boundedInt(args.depth, 'depth', 1, MAX_DEPTH, 1);
  const limit = boundedInt(args.limit, 'limit', 1, MAX_NEIGHBOURHOOD_NODES, 100);
  const [row] = await ctx.db.readText(withMaxHops(q('graph/neighbourhood'), depth, MAX_DEPTH), {
    ids: args.ids,
    types: traversableTypes(args.relationshipTypes, args.includeStructural),
    kinds: args.kinds?.length ? args.kinds : null,
    excludeIds: args.excludeIds ?? [],
    limit,
    markings: ctx.viewer.markings,
    structuralTypes,
  });
  const nodes = (row?.nodes ?? []) as EntityRecord[];
  const rels = (row?.rels ?? []) as RelRecord[];
  // Source documents resolve evidence; they are not drawn.
  ctx.graph.add((row?.sourceDocs ?? []) as EntityRecord[], []);
  const kept = reachable(nodes, rels, new Set(args.ids), new Set(args.excludeIds ?? []));
  const keptIds = new Set(kept.map((n) => n.id));
  const drawn = new Set([...keptIds, ...(args.excludeIds ?? [])]);
  // Edges among the new nodes, and from them to nodes the client already draws.
  const edges = rels.filter((r) => drawn.has(r.from) && drawn.has(r.to) && (keptIds.has(r.from) || keptIds.has(r.to)));
  ctx.graph.add(kept, edges);
  const total = Math.max(Number(row?.total ?? 0), kept.length);
  return { nodes: kept.map(graphNode), edges: edges.map((r) => graphEdge(r, ctx)), truncated: total > kept.length, totalNodes: total };
}

export interface PathArgs {
  from: string;
  to: string;
  mode?: 'SHORTEST' | 'ALL_SHORTEST' | 'K_SHORTEST' | null;
  k?: number | null;
  maxHops?: number | null;
  relationshipTypes?: string[] | null;
  kinds?: string[] | null;
  excludeIds?: string[] | null;
  includeStructural?: boolean | null;
}

const PATH_QUERIES = { SHORTEST: 'graph/paths-shortest', ALL_SHORTEST: 'graph/paths-all-shortest', K_SHORTEST: 'graph/paths-k-shortest' } as const;

export async function paths(ctx: AppContext, args: PathArgs) {
  const maxHops = boundedInt(args.maxHops, 'maxHops', 1, MAX_PATH_HOPS, 6);
  const k = boundedInt(args.k, 'k', 1, 10, 3);
  checkIds(args.excludeIds ?? [], 'excludeIds');
  if (args.from === args.to) throw badInput('from and to must be two different entities.', 'to');
  const rows = await ctx.db.read(PATH_QUERIES[args.mode ?? 'SHORTEST'], {
    from: args.from,
    to: args.to,
    maxHops,
    k,
    types: traversableTypes(args.relationshipTypes, args.includeStructural),
    kinds: args.kinds?.length ? args.kinds : null,
    excludeIds: args.excludeIds ?? [],
    markings: ctx.viewer.markings,
    structuralTypes,
  });
  const allNodes = new Map<string, EntityRecord>();
  const allRels = new Map<string, RelRecord>();
  for (const row of rows.slice(0, 1)) ctx.graph.add(row.sourceDocs as EntityRecord[], []);
  const found = rows.map((row) => {
    const nodes = (row.nodes as EntityRecord[]).map((n, i) => ({ ...n, distance: i }));
    const rels = row.rels as RelRecord[];
    for (const n of nodes) if (!allNodes.has(n.id)) allNodes.set(n.id, n);
    for (const r of rels) allRels.set(r.id, r);
    const g = toGraph(ctx, nodes, rels);
    return { length: rels.length, nodes: g.nodes, edges: rels.map((r) => g.edges.find((e) => e.id === r.id)!) };
  });
  return { paths: found, graph: toGraph(ctx, [...allNodes.values()], [...allRels.values()]) };
}
