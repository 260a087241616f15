// Up to $k (at most 10) paths, shortest first from $from to $to over visible entities and relationships.
// $from, $to: string  $maxHops: 1..10  {{TYPES}}: the traversable types (typed, so only they are expanded)  $kinds: [string]|null (intermediate nodes)
// $excludeIds: [string]  $markings: [string]  $k: 1..10
// Ends with the path p in scope; the compiled tail (server/modules/graph) projects what is selected.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a.marking IN $markings AND b.marking IN $markings
MATCH p = SHORTEST 10 (a)((y:Entity WHERE y.marking IN $markings)-[r:{{TYPES}} WHERE r.marking IN $markings]-(x:Entity WHERE x.marking IN $markings AND (x.id = $to OR (($kinds IS NULL OR x.kind IN $kinds) AND NOT x.id IN $excludeIds)))){1,10}(b)
WHERE length(p) <= $maxHops
WITH p ORDER BY length(p) LIMIT $k
