// Deletes the notes on an entity or relationship that is being deleted (for an entity, also those
// on its relationships), after target-notes found none the writer may not see.
// $id: string
MATCH (n:Note)
WHERE n.targetId = $id OR n.fromId = $id OR n.toId = $id
DELETE n
RETURN count(*) AS deleted
