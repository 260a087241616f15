import type { AppContext } from '../../context.ts';
import { neighbourhood, paths, type NeighbourhoodArgs, type PathArgs } from './graph-domain.ts';

export const graphResolvers = {
  Query: {
    neighbourhood: (_: unknown, args: NeighbourhoodArgs, ctx: AppContext) => neighbourhood(ctx, args),
    paths: (_: unknown, args: PathArgs, ctx: AppContext) => paths(ctx, args),
  },
};
