import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../context.ts';
import { kindNames, kindSpec, relationshipFields } from '../../domain/derive.ts';
import { badInput } from '../../errors.ts';
import { findEntities, findEntity, listEntities, type ListArgs } from './entity-domain.ts';
import { evidenceOf, figures, links, routeStages, sourcesOf } from './entity-fields.ts';
import { MAX_LINK_DEPTH, linkDepth } from './link-depth.ts';
import type { EntityRecord, LinkQuery } from './request-graph.ts';

type Resolver = (parent: EntityRecord, args: never, ctx: AppContext) => unknown;

/** Depth the selection needs, refused above the limit so no request loads the whole graph. */
export function requestedDepth(info: GraphQLResolveInfo): number {
  const depth = linkDepth(info);
  if (depth > MAX_LINK_DEPTH) {
    throw badInput(`Relationship fields may be nested at most ${MAX_LINK_DEPTH} levels deep (this query nests ${depth}); use neighbourhood for wider views.`);
  }
  return depth;
}

const commonFields: Record<string, Resolver> = {
  aliases: (e) => e.aliases ?? [],
  marking: (e) => e.marking ?? 'PUBLIC',
  evidence: (e, _a, ctx) => evidenceOf(e, ctx),
  sources: (e, _a, ctx) => sourcesOf(e, ctx),
  figures: (e, _a, ctx) => figures(e, ctx),
  degree: (e) => e.degree ?? 0,
  links: ((e: EntityRecord, args: LinkQuery, ctx: AppContext) => links(e, args, ctx)) as Resolver,
};

function kindResolvers(kind: (typeof kindNames)[number]): Record<string, Resolver> {
  const fields: Record<string, Resolver> = { ...commonFields };
  for (const { field, type, direction } of relationshipFields(kind)) {
    fields[field] = (e, _a, ctx) => links(e, { types: [type], direction }, ctx);
  }
  if (kind === 'Route') fields.stages = (e, _a, ctx) => routeStages(e, ctx);
  return fields;
}

const listQueries = Object.fromEntries(
  kindNames.map((kind) => [
    kindSpec(kind).listField,
    (_: unknown, args: ListArgs, ctx: AppContext, info: GraphQLResolveInfo) => listEntities(ctx, kind, args, requestedDepth(info)),
  ]),
);

export const entityResolvers = {
  Query: {
    entity: (_: unknown, { id }: { id: string }, ctx: AppContext, info: GraphQLResolveInfo) => findEntity(ctx, id, requestedDepth(info)),
    node: (_: unknown, { id }: { id: string }, ctx: AppContext, info: GraphQLResolveInfo) => findEntity(ctx, id, requestedDepth(info)),
    entities: (_: unknown, { ids }: { ids: string[] }, ctx: AppContext, info: GraphQLResolveInfo) => findEntities(ctx, ids, requestedDepth(info)),
    ...listQueries,
  },
  Entity: {
    __resolveType: (e: EntityRecord) => e.kind,
  },
  ...Object.fromEntries(kindNames.map((kind) => [kind, kindResolvers(kind)])),
};
