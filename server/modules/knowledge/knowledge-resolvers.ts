import type { GraphQLResolveInfo } from 'graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import type { AppContext } from '../../context.ts';
import { findEntity } from '../entity/entity-domain.ts';
import { edgeById } from '../graph/graph-domain.ts';
import { deleteEntity, deleteLink, upsertEntity, upsertLink, type EntityInput, type LinkInput } from './knowledge-domain.ts';

/** A write answers with what it wrote, read back through the same compiled projections as any read. */
export const knowledgeResolvers = {
  JSONObject: JSONObjectResolver,
  Mutation: {
    upsertEntity: async (_: unknown, { input }: { input: EntityInput }, ctx: AppContext, info: GraphQLResolveInfo) =>
      findEntity(ctx, (await upsertEntity(ctx, input)).id, info),
    deleteEntity: (_: unknown, { id }: { id: string }, ctx: AppContext) => deleteEntity(ctx, id),
    upsertLink: async (_: unknown, { input }: { input: LinkInput }, ctx: AppContext, info: GraphQLResolveInfo) => {
      const rel = await upsertLink(ctx, input);
      return edgeById(ctx, rel.id, rel.type, info);
    },
    deleteLink: (_: unknown, { id }: { id: string }, ctx: AppContext) => deleteLink(ctx, id),
  },
};
