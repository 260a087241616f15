/**
 * Neighbourhoods, induced subgraphs and paths as Cytoscape-ready graphs. Each root field sends
 * one query, compiled from its selection: the node limit is applied before degrees, edges and
 * entities are computed, and only what is selected is computed at all.
 */
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../context.ts';
import { q } from '../../db/cypher.ts';
import { relType, withMaxHops, withRelTypes } from '../../db/labels.ts';
import { linkTypes, relationshipTypes } from '../../domain/derive.ts';
import type { RelationshipType } from '../../domain/model.ts';
import { badInput, boundedInt } from '../../errors.ts';
import { Compilation } from '../../query/compilation.ts';
import { graphEdgeMap, graphNodeMap, ID_KEY } from '../../query/graph-projection.ts';
import { fieldNodesNamed, type RequestScope } from '../../query/selection.ts';
import { survivorsOf } from '../duplicates/duplicates-domain.ts';
import { visible } from '../../query/visibility.ts';

/** Hops a neighbourhood may reach from its start nodes. */
export const MAX_DEPTH = 3;
export const MAX_NEIGHBOURHOOD_NODES = 500;
export const MAX_PATH_HOPS = 10;
const MAX_IDS = 100;
/** Nodes a client already draws: a large canvas sends many. */
const MAX_DRAWN_IDS = 2000;

type ElementMap = Record<string, unknown>;

function traversableTypes(requested: readonly string[] | null | undefined, includeStructural: boolean | null | undefined): RelationshipType[] {
  if (requested?.length) return requested as RelationshipType[];
  return includeStructural ? [...relationshipTypes] : [...linkTypes];
}

function checkIds(ids: readonly string[], name: string, max = MAX_IDS): void {
  if (ids.length > max) throw badInput(`${name} may hold at most ${max} ids (got ${ids.length}).`, name);
}

/** The node and edge selections of a Graph field (merged over aliases). */
function graphSelections(fieldNodes: readonly FieldNode[], scope: RequestScope) {
  return {
    nodes: fieldNodesNamed(fieldNodes, 'Graph', 'nodes', scope),
    edges: fieldNodesNamed(fieldNodes, 'Graph', 'edges', scope),
  };
}

/**
 * Edges among `inner` nodes, and from them to `outer` ones (already drawn), each once. Written
 * as the tail of a query that has both lists in scope.
 */
function edgesAmong(c: Compilation, types: readonly RelationshipType[], inner: string, outer: string, edgeNodes: readonly FieldNode[]): string {
  if (edgeNodes.length === 0) return `[] AS edges`;
  const a = c.variable('a');
  const r = c.variable('r');
  const b = c.variable('b');
  return `COLLECT { UNWIND ${inner} AS ${a} MATCH (${a})-[${r}:${types.map(relType).join('|')}]-(${b}:Entity) ` +
    `WHERE ${visible(a)} AND ${visible(r)} AND ${visible(b)} AND (${b} IN ${outer} OR (${b} IN ${inner} AND elementId(${a}) <= elementId(${b}))) ` +
    `WITH DISTINCT ${r} RETURN ${graphEdgeMap(c, r, edgeNodes)} } AS edges`;
}

/** Projects each node of the list `list` (of maps {node, distance}) as a GraphNode. */
function nodeMaps(c: Compilation, list: string, nodeNodes: readonly FieldNode[]): string {
  if (nodeNodes.length === 0) return `[] AS nodes`;
  const k = c.variable('k');
  const g = c.variable('g');
  return `COLLECT { UNWIND ${list} AS ${k} WITH ${k}.node AS ${g}, ${k}.distance AS d${g} WHERE ${visible(g)} RETURN ${graphNodeMap(c, g, `d${g}`, nodeNodes)} } AS nodes`;
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

export async function neighbourhood(ctx: AppContext, args: NeighbourhoodArgs, info: GraphQLResolveInfo) {
  checkIds(args.ids, 'ids');
  checkIds(args.excludeIds ?? [], 'excludeIds', MAX_DRAWN_IDS);
  if (args.ids.length === 0) throw badInput('ids must name at least one entity.', 'ids');
  const depth = boundedInt(args.depth, 'depth', 1, MAX_DEPTH, 1);
  const limit = boundedInt(args.limit, 'limit', 1, MAX_NEIGHBOURHOOD_NODES, 100);
  const types = traversableTypes(args.relationshipTypes, args.includeStructural);
  const c = new Compilation(info, ctx.viewer.markings);
  const selection = graphSelections(info.fieldNodes, c.scope);
  Object.assign(c.params, { ids: args.ids, excludeIds: args.excludeIds ?? [], limit, kinds: args.kinds?.length ? args.kinds : null });
  // Nearest first, then by name: the kept set never depends on anything the viewer cannot see.
  const cypher = [
    withRelTypes(withMaxHops(q('graph/neighbourhood'), depth, MAX_DEPTH), types),
    `WITH kept, total, [x IN kept | x.node] AS keptNodes, COLLECT { MATCH (e:Entity) WHERE e.id IN $excludeIds AND ${visible('e')} RETURN e } AS drawn`,
    `RETURN total, ${nodeMaps(c, 'kept', selection.nodes)}, ${edgesAmong(c, types, 'keptNodes', 'drawn', selection.edges)}`,
  ].join('\n');
  const [row] = await ctx.db.readText(cypher, c.params);
  const nodes = (row?.nodes ?? []) as ElementMap[];
  const total = Number(row?.total ?? 0);
  return { nodes, edges: (row?.edges ?? []) as ElementMap[], truncated: total > limit, totalNodes: total };
}

export interface SubgraphArgs {
  ids: string[];
  connectTo?: string[] | null;
  relationshipTypes?: string[] | null;
  includeStructural?: boolean | null;
}

/** The visible entities among `ids`, the edges among them, and their edges to `connectTo`. */
export async function subgraph(ctx: AppContext, args: SubgraphArgs, info: GraphQLResolveInfo, resolvedAlready = false) {
  checkIds(args.ids, 'ids', MAX_DRAWN_IDS);
  checkIds(args.connectTo ?? [], 'connectTo', MAX_DRAWN_IDS);
  const types = traversableTypes(args.relationshipTypes, args.includeStructural);
  const c = new Compilation(info, ctx.viewer.markings);
  const selection = graphSelections(info.fieldNodes, c.scope);
  const cypher = [
    `OPTIONAL MATCH (n:Entity) WHERE n.id IN ${c.param(args.ids)} AND ${visible('n')}`,
    `WITH collect(n) AS inner`,
    `WITH inner, [x IN inner | {node: x, distance: null}] AS kept, COLLECT { MATCH (e:Entity) WHERE e.id IN ${c.param(args.connectTo ?? [])} AND ${visible('e')} RETURN e } AS outer`,
    `RETURN size(inner) AS total, ${nodeMaps(c, 'kept', selection.nodes)}, ${edgesAmong(c, types, 'inner', 'outer', selection.edges)}`,
  ].join('\n');
  const [row] = await ctx.db.readText(cypher, c.params);
  // Ids merged away since (a saved view, a shared link) draw the entities they were resolved into.
  if (Number(row?.total ?? 0) < new Set(args.ids).size && !resolvedAlready) {
    const survivors = await survivorsOf(ctx, [...args.ids, ...(args.connectTo ?? [])]);
    const now = (ids: readonly string[]) => [...new Set(ids.map((id) => survivors.get(id) ?? id))];
    if (survivors.size) return subgraph(ctx, { ...args, ids: now(args.ids), connectTo: args.connectTo ? now(args.connectTo) : args.connectTo }, info, true);
  }
  return { nodes: (row?.nodes ?? []) as ElementMap[], edges: (row?.edges ?? []) as ElementMap[], truncated: false, totalNodes: Number(row?.total ?? 0) };
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

/** Nodes and edges of path `p` as element maps, for one Path or the merged graph. */
function pathElements(c: Compilation, nodeNodes: readonly FieldNode[], edgeNodes: readonly FieldNode[], prefix: string): string {
  const idx = c.variable('idx');
  const g = c.variable('g');
  const e = c.variable('e');
  const nodes = nodeNodes.length
    ? `COLLECT { UNWIND range(0, length(p)) AS ${idx} WITH nodes(p)[${idx}] AS ${g}, ${idx} RETURN ${graphNodeMap(c, g, idx, nodeNodes)} }`
    : '[]';
  const edges = edgeNodes.length ? `COLLECT { UNWIND relationships(p) AS ${e} RETURN ${graphEdgeMap(c, e, edgeNodes)} }` : '[]';
  return `${nodes} AS ${prefix}Nodes, ${edges} AS ${prefix}Edges`;
}

export async function paths(ctx: AppContext, args: PathArgs, info: GraphQLResolveInfo) {
  const maxHops = boundedInt(args.maxHops, 'maxHops', 1, MAX_PATH_HOPS, 6);
  const k = boundedInt(args.k, 'k', 1, 10, 3);
  checkIds(args.excludeIds ?? [], 'excludeIds');
  if (args.from === args.to) throw badInput('from and to must be two different entities.', 'to');
  const c = new Compilation(info, ctx.viewer.markings);
  const pathNodes = fieldNodesNamed(info.fieldNodes, 'PathResult', 'paths', c.scope);
  const graphNodes = fieldNodesNamed(info.fieldNodes, 'PathResult', 'graph', c.scope);
  const perPath = { nodes: fieldNodesNamed(pathNodes, 'Path', 'nodes', c.scope), edges: fieldNodesNamed(pathNodes, 'Path', 'edges', c.scope) };
  const merged = graphSelections(graphNodes, c.scope);
  Object.assign(c.params, {
    from: args.from,
    to: args.to,
    maxHops,
    k,
    types: traversableTypes(args.relationshipTypes, args.includeStructural),
    kinds: args.kinds?.length ? args.kinds : null,
    excludeIds: args.excludeIds ?? [],
  });
  // Typed in the pattern, not filtered after: a suspect's path must not expand the thousands of
  // nationals of a country or members of a network only to drop them.
  const cypher = `${withRelTypes(q(PATH_QUERIES[args.mode ?? 'SHORTEST']), c.params.types as RelationshipType[])}\nRETURN length(p) AS length, ` +
    `${pathElements(c, perPath.nodes, perPath.edges, 'path')}, ${pathElements(c, merged.nodes, merged.edges, 'graph')}`;
  const rows = await ctx.db.readText(cypher, c.params);
  const graphNodeMaps = new Map<unknown, ElementMap>();
  const graphEdgeMaps = new Map<unknown, ElementMap>();
  for (const row of rows) {
    for (const n of row.graphNodes as ElementMap[]) if (!graphNodeMaps.has(n[ID_KEY])) graphNodeMaps.set(n[ID_KEY], n);
    for (const e of row.graphEdges as ElementMap[]) graphEdgeMaps.set(e[ID_KEY], e);
  }
  return {
    paths: rows.map((row) => ({ length: Number(row.length), nodes: row.pathNodes, edges: row.pathEdges })),
    graph: {
      nodes: [...graphNodeMaps.values()],
      edges: [...graphEdgeMaps.values()],
      truncated: false,
      totalNodes: graphNodeMaps.size,
    },
  };
}

/** One relationship as a GraphEdge, when the viewer may see it and both its ends. */
export async function edgeById(ctx: AppContext, id: string, type: RelationshipType, info: GraphQLResolveInfo) {
  const c = new Compilation(info, ctx.viewer.markings);
  const [row] = await ctx.db.readText(
    `MATCH (a:Entity)-[r:${relType(type)} {id: ${c.param(id)}}]->(b:Entity) WHERE ${visible('r')} AND ${visible('a')} AND ${visible('b')} ` +
    `RETURN ${graphEdgeMap(c, 'r', info.fieldNodes)} AS edge`,
    c.params,
  );
  return row?.edge ?? null;
}
