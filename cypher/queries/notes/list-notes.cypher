// Analysts' notes on any of the given entities or relationships, among those the viewer may see
// (the note's own marking and what it is about: visibleNote in server/query/visibility.ts),
// newest first. A list of targets, so the notes of entities resolved as one are read together.
// $targetIds: [string]  $markings: [string]  $limit: integer
MATCH (n:Note)
WHERE n.targetId IN $targetIds
  AND n.marking IN $markings AND CASE n.targetType WHEN 'entity' THEN EXISTS { MATCH (e:Entity {id: n.targetId}) WHERE e.marking IN $markings } WHEN 'link' THEN EXISTS { MATCH (a:Entity {id: n.fromId})-[r]->(b:Entity {id: n.toId}) WHERE r.id = n.targetId AND r.marking IN $markings AND a.marking IN $markings AND b.marking IN $markings } ELSE false END
RETURN n {.id, .text, .author, .createdAt, .marking, .targetId, .targetType} AS note
ORDER BY n.createdAt DESC, n.id
LIMIT $limit
