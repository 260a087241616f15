/**
 * Signing in and out of the API. A one-time sign-in link (or an API token) is exchanged for an
 * HttpOnly session cookie at /auth/session; the page never sees or stores the session itself.
 */
import { ApiError } from './graphql-transport.ts';

export interface User {
  name: string;
  role: 'viewer' | 'analyst' | 'admin';
  clearance: string;
}

async function call(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { credentials: 'same-origin', ...init });
  } catch {
    throw new ApiError('The API cannot be reached. Check your connection and try again.', 'unreachable', 'NETWORK');
  }
}

/** The signed-in user, or null when there is no valid session. */
export async function currentUser(): Promise<User | null> {
  const response = await call('/auth/me', { method: 'GET', headers: { accept: 'application/json' } });
  if (response.status === 401) return null;
  if (!response.ok) throw new ApiError(`The API answered with an error (HTTP ${response.status}). Try again.`, 'server', String(response.status));
  return ((await response.json()) as { user: User }).user;
}

/** The token inside a pasted sign-in link (…/auth/signin?token=…), or the pasted text itself. */
export function tokenFrom(pasted: string): string {
  const text = pasted.trim();
  try {
    return new URL(text).searchParams.get('token') ?? text;
  } catch {
    return text;
  }
}

export async function signIn(pasted: string): Promise<User> {
  const response = await call('/auth/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ token: tokenFrom(pasted) }),
  });
  const body = (await response.json().catch(() => ({}))) as { user?: User; errors?: { message: string }[] };
  if (response.ok && body.user) return body.user;
  if (response.status === 429) throw new ApiError(body.errors?.[0]?.message ?? 'Too many attempts: wait a minute.', 'unavailable', 'RATE_LIMITED');
  throw new ApiError(body.errors?.[0]?.message ?? 'That sign-in link or token was not accepted.', 'unauthenticated', 'UNAUTHENTICATED');
}

export async function signOut(): Promise<void> {
  // A JSON body and a same-origin request (the browser adds Origin and Sec-Fetch-Site): the API
  // refuses anything a page of another site could send.
  await call('/auth/signout', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: '{}' });
}
