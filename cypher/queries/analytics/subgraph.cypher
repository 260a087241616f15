// The visible subgraph of the given kinds and relationship types, for in-process analytics.
// $kinds: [string]  $types: [string]  $markings: [string]  $excludeIds: [string] (left out, as if absent)
MATCH (a:Entity)
WHERE a.kind IN $kinds AND a.marking IN $markings AND NOT a.id IN $excludeIds
OPTIONAL MATCH (a)-[r]->(b:Entity)
WHERE type(r) IN $types AND r.marking IN $markings AND b.kind IN $kinds AND b.marking IN $markings AND NOT b.id IN $excludeIds
RETURN a {.id, .kind, .name} AS node, collect(b.id) AS targets
