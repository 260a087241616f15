/**
 * createApp({ db, config }) → a yoga app. Tests call app.fetch without a socket; index.ts
 * serves it over HTTP together with the explorer's static files.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { GraphQLError } from 'graphql';
import { createYoga, maskError, useReadinessCheck } from 'graphql-yoga';
import { CSRF_HEADER, identityOf, useAuthGate } from './auth/auth-gate.ts';
import { DEFAULT_CREDENTIAL_CACHE_MS } from './auth/credential-cache.ts';
import { createContext, type AnalyticsEngineChoice } from './context.ts';
import { DatabaseUnavailableError, QueryTimeoutError, type Db } from './db/driver.ts';
import { ERROR_CODES, serviceUnavailable, tooCostly } from './errors.ts';
import { analyticsEngine } from './modules/analytics/analytics-domain.ts';
import { useOperationLimits } from './operation-limits.ts';
import { USER_CONCURRENT_REQUESTS, useUserConcurrency } from './request-budget.ts';
import { buildSchema } from './schema.ts';
import { graphiqlPolicy } from './security-headers.ts';

export interface AppConfig {
  /** GraphiQL with locally bundled assets; off in production. */
  graphiql: boolean;
  /** No GraphiQL, introspection for admins only, masked errors. (CSRF prevention holds in every mode.) */
  production: boolean;
  /**
   * Origins (exact, "https://host[:port]") whose pages may call the API with credentials (CORS).
   * Empty: same-origin only, no CORS headers at all.
   */
  corsOrigins: string[];
  /** Requests per minute per API token or session. */
  ratePerMinute: number;
  /** Mark the session cookie Secure (set when served over HTTPS). */
  secureCookies: boolean;
  /**
   * Where centrality and communities run: 'auto' uses Graph Data Science inside Neo4j when it
   * is installed, 'in-process' always uses graphology in the API (keeps GDS memory off a small
   * database server).
   */
  analyticsEngine: AnalyticsEngineChoice;
  /**
   * How long (ms) a verified API token or session is trusted without asking Neo4j again; 0
   * asks on every request. A revocation, sign-out or user change is seen at once by the
   * instance that makes it and within this time by every other instance.
   */
  credentialCacheMs: number;
  /** GraphQL requests one user may have in flight at once (server/request-budget.ts). */
  concurrentPerUser: number;
}

function wholeMilliseconds(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${name} must be a whole number of milliseconds >= 0, not "${value}"`);
  return n;
}

/** CORS_ORIGINS: comma-separated exact origins; anything that is not one is refused at start. */
export function corsOrigins(value: string | undefined): string[] {
  const origins = (value ?? '').split(',').map((o) => o.trim()).filter((o) => o !== '');
  for (const origin of origins) {
    let exact = false;
    try {
      const url = new URL(origin);
      exact = (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === origin && !origin.includes('*');
    } catch { /* reported below */ }
    if (!exact) throw new Error(`CORS_ORIGINS lists exact origins such as https://kg.example.org (scheme, host, optional port; no path, no *), not "${origin}"`);
  }
  return origins;
}

export const defaultAppConfig = (env: NodeJS.ProcessEnv = process.env): AppConfig => ({
  graphiql: env.NODE_ENV !== 'production',
  production: env.NODE_ENV === 'production',
  corsOrigins: corsOrigins(env.CORS_ORIGINS),
  ratePerMinute: Number(env.RATE_LIMIT_PER_MINUTE ?? 1200),
  secureCookies: env.SECURE_COOKIES === 'true',
  analyticsEngine: env.ANALYTICS_ENGINE === 'in-process' ? 'in-process' : 'auto',
  credentialCacheMs: wholeMilliseconds('CREDENTIAL_CACHE_MS', env.CREDENTIAL_CACHE_MS, DEFAULT_CREDENTIAL_CACHE_MS),
  concurrentPerUser: Number(env.CONCURRENT_REQUESTS_PER_USER ?? USER_CONCURRENT_REQUESTS),
});

/** Query shape limits (GraphQL Armor): generous for real use, fatal for abuse. */
const ARMOR = {
  maxDepth: { n: 14 },
  maxAliases: { n: 20 },
  maxTokens: { n: 4000 },
  maxDirectives: { n: 20 },
  costLimit: { maxCost: 20_000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
  blockFieldSuggestion: { enabled: true },
};

type ErrorLike = Error & { extensions?: Record<string, unknown>; originalError?: unknown };

// Structural checks: the graphql package may be loaded twice (ESM and CommonJS) in test
// runners, and instanceof GraphQLError fails across the two copies.
const isGraphQLError = (e: unknown): e is ErrorLike => e instanceof Error && e.name === 'GraphQLError';

/** Known failures keep their message and code; everything else becomes a generic error. */
function toClientError(error: unknown, message: string, isDev?: boolean): Error {
  const original = isGraphQLError(error) ? (error.originalError ?? error) : error;
  if (original instanceof DatabaseUnavailableError) return serviceUnavailable(original.message);
  if (original instanceof QueryTimeoutError) return tooCostly(original.message);
  // GraphQL errors are deliberate (ours carry a code), query limits (GraphQL Armor, which sets
  // none) or input coercion failures from graphql-js.
  if (isGraphQLError(original)) {
    if (original.extensions?.code) return original;
    const code = /limit|exceeded|too many/i.test(original.message) ? ERROR_CODES.QUERY_TOO_COSTLY : ERROR_CODES.BAD_USER_INPUT;
    // A status the error already asks for (403 from CSRF prevention) wins over the default 400.
    return new GraphQLError(original.message, { extensions: { http: { status: 400 }, ...original.extensions, code } });
  }
  // Unexpected: keep the details in the server log, never in the response.
  console.error('Unexpected error while answering a request:', original);
  const masked = maskError(error, message, isDev);
  return isGraphQLError(masked)
    ? new GraphQLError(masked.message, { extensions: { ...masked.extensions, code: ERROR_CODES.INTERNAL_SERVER_ERROR } })
    : masked;
}

export function createApp({ db, config: partial = {} }: { db: Db; config?: Partial<AppConfig> }) {
  const config = { ...defaultAppConfig(), ...partial };
  // Learn early whether analytics can run inside Neo4j (GDS); a failure is retried on use.
  analyticsEngine(db).catch(() => {});
  // GraphiQL's page is rendered once; the gate serves it at GET /graphql with its own CSP.
  const graphiqlHtml = config.graphiql ? renderGraphiQL({ title: 'People-smuggling knowledge graph', defaultQuery: DEFAULT_QUERY, endpoint: '/graphql' }) : null;
  const allowed = new Set(config.corsOrigins);
  return createYoga({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    // Yoga's own health check answers every URL that ends in its endpoint (/graphql/health,
    // /auth/health); the gate answers /health exactly, so this one gets an endpoint no request
    // URL ends with (a fragment is never sent).
    healthCheckEndpoint: '#answered-by-the-auth-gate',
    landingPage: false,
    // Served by the gate (yoga's would answer at any path ending in /graphql).
    graphiql: false,
    // Same-origin unless CORS_ORIGINS lists origins: then only those, with credentials.
    cors: allowed.size === 0 ? false : (request: Request) => {
      const origin = request.headers.get('origin');
      return origin !== null && allowed.has(origin)
        ? { origin: [origin], credentials: true, methods: ['GET', 'POST'], allowedHeaders: ['authorization', 'content-type', 'accept', CSRF_HEADER], maxAge: 600 }
        : false;
    },
    maskedErrors: { maskError: (error, message) => toClientError(error, message, false) },
    batching: false,
    // Unexpected errors are logged by toClientError; expected ones (bad input, denied) are not noise.
    logging: false,
    context: ({ request }) => createContext(db, identityOf(request), config.analyticsEngine),
    plugins: [
      useAuthGate({
        db,
        ratePerMinute: config.ratePerMinute,
        secureCookies: config.secureCookies,
        credentialCacheMs: config.credentialCacheMs,
        graphiql: graphiqlHtml === null ? null : { html: graphiqlHtml, policy: graphiqlPolicy(graphiqlHtml) },
        corsOrigins: config.corsOrigins,
      }),
      // After the gate, which names the user.
      useUserConcurrency({ perUser: config.concurrentPerUser }),
      EnvelopArmorPlugin(ARMOR),
      // Argument sizes and the cost of the root fields, before any resolver (so any Cypher) runs.
      useOperationLimits(),
      // The gate already refuses a GET without the header and a form or text POST; this is the
      // same rule where yoga parses the request, in every mode.
      useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }),
      ...(config.production
        ? [
          useDisableIntrospection({ isDisabled: (request: Request) => identityOf(request)?.role !== 'admin' }),
        ]
        : []),
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
