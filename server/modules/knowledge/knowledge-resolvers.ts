import { JSONObjectResolver } from 'graphql-scalars';
import type { AppContext } from '../../context.ts';
import { deleteEntity, deleteLink, upsertEntity, upsertLink, type EntityInput, type LinkInput } from './knowledge-domain.ts';

export const knowledgeResolvers = {
  JSONObject: JSONObjectResolver,
  Mutation: {
    upsertEntity: (_: unknown, { input }: { input: EntityInput }, ctx: AppContext) => upsertEntity(ctx, input),
    deleteEntity: (_: unknown, { id }: { id: string }, ctx: AppContext) => deleteEntity(ctx, id),
    upsertLink: (_: unknown, { input }: { input: LinkInput }, ctx: AppContext) => upsertLink(ctx, input),
    deleteLink: (_: unknown, { id }: { id: string }, ctx: AppContext) => deleteLink(ctx, id),
  },
};
