import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../context.ts';
import { kindNames, kindSpec } from '../../domain/derive.ts';
import { badInput } from '../../errors.ts';
import { entityTypeOf } from '../../query/compiled-resolvers.ts';
import { findEntities, findEntity, listEntities, type ListArgs } from './entity-domain.ts';
import { MAX_LINK_DEPTH, linkDepth } from './link-depth.ts';

/** Refuses selections nested deeper than the limit, so no request walks the whole graph. */
export function checkDepth(info: GraphQLResolveInfo): GraphQLResolveInfo {
  const depth = linkDepth(info);
  if (depth > MAX_LINK_DEPTH) {
    throw badInput(`Relationship fields may be nested at most ${MAX_LINK_DEPTH} levels deep (this query nests ${depth}); use neighbourhood for wider views.`);
  }
  return info;
}

const listQueries = Object.fromEntries(
  kindNames.map((kind) => [
    kindSpec(kind).listField,
    (_: unknown, args: ListArgs, ctx: AppContext, info: GraphQLResolveInfo) => listEntities(ctx, kind, args, checkDepth(info)),
  ]),
);

export const entityResolvers = {
  Query: {
    entity: (_: unknown, { id }: { id: string }, ctx: AppContext, info: GraphQLResolveInfo) => findEntity(ctx, id, checkDepth(info)),
    node: (_: unknown, { id }: { id: string }, ctx: AppContext, info: GraphQLResolveInfo) => findEntity(ctx, id, checkDepth(info)),
    entities: (_: unknown, { ids }: { ids: string[] }, ctx: AppContext, info: GraphQLResolveInfo) => findEntities(ctx, ids, checkDepth(info)),
    ...listQueries,
  },
  Entity: {
    __resolveType: entityTypeOf,
  },
};
