// Roots: the entities with the given ids, in the order asked (unknown or hidden ids left out).
// $ids: [string]   $markings: [string]
// Followed by entity/expand-subgraph.
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (n:Entity {id: $ids[i]}) WHERE n.marking IN $markings
WITH n, i ORDER BY i
WITH [x IN collect(n) WHERE x IS NOT NULL] AS roots
WITH roots, {} AS extra
