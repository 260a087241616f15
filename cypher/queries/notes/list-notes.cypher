// Analysts' notes on any of the given entities or relationships, among those the viewer may see
// (the note's own marking and what it is about: visibleNote in server/query/visibility.ts),
// newest first. A list of targets, so the notes of entities resolved as one are read together:
// an entity's notes include those of the entities resolved into it that the viewer may see.
// $targetIds: [string]  $markings: [string]  $limit: integer
WITH $targetIds + COLLECT {
  MATCH (d:Resolved)((x WHERE x.marking IN $markings)-[s:SAME_AS WHERE s.marking IN $markings]->(y WHERE y.marking IN $markings))+(t:Entity)
  WHERE t.id IN $targetIds AND d.marking IN $markings AND t.marking IN $markings
  RETURN d.id
} AS ids
MATCH (n:Note)
WHERE n.targetId IN ids
  AND n.marking IN $markings AND CASE n.targetType WHEN 'entity' THEN EXISTS { MATCH (e:Entity {id: n.targetId}) WHERE e.marking IN $markings } OR EXISTS { MATCH (a:Resolved {id: n.targetId})((e_x WHERE e_x.marking IN $markings)-[e_s:SAME_AS WHERE e_s.marking IN $markings]->(e_y WHERE e_y.marking IN $markings))+(e:Entity) WHERE a.marking IN $markings AND e.marking IN $markings } WHEN 'link' THEN EXISTS { MATCH (a:Entity {id: n.fromId})-[r]->(b:Entity {id: n.toId}) WHERE r.id = n.targetId AND r.marking IN $markings AND a.marking IN $markings AND b.marking IN $markings } ELSE false END
RETURN n {.id, .text, .author, .createdAt, .marking, .targetId, .targetType} AS note
ORDER BY n.createdAt DESC, n.id
LIMIT $limit
