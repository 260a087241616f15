// Tail shared by every entity root query (appended after the query that picks the roots).
// Expects in scope: roots (list of :Entity nodes, in answer order) and extra (a map).
// Loads the visible subgraph within $depth hops of the roots, plus every visible source
// document, so nested fields resolve without further queries.
// $depth: 0..3   $relationshipTypes: [string] (types that may be traversed)
// $structuralTypes: [string]   $markings: [string] (the caller's visible markings)
// $hiddenMarkings: [string] (the others: an index seek, and none at all for full clearance)
CALL (roots) {
  WITH roots WHERE size(roots) > 0
  OPTIONAL MATCH (hidden:Entity) WHERE hidden.marking IN $hiddenMarkings
  WITH roots, collect(hidden) AS hiddenNodes
  CALL apoc.path.subgraphAll(roots, {
    maxLevel: $depth,
    relationshipFilter: apoc.text.join($relationshipTypes, '|'),
    blacklistNodes: hiddenNodes
  }) YIELD nodes, relationships
  RETURN nodes, relationships
UNION
  WITH roots WHERE size(roots) = 0
  RETURN [] AS nodes, [] AS relationships
}
WITH roots, extra, nodes, [r IN relationships WHERE r.marking IN $markings] AS rels,
     COLLECT { MATCH (s:Source) WHERE s.marking IN $markings RETURN s } AS sourceDocs
RETURN
  [n IN roots | n.id] AS rootIds,
  extra,
  [n IN nodes + sourceDocs | n {.*, degree: COUNT { (n)-[x]-(o:Entity) WHERE NOT type(x) IN $structuralTypes AND x.marking IN $markings AND o.marking IN $markings }}] AS nodes,
  [r IN rels | {id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS rels
