/**
 * One GraphQL request over fetch, and the errors the explorer knows how to explain.
 *
 * Every call sends `credentials: 'same-origin'` so the HttpOnly session cookie that sign-in will
 * add later travels with it, and the API is always the relative `/graphql` on the page's own
 * origin (the server serves the built explorer and the API together).
 */

export const GRAPHQL_URL = '/graphql';

/** Why a request failed, in the categories the UI reacts to differently. */
export type ApiErrorKind = 'unreachable' | 'unauthenticated' | 'forbidden' | 'bad-request' | 'not-found' | 'unavailable' | 'server';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** extensions.code of the first GraphQL error, or the HTTP status as text. */
  readonly code: string;

  constructor(message: string, kind: ApiErrorKind, code: string) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.code = code;
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string };
}

const KIND_BY_CODE: Record<string, ApiErrorKind> = {
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  BAD_USER_INPUT: 'bad-request',
  GRAPHQL_VALIDATION_FAILED: 'bad-request',
  NOT_FOUND: 'not-found',
  SERVICE_UNAVAILABLE: 'unavailable',
  QUERY_TOO_COSTLY: 'bad-request',
  RATE_LIMITED: 'unavailable',
};

/** The message a person reads; the server's own text where it is meant for people. */
function describe(error: GraphQLErrorBody): ApiError {
  const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const kind = KIND_BY_CODE[code] ?? 'server';
  if (kind === 'unauthenticated') return new ApiError('You are not signed in, or your session has ended. Sign in again to continue.', kind, code);
  if (kind === 'forbidden') return new ApiError('Your account may not see this.', kind, code);
  if (kind === 'server') return new ApiError('The server could not answer this request. Try again; if it keeps failing, report it.', kind, code);
  return new ApiError(error.message, kind, code);
}

let onUnauthenticated: (() => void) | undefined;

/** Called whenever the API says the viewer is not signed in, so the app can offer the sign-in. */
export function whenUnauthenticated(handler: () => void): void {
  onUnauthenticated = handler;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Another route of the API: /graphql?upload=csv takes imports of up to 50 MB (server/body-limit.ts). */
  url?: string;
}

export async function graphqlRequest<T>(query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(options.url ?? GRAPHQL_URL, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        // Required by the API's CSRF prevention in production; a cross-site form cannot set it.
        'x-graphql-csrf': '1',
      },
      body: JSON.stringify({ query, variables }),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('The API cannot be reached. Check your connection and try again.', 'unreachable', 'NETWORK');
  }
  let body: { data?: T | null; errors?: GraphQLErrorBody[] } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch (error) {
    // Cancelled while the answer was being read: the caller asked for it, it is not an API error.
    if (options.signal?.aborted) throw error;
    body = undefined;
  }
  const failure = body?.errors?.length ? describe(body.errors[0]!) : response.status === 401 ? describe({ message: '', extensions: { code: 'UNAUTHENTICATED' } }) : undefined;
  if (failure?.kind === 'unauthenticated') onUnauthenticated?.();
  if (failure) throw failure;
  if (!response.ok || !body?.data) {
    if (response.status === 502 || response.status === 503 || response.status === 504) {
      throw new ApiError('The API is not available at the moment. Try again in a minute.', 'unavailable', String(response.status));
    }
    throw new ApiError(`The API answered with an error (HTTP ${response.status}). Try again.`, 'server', String(response.status));
  }
  return body.data;
}
