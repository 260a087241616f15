import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../context.ts';
import { neighbourhood, paths, subgraph, type NeighbourhoodArgs, type PathArgs, type SubgraphArgs } from './graph-domain.ts';

export const graphResolvers = {
  Query: {
    neighbourhood: (_: unknown, args: NeighbourhoodArgs, ctx: AppContext, info: GraphQLResolveInfo) => neighbourhood(ctx, args, info),
    subgraph: (_: unknown, args: SubgraphArgs, ctx: AppContext, info: GraphQLResolveInfo) => subgraph(ctx, args, info),
    paths: (_: unknown, args: PathArgs, ctx: AppContext, info: GraphQLResolveInfo) => paths(ctx, args, info),
  },
};
