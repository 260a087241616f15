// Every shortest path from $from to $to over visible entities and relationships.
// $from, $to: string  $maxHops: 1..10  {{TYPES}}: the traversable types (typed, so only they are expanded)  $kinds: [string]|null (intermediate nodes)
// $excludeIds: [string]  $markings: [string]
// Ends with the path p in scope; the compiled tail (server/modules/graph) projects what is selected.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a.marking IN $markings AND b.marking IN $markings
MATCH p = ALL SHORTEST (a)((y:Entity WHERE y.marking IN $markings)-[r:{{TYPES}} WHERE r.marking IN $markings]-(x:Entity WHERE x.marking IN $markings AND (x.id = $to OR (($kinds IS NULL OR x.kind IN $kinds) AND NOT x.id IN $excludeIds)))){1,10}(b)
WHERE length(p) <= $maxHops
WITH p
