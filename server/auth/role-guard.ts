/**
 * Server-side role enforcement on every root field: the @auth(requires:) directive, or VIEWER
 * for queries and ANALYST for mutations when a field declares none. Nested fields need no
 * check of their own: they are only reachable through a root field, and every query is
 * already restricted to the caller's clearance.
 */
import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, GraphQLError, type GraphQLSchema } from 'graphql';
import type { AppContext } from '../context.ts';
import { ERROR_CODES } from '../errors.ts';
import { recordAudit } from './audit.ts';
import { hasRole, type Role } from './roles.ts';

export function withRoleGuard(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.ROOT_FIELD]: (field, fieldName, typeName) => {
      const declared = getDirective(schema, field, 'auth')?.[0]?.requires as string | undefined;
      const required = (declared ?? (typeName === 'Mutation' ? 'ANALYST' : 'VIEWER')).toLowerCase() as Role;
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        resolve: async (source, args, ctx: AppContext, info) => {
          const identity = ctx.viewer.identity;
          if (!identity) {
            throw new GraphQLError('Sign in first.', { extensions: { code: ERROR_CODES.UNAUTHENTICATED, http: { status: 401 } } });
          }
          if (!hasRole(identity.role, required)) {
            await recordAudit(ctx.db, { actor: identity.name, action: 'request-denied', outcome: 'denied', target: `${typeName}.${fieldName}`, details: `needs ${required}, has ${identity.role}` });
            throw new GraphQLError(`${typeName}.${fieldName} needs the ${required} role; you are ${identity.role}.`, { extensions: { code: ERROR_CODES.FORBIDDEN } });
          }
          return resolve(source, args, ctx, info);
        },
      };
    },
  });
}
