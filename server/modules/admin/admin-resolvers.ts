import type { AppContext } from '../../context.ts';
import { addUser, auditLog, changeUser, newToken, revokeToken, signInLink, users } from './admin-domain.ts';

type Args = Record<string, any>;

export const adminResolvers = {
  Query: {
    users: (_: unknown, _a: Args, ctx: AppContext) => users(ctx),
    auditLog: (_: unknown, a: Args, ctx: AppContext) => auditLog(ctx, a),
  },
  Mutation: {
    createUser: (_: unknown, a: Args, ctx: AppContext) => addUser(ctx, a as never),
    updateUser: (_: unknown, a: Args, ctx: AppContext) => changeUser(ctx, a as never),
    createApiToken: (_: unknown, a: Args, ctx: AppContext) => newToken(ctx, a as never),
    revokeApiToken: (_: unknown, a: Args, ctx: AppContext) => revokeToken(ctx, a.id),
    createSignInLink: (_: unknown, a: Args, ctx: AppContext) => signInLink(ctx, a.user),
  },
};
