// Users with their live API tokens (never the hashes).
// $now: epoch milliseconds
MATCH (u:User)
RETURN u {.*} AS user,
  COLLECT {
    MATCH (c:Credential {userId: u.id, kind: 'token'})
    WHERE c.revokedAt IS NULL AND (c.expiresAt IS NULL OR c.expiresAt > $now)
    RETURN c {.id, .label, .createdAt, .expiresAt}
  } AS tokens
ORDER BY u.name
