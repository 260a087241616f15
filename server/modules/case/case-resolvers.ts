import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../context.ts';
import { checkDepth } from '../entity/entity-resolvers.ts';
import { routeHotspots, suspectPolycriminality, suspectsLinkedToBoth } from './case-domain.ts';

type Page = { first?: number | null; after?: string | null };

export const caseResolvers = {
  Query: {
    suspectsLinkedToBoth: (_: unknown, a: { crimeA: string; crimeB: string } & Page, ctx: AppContext, info: GraphQLResolveInfo) =>
      suspectsLinkedToBoth(ctx, a.crimeA, a.crimeB, a.first, a.after, checkDepth(info)),
    routeHotspots: (_: unknown, a: { routeId: string } & Page, ctx: AppContext, info: GraphQLResolveInfo) => routeHotspots(ctx, a.routeId, a.first, a.after, checkDepth(info)),
    suspectPolycriminality: (_: unknown, a: { year?: number | null }, ctx: AppContext, info: GraphQLResolveInfo) => suspectPolycriminality(ctx, a.year, checkDepth(info)),
  },
};
