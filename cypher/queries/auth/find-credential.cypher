// A live credential (API token, session or sign-in link) and its enabled user. A session made
// from an API token (parentId) lives only as long as that token is live.
// $id: string  $kind: 'token'|'session'|'signin'  $now: epoch milliseconds
MATCH (c:Credential {id: $id})
WHERE c.kind = $kind AND c.revokedAt IS NULL AND (c.expiresAt IS NULL OR c.expiresAt > $now)
MATCH (u:User {id: c.userId})
WHERE u.disabledAt IS NULL
OPTIONAL MATCH (parent:Credential {id: c.parentId})
WITH c, u, parent
WHERE c.parentId IS NULL
   OR (parent IS NOT NULL AND parent.revokedAt IS NULL AND (parent.expiresAt IS NULL OR parent.expiresAt > $now))
RETURN c {.*} AS credential, u {.*} AS user
