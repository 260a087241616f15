/**
 * Credentials are "<id>.<secret>": the id finds the stored record, only a SHA-256 hash of the
 * 256-bit random secret is stored (a fast hash is enough for secrets this long), and hashes
 * are compared in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export interface IssuedSecret {
  id: string;
  hash: string;
  /** What the holder presents; shown once, never stored. */
  value: string;
}

const PREFIX = { token: 'sgt', session: 'sgs', signin: 'sgl' } as const;
export type CredentialKind = keyof typeof PREFIX;

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function issueSecret(kind: CredentialKind): IssuedSecret {
  const id = `${PREFIX[kind]}_${randomBytes(9).toString('base64url')}`;
  const secret = randomBytes(32).toString('base64url');
  return { id, hash: hashSecret(secret), value: `${id}.${secret}` };
}

/** Splits a presented value; null when it is not shaped like one of ours. */
export function parseSecret(value: string | null | undefined, kind: CredentialKind): { id: string; secret: string } | null {
  if (!value || value.length > 200) return null;
  const m = new RegExp(`^(${PREFIX[kind]}_[A-Za-z0-9_-]{12})\\.([A-Za-z0-9_-]{43})$`).exec(value.trim());
  return m ? { id: m[1]!, secret: m[2]! } : null;
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
