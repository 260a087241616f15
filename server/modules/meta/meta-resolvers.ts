import type { AppContext } from '../../context.ts';
import { meta } from './meta-domain.ts';

export const metaResolvers = {
  Query: {
    meta: (_: unknown, _args: unknown, ctx: AppContext) => meta(ctx),
  },
};
