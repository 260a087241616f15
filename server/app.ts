/**
 * createApp({ db, config }) → a yoga app. Tests call app.fetch without a socket; index.ts
 * serves it over HTTP together with the explorer's static files.
 */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { GraphQLError } from 'graphql';
import { createYoga, maskError, useReadinessCheck } from 'graphql-yoga';
import { createContext } from './context.ts';
import { DatabaseUnavailableError, QueryTimeoutError, type Db } from './db/driver.ts';
import { ERROR_CODES, serviceUnavailable, tooCostly } from './errors.ts';
import { analyticsEngine } from './modules/analytics/analytics-domain.ts';
import { buildSchema } from './schema.ts';

export interface AppConfig {
  /** GraphiQL with locally bundled assets; off in production. */
  graphiql: boolean;
  production: boolean;
}

export const defaultAppConfig = (env: NodeJS.ProcessEnv = process.env): AppConfig => ({
  graphiql: env.NODE_ENV !== 'production',
  production: env.NODE_ENV === 'production',
});

type ErrorLike = Error & { extensions?: Record<string, unknown>; originalError?: unknown };

// Structural checks: the graphql package may be loaded twice (ESM and CommonJS) in test
// runners, and instanceof GraphQLError fails across the two copies.
const isGraphQLError = (e: unknown): e is ErrorLike => e instanceof Error && e.name === 'GraphQLError';

/** Known failures keep their message and code; everything else becomes a generic error. */
function toClientError(error: unknown, message: string, isDev?: boolean): Error {
  const original = isGraphQLError(error) ? (error.originalError ?? error) : error;
  if (original instanceof DatabaseUnavailableError) return serviceUnavailable(original.message);
  if (original instanceof QueryTimeoutError) return tooCostly(original.message);
  if (isGraphQLError(error) && !error.originalError) return error;
  if (isGraphQLError(original) && original.extensions?.code) return original;
  // Unexpected: keep the details in the server log, never in the response.
  console.error('Unexpected error while answering a request:', original);
  const masked = maskError(error, message, isDev);
  return isGraphQLError(masked)
    ? new GraphQLError(masked.message, { extensions: { ...masked.extensions, code: ERROR_CODES.INTERNAL_SERVER_ERROR } })
    : masked;
}

export function createApp({ db, config = defaultAppConfig() }: { db: Db; config?: AppConfig }) {
  // Learn early whether analytics can run inside Neo4j (GDS); a failure is retried on use.
  analyticsEngine(db).catch(() => {});
  return createYoga({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: config.graphiql ? { title: 'People-smuggling knowledge graph', defaultQuery: DEFAULT_QUERY } : false,
    renderGraphiQL,
    maskedErrors: { maskError: (error, message) => toClientError(error, message, false) },
    context: () => createContext(db),
    plugins: [
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          if (!(await db.ping())) {
            return new Response(JSON.stringify({ ready: false, reason: 'Neo4j is not reachable' }), {
              status: 503,
              headers: { 'content-type': 'application/json' },
            });
          }
          return true;
        },
      }),
    ],
  });
}

export type App = ReturnType<typeof createApp>;

const DEFAULT_QUERY = /* GraphQL */ `# How is Operation Hydra linked to Europol?
{
  paths(from: "op-hydra", to: "org-europol") {
    paths {
      length
      nodes { id kind label }
      edges { type label evidence { sourceId quote } }
    }
  }
}
`;
