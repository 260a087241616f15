import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../context.ts';
import { checkDepth } from '../entity/entity-resolvers.ts';
import { search, type SearchArgs } from './search-domain.ts';

export const searchResolvers = {
  Query: {
    search: (_: unknown, args: SearchArgs, ctx: AppContext, info: GraphQLResolveInfo) => search(ctx, args, checkDepth(info)),
  },
};
