// Uses up a one-time sign-in link: only the first caller that presents its secret (the SHA-256
// $hash of it) gets the user back; a wrong secret leaves the link as it was.
// $id: string  $hash: string  $now: epoch milliseconds
MATCH (c:Credential {id: $id, kind: 'signin'})
WHERE c.revokedAt IS NULL AND c.expiresAt > $now AND c.hash = $hash
SET c.revokedAt = $now
WITH c
MATCH (u:User {id: c.userId}) WHERE u.disabledAt IS NULL
RETURN c {.*} AS credential, u {.*} AS user
