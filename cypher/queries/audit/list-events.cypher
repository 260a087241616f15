// Audit events, newest first, optionally filtered.
// $action: string|null  $actor: string|null  $before: epoch ms|null (cursor)  $limit: integer
MATCH (e:AuditEvent)
WHERE ($action IS NULL OR e.action = $action)
  AND ($actor IS NULL OR e.actor = $actor)
  AND ($before IS NULL OR e.at < $before OR (e.at = $before AND e.id < $beforeId))
WITH e ORDER BY e.at DESC, e.id DESC LIMIT $limit
RETURN e {.*} AS event
