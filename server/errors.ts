/**
 * GraphQL errors with a stable extensions.code. Anything else thrown in a resolver is masked
 * by the app (no stack trace, no Cypher) except the database errors mapped in app.ts.
 */
import { GraphQLError } from 'graphql';

export const ERROR_CODES = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export function badInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ERROR_CODES.BAD_USER_INPUT, ...(argument ? { argument } : {}) } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ERROR_CODES.NOT_FOUND } });
}

export function serviceUnavailable(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ERROR_CODES.SERVICE_UNAVAILABLE, http: { status: 503 } } });
}

export function tooCostly(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ERROR_CODES.QUERY_TOO_COSTLY } });
}

/** Integer argument within bounds, else BAD_USER_INPUT naming the argument. */
export function boundedInt(value: number | null | undefined, name: string, min: number, max: number, fallback: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) throw badInput(`${name} must be an integer from ${min} to ${max} (got ${value}).`, name);
  return n;
}
