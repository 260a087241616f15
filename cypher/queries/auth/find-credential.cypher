// A live credential (API token, session or sign-in link) and its enabled user.
// $id: string  $kind: 'token'|'session'|'signin'  $now: epoch milliseconds
MATCH (c:Credential {id: $id})
WHERE c.kind = $kind AND c.revokedAt IS NULL AND (c.expiresAt IS NULL OR c.expiresAt > $now)
MATCH (u:User {id: c.userId})
WHERE u.disabledAt IS NULL
RETURN c {.*} AS credential, u {.*} AS user
