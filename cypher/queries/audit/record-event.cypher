// Appends one audit event. Nothing in the product updates or deletes :AuditEvent nodes.
// $event: {id, at, actor, action, outcome, target, details, before, after}
CREATE (e:AuditEvent)
SET e = $event
RETURN e.id AS id
