import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../context.ts';
import { polycriminality, sharedConnections } from './polycriminality-domain.ts';

export const polycriminalityResolvers = {
  Query: {
    polycriminality: (_: unknown, a: { crimeTypeId: string; year?: number | null }, ctx: AppContext, info: GraphQLResolveInfo) => polycriminality(ctx, a.crimeTypeId, a.year, info),
    sharedConnections: (_: unknown, a: { first: string; second: string; kinds?: string[] | null }, ctx: AppContext, info: GraphQLResolveInfo) =>
      sharedConnections(ctx, a.first, a.second, a.kinds, info),
  },
};
