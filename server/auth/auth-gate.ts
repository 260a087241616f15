/**
 * Deny by default: every request to /graphql needs a valid API token (Authorization: Bearer)
 * or session cookie, and stays within its per-credential rate limit. The /auth/* routes sign
 * people in and out. /health and /ready stay open.
 */
import { parse as parseCookie, serialize as serializeCookie } from 'cookie';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Plugin } from 'graphql-yoga';
import type { Db } from '../db/driver.ts';
import { DatabaseUnavailableError } from '../db/driver.ts';
import { recordAudit } from './audit.ts';
import { SESSION_COOKIE, SESSION_TTL_MS, signIn, signOut, verifyCredential } from './auth-service.ts';
import { configureCredentialCache } from './credential-cache.ts';
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

export function useAuthGate({ db, ratePerMinute, secureCookies, credentialCacheMs }: GateOptions): Plugin {
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
      if (!result) return new Response('This sign-in link is invalid, expired or already used. Ask for a new one (npm run users -- signin-link <name>).', { status: 401, headers: { 'content-type': 'text/plain; charset=utf-8' } });
      return new Response(null, { status: 303, headers: { location: '/', 'set-cookie': sessionCookie(result.session, SESSION_TTL_MS) } });
    }
    if (url.pathname === '/auth/session' && request.method === 'POST') {
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
    if (url.pathname === '/auth/signout' && request.method === 'POST') {
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
    return json(404, { error: 'Not found' });
  }

  return {
    async onRequest({ request, url, endResponse, serverContext }) {
      const address = clientAddress(serverContext);
      try {
        if (url.pathname.startsWith('/auth/')) {
          endResponse(await authRoute(request, url, address));
          return;
        }
        if (url.pathname !== '/graphql') return;
        // The GraphiQL page itself is static; the queries it sends are gated like any other.
        if (request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html')) return;

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
  };
}
