// Every shortest path from $from to $to over visible entities and relationships.
// $from, $to: string  $maxHops: 1..10  $types: [string]  $kinds: [string]|null (intermediate nodes)
// $excludeIds: [string]  $markings: [string]  $structuralTypes: [string]
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a.marking IN $markings AND b.marking IN $markings
MATCH p = ALL SHORTEST (a)(()-[r WHERE type(r) IN $types AND r.marking IN $markings]-(x:Entity WHERE x.marking IN $markings AND (x.id = $to OR (($kinds IS NULL OR x.kind IN $kinds) AND NOT x.id IN $excludeIds)))){1,10}(b)
WHERE length(p) <= $maxHops
WITH p 
RETURN
  [n IN nodes(p) | n {.*, degree: COUNT { (n)-[y]-(o:Entity) WHERE NOT type(y) IN $structuralTypes AND y.marking IN $markings AND o.marking IN $markings }}] AS nodes,
  [r IN relationships(p) | {id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS rels,
  COLLECT { MATCH (s:Source) WHERE s.marking IN $markings RETURN s {.*} } AS sourceDocs
