// Revokes a credential at once (API token or session).
// $id: string  $now: epoch milliseconds
MATCH (c:Credential {id: $id})
WHERE c.revokedAt IS NULL
SET c.revokedAt = $now
RETURN c {.id, .userId, .kind, .label, .createdAt, .expiresAt, .revokedAt} AS credential
