/**
 * One set of security headers for every response the server sends: the API's JSON, GraphiQL,
 * /auth/*, the explorer's files and every error. Only the Content-Security-Policy differs for
 * GraphiQL, whose page is one HTML document with its assets inlined (scripts allowed by hash,
 * editor workers from blob: URLs it makes itself).
 */
import { createHash } from 'node:crypto';

const FRAME_AND_FORM = "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** The explorer loads nothing from elsewhere; Cytoscape draws on canvas with inline styles. */
export const CONTENT_SECURITY_POLICY =
  `default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; object-src 'none'; ${FRAME_AND_FORM}`;

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  // No other site may embed a response with a plain <img>, <script> or <link>.
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

/** Adds the set to headers that do not have them yet (GraphiQL brings its own policy). */
export function addSecurityHeaders(headers: Headers): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!headers.has(name)) headers.set(name, value);
}

/** The policy for one GraphiQL page: exactly its inline scripts may run. */
export function graphiqlPolicy(html: string): string {
  const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)]
    .map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`,
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    FRAME_AND_FORM,
  ].join('; ');
}
