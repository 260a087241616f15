// What undoing a resolution needs to know, read inside its transaction: the duplicate, what it
// was resolved into (and whether that is still an entity, or was itself resolved since), the
// resolution's marking, and how many of the relationships that moved the user cannot see.
// $duplicate: string  $markings: [string]
OPTIONAL MATCH (d:Resolved {id: $duplicate})-[j:SAME_AS]->(s)
RETURN d {.id, .kind, .name, .marking} AS duplicate, s {.id, .name, .marking} AS into, s:Entity AS current, j.marking AS marking,
  CASE WHEN s IS NULL THEN 0 ELSE COUNT {
    (s)-[r]-(x) WHERE coalesce(r.id, elementId(r)) IN j.movedOut + j.movedIn AND (NOT r.marking IN $markings OR NOT x.marking IN $markings)
  } END AS hiddenMoved
