// The visible subgraph of one network, for in-process analytics: its visible members and the
// identifiers they use (of the given kinds), with the relationships of the given types among
// them. Starts from the network's id, so its cost follows the network, not the whole graph.
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
WITH net, a
WHERE a.kind IN $kinds AND NOT a.id IN $excludeIds
OPTIONAL MATCH (a)-[r]->(b:Entity)
WHERE type(r) IN $types AND r.marking IN $markings AND b.kind IN $kinds AND b.marking IN $markings AND NOT b.id IN $excludeIds
  AND (EXISTS { MATCH (b)-[bm:MEMBER_OF]->(net) WHERE bm.marking IN $markings }
    OR EXISTS { MATCH (b)<-[bu:USES_IDENTIFIER]-(bp:Entity:Person)-[bpm:MEMBER_OF]->(net) WHERE bu.marking IN $markings AND bp.marking IN $markings AND bpm.marking IN $markings })
RETURN a {.id, .kind, .name} AS node, collect(b.id) AS targets
