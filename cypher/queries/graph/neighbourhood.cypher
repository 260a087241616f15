// The visible entities within {{MAX_HOPS}} hops (the requested depth, 1..3, checked before it is
// spliced in) of the start ids, nearest first, with the edges among them and to $excludeIds
// (nodes the client already shows), plus the visible source documents.
// $ids: [string]  $types: [string] (traversable relationship types)
// $kinds: [string]|null (kinds allowed beyond the start nodes)  $excludeIds: [string]
// $limit: integer  $markings: [string]  $structuralTypes: [string]
MATCH (start:Entity) WHERE start.id IN $ids AND start.marking IN $markings
MATCH p = ANY SHORTEST (start)(()-[r WHERE type(r) IN $types AND r.marking IN $markings]-(x:Entity WHERE x.marking IN $markings AND ($kinds IS NULL OR x.kind IN $kinds))){0,{{MAX_HOPS}}}(m:Entity)
WITH m, min(length(p)) AS distance
WITH m, distance, COUNT { (m)-[y]-(o:Entity) WHERE NOT type(y) IN $structuralTypes AND y.marking IN $markings AND o.marking IN $markings } AS degree
ORDER BY distance, degree DESC, m.name
WITH collect({node: m, distance: distance, degree: degree}) AS found
WITH found, [f IN found WHERE f.distance = 0 OR NOT f.node.id IN $excludeIds] AS candidates
WITH found, candidates[0..$limit] AS kept, size(candidates) AS total
WITH kept, total, [k IN kept | k.node] + COLLECT { MATCH (e:Entity) WHERE e.id IN $excludeIds AND e.marking IN $markings RETURN e } AS drawn
CALL (drawn) {
  UNWIND drawn AS a
  MATCH (a)-[r]-(b:Entity)
  WHERE b IN drawn AND type(r) IN $types AND r.marking IN $markings AND elementId(a) <= elementId(b)
  RETURN collect(DISTINCT {id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}) AS rels
}
RETURN [k IN kept | apoc.map.merge(properties(k.node), {degree: k.degree, distance: k.distance})] AS nodes, rels, total,
  COLLECT { MATCH (s:Source) WHERE s.marking IN $markings RETURN s {.*} } AS sourceDocs
