// The notes that go with an entity or relationship being deleted (for an entity, also those on
// its relationships): how many the writer may not see, and the others, to delete and audit.
// $id: string  $markings: [string]
MATCH (n:Note)
WHERE n.targetId = $id OR n.fromId = $id OR n.toId = $id
RETURN count(CASE WHEN NOT n.marking IN $markings THEN 1 END) AS hidden,
  collect(CASE WHEN n.marking IN $markings THEN n {.id, .text, .author, .createdAt, .marking, .targetId, .targetType} END) AS visible
