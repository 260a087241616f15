// Stores a credential: only the hash of its secret is kept.
// $credential: {id, userId, kind, hash, label, createdAt, expiresAt, parentId}
MATCH (u:User {id: $credential.userId})
CREATE (c:Credential)
SET c = $credential
RETURN c {.id, .userId, .kind, .label, .createdAt, .expiresAt} AS credential
