/**
 * The gate in front of every path the API answers. Deny by default:
 * - only /graphql, /health, /ready and the /auth/* routes below exist; everything else under
 *   them answers 404 (GraphQL is served at /graphql exactly, never at /graphql/ or .../graphql);
 * - every request to /graphql needs a valid API token (Authorization: Bearer) or session cookie
 *   and stays within its per-credential rate limit; only GraphiQL's page itself (development)
 *   is served without one;
 * - cross-site request forgery: a POST to /graphql must carry a JSON or GraphQL media type
 *   (forms and text/plain, which a page on another origin can send without asking, get 415) and
 *   a GET must carry the x-graphql-csrf header (403 without it), in every mode. Signing in and out
 *   needs a JSON body and a same-origin request (Origin or Sec-Fetch-Site), else 403;
 * - every response carries one set of security headers (server/security-headers.ts).
 * /health and /ready stay open.
 */
import { parse as parseCookie, serialize as serializeCookie } from 'cookie';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Plugin } from 'graphql-yoga';
import type { Db } from '../db/driver.ts';
import { DatabaseUnavailableError } from '../db/driver.ts';
import { recordAudit } from './audit.ts';
import { SESSION_COOKIE, SESSION_TTL_MS, signIn, signOut, verifyCredential } from './auth-service.ts';
import { signInRefusedPage } from './signin-refused-page.ts';
import { configureCredentialCache } from './credential-cache.ts';
import { addSecurityHeaders } from '../security-headers.ts';
import type { Identity } from './identity.ts';

export interface GateOptions {
  db: Db;
  /** Requests per minute per credential (and per address for failed sign-ins). */
  ratePerMinute: number;
  /** Secure cookies when served over HTTPS. */
  secureCookies: boolean;
  /**
   * How long a verified credential is answered without asking Neo4j again (0: every request
   * asks). Bounds how long a revocation made by another instance takes to reach this one.
   */
  credentialCacheMs: number;
  /** GraphiQL's page and its Content-Security-Policy, served at GET /graphql for text/html; null: none. */
  graphiql: { html: string; policy: string } | null;
  /** Origins allowed to call the API with credentials (CORS); the answers then vary by Origin. */
  corsOrigins: readonly string[];
}

/** Every path the API answers; anything else under /graphql, /health, /ready or /auth is 404. */
const ROUTES = new Set(['/graphql', '/health', '/ready', '/auth/signin', '/auth/session', '/auth/signout', '/auth/me']);

/** What a POST to /graphql may carry: only types a page on another origin cannot send without a CORS preflight. */
export const GRAPHQL_POST_TYPES = ['application/json', 'application/graphql-response+json', 'application/graphql+json'];
export const CSRF_HEADER = 'x-graphql-csrf';

const mediaType = (request: Request) => (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * Made by a page of this very site: the browser says so (Sec-Fetch-Site, which no page can
 * set), or the Origin it sends names this host. Host and port are compared, not the scheme, so
 * a TLS-terminating proxy in front of the server does not break signing in.
 */
function sameOrigin(request: Request, url: URL): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null) return site === 'same-origin';
  const origin = request.headers.get('origin');
  if (origin === null || origin === 'null') return false;
  try {
    return new URL(origin).host === url.host;
  } catch {
    return false;
  }
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });

const graphqlError = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  json(status, { errors: [{ message, extensions: { code } }] }, headers);

function clientAddress(serverContext: unknown): string {
  const req = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req;
  return req?.socket?.remoteAddress ?? 'local';
}

function presentedCredential(request: Request): { value: string | null; kind: 'token' | 'session'; sent: boolean } {
  const header = request.headers.get('authorization');
  if (header !== null) {
    const m = /^Bearer\s+(.+)$/i.exec(header.trim());
    return { value: m ? m[1]!.trim() : null, kind: 'token', sent: true };
  }
  const cookies = parseCookie(request.headers.get('cookie') ?? '');
  const session = cookies[SESSION_COOKIE] ?? null;
  return { value: session, kind: 'session', sent: session !== null };
}

/** Identities of requests that passed the gate, read by the GraphQL context. */
const identities = new WeakMap<Request, Identity>();
export const identityOf = (request: Request): Identity | undefined => identities.get(request);

export function useAuthGate({ db, ratePerMinute, secureCookies, credentialCacheMs, graphiql, corsOrigins }: GateOptions): Plugin {
  configureCredentialCache(db, credentialCacheMs);
  const perCredential = new RateLimiterMemory({ points: ratePerMinute, duration: 60 });
  const perAddress = new RateLimiterMemory({ points: Math.max(30, Math.floor(ratePerMinute / 10)), duration: 60 });

  const sessionCookie = (value: string, maxAgeMs: number) =>
    serializeCookie(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'strict', secure: secureCookies, path: '/', maxAge: Math.floor(maxAgeMs / 1000) });

  async function limited(limiter: RateLimiterMemory, key: string): Promise<Response | null> {
    try {
      await limiter.consume(key);
      return null;
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const seconds = Math.ceil(error.msBeforeNext / 1000);
      return graphqlError(429, 'RATE_LIMITED', `Too many requests: try again in ${seconds} s.`, { 'retry-after': String(seconds) });
    }
  }

  async function authRoute(request: Request, url: URL, address: string): Promise<Response> {
    const tooMany = await limited(perAddress, `auth:${address}`);
    if (tooMany) return tooMany;
    if (url.pathname === '/auth/signin' && request.method === 'GET') {
      const result = await signIn(db, url.searchParams.get('token') ?? '', address);
      if (!result) {
        const presented = presentedCredential(request);
        const signedIn = presented.kind === 'session' && (await verifyCredential(db, presented.value, 'session')) !== null;
        return new Response(signInRefusedPage(signedIn), { status: 401, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
      }
      return new Response(null, { status: 303, headers: { location: '/', 'set-cookie': sessionCookie(result.session, SESSION_TTL_MS) } });
    }
    if (url.pathname === '/auth/session' || url.pathname === '/auth/signout') {
      if (request.method !== 'POST') return graphqlError(405, 'BAD_USER_INPUT', 'Use POST.', { allow: 'POST' });
      if (!sameOrigin(request, url)) return graphqlError(403, 'FORBIDDEN', 'Sign in and out from a page of this site (the request must be same-origin).');
      if (mediaType(request) !== 'application/json') return graphqlError(415, 'BAD_USER_INPUT', 'Send a JSON body (content-type: application/json).');
    }
    if (url.pathname === '/auth/session') {
      let token = '';
      try {
        token = String(((await request.json()) as { token?: unknown }).token ?? '');
      } catch {
        return graphqlError(400, 'BAD_USER_INPUT', 'Send {"token": "..."} as JSON.');
      }
      const result = await signIn(db, token, address);
      if (!result) return graphqlError(401, 'UNAUTHENTICATED', 'That sign-in link or API token is invalid, expired or already used.');
      const { name, role, clearance } = result.identity;
      return json(200, { user: { name, role, clearance } }, { 'set-cookie': sessionCookie(result.session, SESSION_TTL_MS) });
    }
    if (url.pathname === '/auth/signout') {
      const presented = presentedCredential(request);
      const identity = presented.value ? await verifyCredential(db, presented.value, presented.kind) : null;
      if (identity && identity.via === 'session') await signOut(db, identity);
      return json(200, { signedOut: true }, { 'set-cookie': sessionCookie('', 0) });
    }
    if (url.pathname === '/auth/me' && request.method === 'GET') {
      const presented = presentedCredential(request);
      const identity = presented.value ? await verifyCredential(db, presented.value, presented.kind) : null;
      // Not signed in is an answer, not an error: the explorer asks this on every visit.
      if (!identity) return json(200, { user: null });
      return json(200, { user: { name: identity.name, role: identity.role, clearance: identity.clearance } });
    }
    return graphqlError(405, 'BAD_USER_INPUT', 'Use GET.', { allow: 'GET' });
  }

  /** Requests a page on another origin could make without asking: refused before anything else. */
  function forgeable(request: Request): Response | null {
    if (request.method === 'POST' && !GRAPHQL_POST_TYPES.includes(mediaType(request))) {
      return graphqlError(415, 'BAD_USER_INPUT', `POST a GraphQL request as ${GRAPHQL_POST_TYPES.join(', ')}.`, { accept: GRAPHQL_POST_TYPES.join(', ') });
    }
    if (request.method === 'GET' && !request.headers.has(CSRF_HEADER)) {
      return graphqlError(403, 'BAD_USER_INPUT', `A GET request needs the ${CSRF_HEADER} header (cross-site request forgery prevention).`);
    }
    return null;
  }

  return {
    async onRequest({ request, url, endResponse, serverContext }) {
      const address = clientAddress(serverContext);
      try {
        if (!ROUTES.has(url.pathname)) {
          endResponse(graphqlError(404, 'NOT_FOUND', `Nothing at ${url.pathname}: the API answers at /graphql.`));
          return;
        }
        if (url.pathname === '/health') {
          endResponse(json(200, { alive: true }));
          return;
        }
        if (url.pathname === '/ready') return;
        if (url.pathname.startsWith('/auth/')) {
          endResponse(await authRoute(request, url, address));
          return;
        }
        // The GraphiQL page itself is static; the queries it sends are gated like any other.
        if (graphiql && request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html')) {
          endResponse(new Response(graphiql.html, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': graphiql.policy } }));
          return;
        }
        const forged = forgeable(request);
        if (forged) {
          endResponse(forged);
          return;
        }

        const presented = presentedCredential(request);
        const identity = presented.value ? await verifyCredential(db, presented.value, presented.kind) : null;
        if (!identity) {
          const tooMany = await limited(perAddress, `denied:${address}`);
          if (tooMany) {
            endResponse(tooMany);
            return;
          }
          await recordAudit(db, {
            actor: 'anonymous',
            action: 'request-denied',
            outcome: 'denied',
            details: presented.sent ? `invalid or revoked ${presented.kind} from ${address}` : `no credentials from ${address}`,
          });
          endResponse(graphqlError(401, 'UNAUTHENTICATED', presented.sent
            ? 'The API token or session is invalid, expired or revoked: sign in again.'
            : 'Sign in first: send "Authorization: Bearer <API token>" or use the explorer\'s sign-in.', { 'www-authenticate': 'Bearer' }));
          return;
        }
        const tooMany = await limited(perCredential, identity.credentialId);
        if (tooMany) {
          await recordAudit(db, { actor: identity.name, action: 'rate-limited', outcome: 'denied', target: identity.credentialId });
          endResponse(tooMany);
          return;
        }
        identities.set(request, identity);
      } catch (error) {
        if (error instanceof DatabaseUnavailableError) {
          endResponse(graphqlError(503, 'SERVICE_UNAVAILABLE', error.message));
          return;
        }
        throw error;
      }
    },
    // Yoga parses application/json and application/graphql+json; a body sent as
    // application/graphql-response+json is the same JSON (checked by yoga like any other).
    onRequestParse({ request, setRequestParser }) {
      if (request.method === 'POST' && mediaType(request) === 'application/graphql-response+json') setRequestParser((r) => r.json());
    },
    onResponse({ response }) {
      addSecurityHeaders(response.headers);
      if (corsOrigins.length > 0 && !/\borigin\b/i.test(response.headers.get('vary') ?? '')) response.headers.append('vary', 'Origin');
    },
  };
}
