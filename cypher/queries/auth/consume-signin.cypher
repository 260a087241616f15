// Uses up a one-time sign-in link: only the first caller gets the user back.
// $id: string  $now: epoch milliseconds
MATCH (c:Credential {id: $id, kind: 'signin'})
WHERE c.revokedAt IS NULL AND c.expiresAt > $now
SET c.revokedAt = $now
WITH c
MATCH (u:User {id: c.userId}) WHERE u.disabledAt IS NULL
RETURN c {.*} AS credential, u {.*} AS user
