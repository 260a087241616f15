// Audit events, newest first, optionally filtered, only those within the reader's clearance: an
// event carries the marking of what it records (the strictest of before and after). Events
// written before events carried one count as CONFIDENTIAL when they record a knowledge write.
// $action: string|null  $actor: string|null  $before: epoch ms|null (cursor)  $beforeId: string  $limit: integer  $markings: [string]
MATCH (e:AuditEvent)
WHERE coalesce(e.marking, CASE WHEN e.action IN ['entity-upserted', 'entity-deleted', 'link-upserted', 'link-deleted'] THEN 'CONFIDENTIAL' ELSE 'PUBLIC' END) IN $markings
  AND ($action IS NULL OR e.action = $action)
  AND ($actor IS NULL OR e.actor = $actor)
  AND ($before IS NULL OR e.at < $before OR (e.at = $before AND e.id < $beforeId))
WITH e ORDER BY e.at DESC, e.id DESC LIMIT $limit
RETURN e {.*} AS event
