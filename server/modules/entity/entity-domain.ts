/**
 * Entity lookups and lists. Each function sends one Cypher query, compiled from the root field's
 * selection (server/query): the roots it needs and exactly the fields asked for. A lookup by an
 * id that is no entity asks once more whether it was resolved into one (a merged duplicate).
 */
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../context.ts';
import { filterableProperties, kindNames, kindSpec, orderProperty } from '../../domain/derive.ts';
import type { Kind } from '../../domain/model.ts';
import { label } from '../../db/labels.ts';
import { badInput, boundedInt } from '../../errors.ts';
import { Compilation } from '../../query/compilation.ts';
import { encodeCursor, offsetAfter, pageInfo } from '../../query/cursor.ts';
import { entityProjection } from '../../query/entity-projection.ts';
import { fieldNodesNamed } from '../../query/selection.ts';
import { visible, visibleEvidenceIndexes } from '../../query/visibility.ts';
import { survivorsOf } from '../duplicates/duplicates-domain.ts';

export const MAX_PAGE_SIZE = 100;

export type EntityMap = Record<string, unknown>;


export async function findEntities(ctx: AppContext, ids: readonly string[], info: GraphQLResolveInfo): Promise<EntityMap[]> {
  if (ids.length === 0) return [];
  if (ids.length > MAX_PAGE_SIZE) throw badInput(`At most ${MAX_PAGE_SIZE} ids per request (got ${ids.length}).`, 'ids');
  const found = await entitiesById(ctx, ids, info.fieldNodes, info);
  const missing = ids.filter((id) => !found.has(id));
  // An id merged away since (a saved view, a link) finds the entity it was resolved into.
  const survivors = await survivorsOf(ctx, missing);
  const resolved = survivors.size ? await entitiesById(ctx, [...new Set(survivors.values())], info.fieldNodes, info) : new Map<string, EntityMap>();
  const seen = new Set<string>();
  return ids
    .map((id) => found.get(id) ?? resolved.get(survivors.get(id) ?? ''))
    .filter((e): e is EntityMap => e !== undefined && !seen.has(String(e.id)) && Boolean(seen.add(String(e.id))));
}

export async function findEntity(ctx: AppContext, id: string, info: GraphQLResolveInfo): Promise<EntityMap | null> {
  const c = new Compilation(info, ctx.viewer.markings);
  const [row] = await ctx.db.readText(
    `MATCH (n:Entity {id: ${c.param(id)}}) WHERE ${visible('n')} RETURN ${entityProjection(c, 'n', kindNames, info.fieldNodes)} AS entity`,
    c.params,
  );
  if (row) return row.entity as EntityMap;
  // An id merged away since finds the entity it was resolved into.
  const survivor = (await survivorsOf(ctx, [id])).get(id);
  return survivor ? findEntity(ctx, survivor, info) : null;
}

export interface ListArgs {
  filter?: Record<string, unknown> | null;
  orderBy?: { field: string; direction: 'ASC' | 'DESC' } | null;
  first?: number | null;
  after?: string | null;
}

/** The WHERE conditions of a kind's list (visibility first), every value a parameter. */
function listConditions(c: Compilation, kind: Kind, filter: Record<string, unknown>): string[] {
  const { nameContains = null, source = null, ...rest } = filter;
  const conditions = [visible('n')];
  if (typeof nameContains === 'string' && nameContains !== '') {
    const p = c.param(nameContains.toLowerCase());
    conditions.push(`(toLower(n.name) CONTAINS ${p} OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS ${p}))`);
  }
  if (typeof source === 'string') {
    // Only visible evidence counts: a hidden quote must not put an entity in a source's list.
    conditions.push(`any(e IN ${visibleEvidenceIndexes('n', 'ei', 'esrc')} WHERE n.evidenceSources[e] = ${c.param(source)})`);
  }
  const allowed = new Set(filterableProperties(kind));
  const properties = kindSpec(kind).properties as Record<string, { type: string }>;
  for (const [key, value] of Object.entries(rest)) {
    if (value === null || value === undefined) continue;
    if (!allowed.has(key)) throw badInput(`${kindSpec(kind).plural} cannot be filtered by "${key}".`, 'filter');
    const p = c.param(value);
    conditions.push(properties[key]?.type === 'string[]' ? `${p} IN coalesce(n.${key}, [])` : `n.${key} = ${p}`);
  }
  return conditions;
}

export async function listEntities(ctx: AppContext, kind: Kind, args: ListArgs, info: GraphQLResolveInfo) {
  const first = boundedInt(args.first, 'first', 0, MAX_PAGE_SIZE, 25);
  const skip = offsetAfter(args.after);
  const orderBy = orderProperty(kind, args.orderBy?.field ?? 'NAME');
  if (!orderBy) throw badInput(`Unknown sort field "${args.orderBy?.field}".`, 'orderBy');
  const c = new Compilation(info, ctx.viewer.markings);
  const where = listConditions(c, kind, args.filter ?? {}).join(' AND ');
  const match = `MATCH (n:${label(kind)}) WHERE ${where}`;
  const typeName = `${kind}Connection`;
  const nodeFields = fieldNodesNamed(info.fieldNodes, typeName, 'nodes', c.scope);
  const edgeFields = fieldNodesNamed(fieldNodesNamed(info.fieldNodes, typeName, 'edges', c.scope), `${kind}Edge`, 'node', c.scope);
  const counted = fieldNodesNamed(info.fieldNodes, typeName, 'totalCount', c.scope).length > 0
    || fieldNodesNamed(info.fieldNodes, typeName, 'pageInfo', c.scope).length > 0;
  // Entities without the sort property come last in either direction.
  const direction = args.orderBy?.direction === 'DESC' ? 'DESC' : 'ASC';
  const order = orderBy === 'name' ? `n.name ${direction}, n.id` : `n.${orderBy} IS NULL, n.${orderBy} ${direction}, n.name, n.id`;
  const pageParts = [
    nodeFields.length ? `collect(${entityProjection(c, 'n', [kind], nodeFields)}) AS nodes` : '[] AS nodes',
    edgeFields.length ? `collect(${entityProjection(c, 'n', [kind], edgeFields)}) AS edgeNodes` : '[] AS edgeNodes',
    'count(n) AS size',
  ];
  const cypher = [
    counted ? `CALL () { ${match} RETURN count(n) AS total }` : 'WITH -1 AS total',
    `CALL () { ${match} WITH n ORDER BY ${order} SKIP ${c.param(skip)} LIMIT ${c.param(first)} RETURN ${pageParts.join(', ')} }`,
    'RETURN total, nodes, edgeNodes, size',
  ].join('\n');
  const [row] = await ctx.db.readText(cypher, c.params);
  const size = Number(row?.size ?? 0);
  const total = counted ? Number(row?.total ?? 0) : skip + size;
  const edgeNodes = (row?.edgeNodes ?? []) as EntityMap[];
  return {
    nodes: (row?.nodes ?? []) as EntityMap[],
    edges: edgeNodes.map((node, i) => ({ cursor: encodeCursor(skip + i), node })),
    totalCount: total,
    pageInfo: pageInfo(skip, size, total),
  };
}

/** The visible entities with the given ids, projected as `nodes` select, by id (for results of analytics). */
export async function entitiesById(ctx: AppContext, ids: readonly string[], nodes: readonly FieldNode[], info: GraphQLResolveInfo): Promise<Map<string, EntityMap>> {
  if (ids.length === 0 || nodes.length === 0) return new Map();
  const c = new Compilation(info, ctx.viewer.markings);
  const rows = await ctx.db.readText(
    `MATCH (n:Entity) WHERE n.id IN ${c.param([...ids])} AND ${visible('n')} RETURN n.id AS id, ${entityProjection(c, 'n', kindNames, nodes)} AS entity`,
    c.params,
  );
  return new Map(rows.map((row) => [row.id as string, row.entity as EntityMap]));
}
