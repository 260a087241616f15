import { describe, expect, it } from 'vitest';
import { CredentialCache } from '../../server/auth/credential-cache.ts';
import type { Identity } from '../../server/auth/identity.ts';

const identity = (n: number, userId = `u${n}`): Identity => ({ userId, name: `user${n}`, role: 'viewer', clearance: 'PUBLIC', credentialId: `sgt_${n}`, via: 'token' });
const value = (n: number) => `sgt_${String(n).padStart(12, '0')}.${'s'.repeat(43)}`;

function remember(cache: CredentialCache, n: number, now: number, expiresAt: number | null = null, userId?: string) {
  const { ticket } = cache.lookup('token', value(n), now);
  cache.store(ticket, identity(n, userId), expiresAt);
}

describe('the credential cache', () => {
  it('answers within the time from when the verification started, and not after', () => {
    const cache = new CredentialCache(1000);
    remember(cache, 1, 10_000);
    expect(cache.lookup('token', value(1), 10_999).identity?.name).toBe('user1');
    expect(cache.lookup('token', value(1), 11_000).identity).toBeUndefined();
  });

  it('checks the credential\'s own expiry on every use', () => {
    const cache = new CredentialCache(60_000);
    remember(cache, 1, 10_000, 10_500);
    expect(cache.lookup('token', value(1), 10_499).identity).toBeDefined();
    expect(cache.lookup('token', value(1), 10_500).identity).toBeUndefined();
  });

  it('keys by a hash of the presented value and kind, never the secret itself', () => {
    const cache = new CredentialCache(60_000);
    const { ticket } = cache.lookup('token', value(1), 0);
    expect(ticket.key).toMatch(/^[0-9a-f]{64}$/);
    expect(ticket.key).not.toContain('sss');
    remember(cache, 1, 0);
    expect(cache.lookup('session', value(1), 1).identity).toBeUndefined();
  });

  it('keeps at most maxEntries, dropping the least recently used', () => {
    const cache = new CredentialCache(60_000, 3);
    for (const n of [1, 2, 3]) remember(cache, n, 0);
    cache.lookup('token', value(1), 1); // 1 is now the most recent
    remember(cache, 4, 2);
    expect(cache.size).toBe(3);
    expect(cache.lookup('token', value(2), 3).identity).toBeUndefined();
    for (const n of [1, 3, 4]) expect(cache.lookup('token', value(n), 3).identity).toBeDefined();
  });

  it('forgets a credential or every credential of a user at once', () => {
    const cache = new CredentialCache(60_000);
    remember(cache, 1, 0);
    remember(cache, 2, 0, null, 'shared');
    remember(cache, 3, 0, null, 'shared');
    cache.forgetCredential('sgt_1');
    cache.forgetUser('shared');
    expect(cache.size).toBe(0);
  });

  it('does not store an answer to a lookup that was in flight when something was forgotten', () => {
    const cache = new CredentialCache(60_000);
    const { ticket } = cache.lookup('token', value(1), 0);
    cache.forgetCredential('sgt_1');
    cache.store(ticket, identity(1), null);
    expect(cache.lookup('token', value(1), 1).identity).toBeUndefined();
  });

  it('remembers nothing when the time is 0, and refuses a nonsensical time', () => {
    const cache = new CredentialCache(0);
    remember(cache, 1, 0);
    expect(cache.size).toBe(0);
    expect(() => new CredentialCache(-1)).toThrow();
    expect(() => new CredentialCache(1.5)).toThrow();
  });

  it('hands out copies, so a caller cannot change what is remembered', () => {
    const cache = new CredentialCache(60_000);
    remember(cache, 1, 0);
    const first = cache.lookup('token', value(1), 1).identity!;
    first.clearance = 'CONFIDENTIAL';
    expect(cache.lookup('token', value(1), 2).identity!.clearance).toBe('PUBLIC');
  });
});
