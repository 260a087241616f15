// The visible subgraph of one network, for in-process analytics: its visible members and the
// identifiers they use (of the given kinds), with the relationships of the given types among
// them. Starts from the network's id, so its cost follows the network, not the whole graph.
// Targets outside the network come back too (a few: calls to other networks); the in-process
// graph keeps only edges between its nodes (buildGraph), which is cheaper than testing each here.
// $networkId: string  $kinds: [string]  $types: [string]  $markings: [string]  $excludeIds: [string]
MATCH (net:Entity:Network {id: $networkId})
WHERE net.marking IN $markings
CALL (net) {
  MATCH (net)<-[m:MEMBER_OF]-(p:Entity:Person)
  WHERE m.marking IN $markings AND p.marking IN $markings
  RETURN p AS a
  UNION
  MATCH (net)<-[m:MEMBER_OF]-(p:Entity:Person)-[u:USES_IDENTIFIER]->(i:Entity:Identifier)
  WHERE m.marking IN $markings AND p.marking IN $markings AND u.marking IN $markings AND i.marking IN $markings
  RETURN i AS a
}
WITH a
WHERE a.kind IN $kinds AND a.marking IN $markings AND NOT a.id IN $excludeIds
OPTIONAL MATCH (a)-[r]->(b:Entity)
WHERE type(r) IN $types AND r.marking IN $markings AND b.kind IN $kinds AND b.marking IN $markings AND NOT b.id IN $excludeIds
RETURN a {.id, .kind, .name} AS node, collect(b.id) AS targets
