/**
 * Entity lookups and lists. Each function runs exactly one Cypher query: the roots it needs
 * plus the subgraph (to `depth` hops) that nested fields will read from the request graph.
 */
import { filterableProperties, kindSpec, orderProperty, relationshipTypes, structuralTypes } from '../../domain/derive.ts';
import { MARKINGS, type Kind } from '../../domain/model.ts';
import { q } from '../../db/cypher.ts';
import type { AppContext } from '../../context.ts';
import { badInput, boundedInt } from '../../errors.ts';
import type { EntityRecord, RelRecord } from './request-graph.ts';

export const MAX_PAGE_SIZE = 100;

interface SubgraphRow {
  rootIds: string[];
  extra: Record<string, unknown>;
  nodes: EntityRecord[];
  rels: RelRecord[];
}

/** Runs `<rootQuery> + entity/expand-subgraph` and fills the request graph. */
export async function loadRoots(
  ctx: AppContext,
  rootQuery: string,
  params: Record<string, unknown>,
  depth: number,
): Promise<{ roots: EntityRecord[]; extra: Record<string, unknown> }> {
  const cypher = `${q(rootQuery)}\n${q('entity/expand-subgraph')}`;
  // Figures (MEASURES) hang off the entities they measure; provenance links are not traversed.
  const traversable = relationshipTypes.filter((t) => t !== 'MENTIONED_IN');
  const [row] = (await ctx.db.readText(cypher, {
    ...params,
    depth,
    relationshipTypes: traversable,
    structuralTypes,
    markings: ctx.viewer.markings,
    hiddenMarkings: MARKINGS.filter((m) => !ctx.viewer.markings.includes(m)),
  })) as unknown as SubgraphRow[];
  if (!row) return { roots: [], extra: {} };
  ctx.graph.add(row.nodes, row.rels);
  const roots = row.rootIds.map((id) => ctx.graph.node(id)).filter((n): n is EntityRecord => n !== undefined);
  return { roots, extra: row.extra ?? {} };
}

export async function findEntities(ctx: AppContext, ids: readonly string[], depth: number): Promise<EntityRecord[]> {
  if (ids.length === 0) return [];
  if (ids.length > MAX_PAGE_SIZE) throw badInput(`At most ${MAX_PAGE_SIZE} ids per request (got ${ids.length}).`, 'ids');
  const { roots } = await loadRoots(ctx, 'entity/find-by-ids', { ids: [...ids] }, depth);
  return roots;
}

export async function findEntity(ctx: AppContext, id: string, depth: number): Promise<EntityRecord | null> {
  const [entity] = await findEntities(ctx, [id], depth);
  return entity ?? null;
}

export interface ListArgs {
  filter?: Record<string, unknown> | null;
  orderBy?: { field: string; direction: 'ASC' | 'DESC' } | null;
  first?: number | null;
  after?: string | null;
}

export const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const text = Buffer.from(cursor, 'base64url').toString();
  const m = /^o:(\d{1,9})$/.exec(text);
  if (!m) throw badInput('"after" is not a cursor returned by this API.', 'after');
  return Number(m[1]) + 1;
}

export async function listEntities(ctx: AppContext, kind: Kind, args: ListArgs, depth: number) {
  const first = boundedInt(args.first, 'first', 0, MAX_PAGE_SIZE, 25);
  const skip = decodeCursor(args.after);
  const { nameContains = null, source = null, ...rest } = args.filter ?? {};
  const allowed = new Set(filterableProperties(kind));
  const equals: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (value === null || value === undefined) continue;
    if (!allowed.has(key)) throw badInput(`${kindSpec(kind).plural} cannot be filtered by "${key}".`, 'filter');
    equals[key] = value;
  }
  const orderBy = orderProperty(kind, args.orderBy?.field ?? 'NAME');
  if (!orderBy) throw badInput(`Unknown sort field "${args.orderBy?.field}".`, 'orderBy');
  const { roots, extra } = await loadRoots(ctx, 'entity/list-by-kind', {
    kind,
    nameContains,
    source,
    equals,
    orderBy,
    descending: args.orderBy?.direction === 'DESC',
    skip,
    limit: first,
  }, depth);
  const total = Number(extra.total ?? 0);
  const edges = roots.map((node, i) => ({ cursor: encodeCursor(skip + i), node }));
  return {
    edges,
    nodes: roots,
    totalCount: total,
    pageInfo: { hasNextPage: skip + roots.length < total, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

