import type { AppContext } from '../../context.ts';

export const accessResolvers = {
  Query: {
    me: (_: unknown, _a: unknown, ctx: AppContext) => {
      const identity = ctx.viewer.identity!;
      return { name: identity.name, role: identity.role, clearance: identity.clearance, via: identity.via };
    },
  },
};
