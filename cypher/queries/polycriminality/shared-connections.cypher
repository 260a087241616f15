// Entities of the given kinds directly linked (non-structural relationships) to both crime types.
// $first, $second: string  $kinds: [string]  $markings: [string]  $structuralTypes: [string]
MATCH (a:Entity {id: $first}), (b:Entity {id: $second})
WHERE a.kind = 'CrimeType' AND b.kind = 'CrimeType' AND a.marking IN $markings AND b.marking IN $markings
MATCH (a)-[ra]-(x:Entity)-[rb]-(b)
WHERE x.kind IN $kinds AND x.marking IN $markings AND x <> a AND x <> b
  AND NOT type(ra) IN $structuralTypes AND NOT type(rb) IN $structuralTypes
  AND ra.marking IN $markings AND rb.marking IN $markings
WITH a, b, x, collect(DISTINCT ra) AS ras, collect(DISTINCT rb) AS rbs
RETURN
  a {.*} AS first, b {.*} AS second,
  x {.*, degree: COUNT { (x)-[y]-(o:Entity) WHERE NOT type(y) IN $structuralTypes AND y.marking IN $markings AND o.marking IN $markings }} AS entity,
  [r IN ras + rbs | {id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS rels,
  COLLECT { MATCH (s:Source) WHERE s.marking IN $markings RETURN s {.*} } AS sourceDocs
ORDER BY x.kind, x.name
