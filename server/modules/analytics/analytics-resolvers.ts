import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../context.ts';
import { centrality, communities, type Measure, type SubgraphArgs } from './analytics-domain.ts';

export const analyticsResolvers = {
  Query: {
    centrality: (_: unknown, { measure, ...args }: SubgraphArgs & { measure?: Measure | null }, ctx: AppContext, info: GraphQLResolveInfo) =>
      centrality(ctx, measure ?? 'PAGERANK', args, info),
    communities: (_: unknown, args: SubgraphArgs, ctx: AppContext, info: GraphQLResolveInfo) => communities(ctx, args, info),
  },
};
