// Graph Data Science betweenness over the visible subgraph of the given kinds and relationship types
// (undirected), projected under a unique name and dropped in the same statement.
// $graphName: string (unique per request)  $kinds: [string]  $types: [string]  $markings: [string]  $excludeIds: [string] (left out, as if absent)  $top: integer
MATCH (a:Entity)
WHERE a.kind IN $kinds AND a.marking IN $markings AND NOT a.id IN $excludeIds
OPTIONAL MATCH (a)-[r]->(b:Entity)
WHERE type(r) IN $types AND r.marking IN $markings AND b.kind IN $kinds AND b.marking IN $markings AND NOT b.id IN $excludeIds
WITH gds.graph.project($graphName, a, b, {}, {undirectedRelationshipTypes: ['*']}) AS projection
WITH projection.nodeCount AS nodeCount, projection.relationshipCount / 2 AS relationshipCount
CALL gds.betweenness.stream($graphName) YIELD nodeId, score
WITH nodeCount, relationshipCount, gds.util.asNode(nodeId) AS n, score
ORDER BY score DESC, n.name
LIMIT $top
WITH nodeCount, relationshipCount, collect({node: n {.id, .kind, .name}, score: score}) AS results
CALL gds.graph.drop($graphName, false) YIELD graphName
RETURN nodeCount, relationshipCount, results
