import type { Role, Marking } from './roles.ts';

/** Who is calling: a signed-in user (session cookie) or a script (API token). */
export interface Identity {
  userId: string;
  name: string;
  role: Role;
  clearance: Marking;
  /** The credential used, so a token can be rate-limited and revoked on its own. */
  credentialId: string;
  via: 'session' | 'token';
}
