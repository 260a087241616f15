import type { AppContext } from '../../context.ts';
import { polycriminality, sharedConnections } from './polycriminality-domain.ts';

export const polycriminalityResolvers = {
  Query: {
    polycriminality: (_: unknown, a: { crimeTypeId: string; year?: number | null }, ctx: AppContext) => polycriminality(ctx, a.crimeTypeId, a.year),
    sharedConnections: (_: unknown, a: { first: string; second: string; kinds?: string[] | null }, ctx: AppContext) => sharedConnections(ctx, a.first, a.second, a.kinds),
  },
};
