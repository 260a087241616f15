// The visible entities within {{MAX_HOPS}} hops (the requested depth, 1..3, checked before it is
// spliced in) of the start ids over relationships of {{TYPES}} (model types, checked), nearest
// first and then by name, leaving out $excludeIds (nodes the client already draws) beyond the
// start nodes; at most $limit of them are kept. The compiled tail (server/modules/graph)
// projects only what the request selects, for the kept nodes only.
// $ids: [string]  $kinds: [string]|null (kinds allowed beyond the start nodes)
// $excludeIds: [string]  $limit: integer  $markings: [string]
MATCH (start:Entity) WHERE start.id IN $ids AND start.marking IN $markings
MATCH p = ANY SHORTEST (start)((y:Entity WHERE y.marking IN $markings)-[r:{{TYPES}} WHERE r.marking IN $markings]-(x:Entity WHERE x.marking IN $markings AND ($kinds IS NULL OR x.kind IN $kinds))){0,{{MAX_HOPS}}}(m:Entity WHERE m.marking IN $markings)
WITH m, min(length(p)) AS distance
WHERE distance = 0 OR NOT m.id IN $excludeIds
WITH m, distance ORDER BY distance, m.name, m.id
WITH collect({node: m, distance: distance}) AS found
WITH found[0..$limit] AS kept, size(found) AS total
