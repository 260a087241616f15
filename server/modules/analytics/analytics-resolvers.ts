import type { AppContext } from '../../context.ts';
import { centrality, communities, type Measure, type SubgraphArgs } from './analytics-domain.ts';

export const analyticsResolvers = {
  Query: {
    centrality: (_: unknown, { measure, ...args }: SubgraphArgs & { measure?: Measure | null }, ctx: AppContext) => centrality(ctx, measure ?? 'PAGERANK', args),
    communities: (_: unknown, args: SubgraphArgs, ctx: AppContext) => communities(ctx, args),
  },
};
