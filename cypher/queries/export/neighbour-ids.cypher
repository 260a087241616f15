// One hop out from the given entities over links the viewer may see, to entities they may see:
// the scope of an export of a neighbourhood, grown a hop at a time. Provenance links
// ($structuralTypes) do not count as neighbours.
// $ids: [string]  $markings: [string]  $structuralTypes: [string]  $limit: integer
UNWIND $ids AS id
MATCH (s:Entity {id: id})-[r]-(n:Entity)
WHERE s.marking IN $markings AND r.marking IN $markings AND n.marking IN $markings
  AND NOT type(r) IN $structuralTypes
RETURN DISTINCT n.id AS id
LIMIT $limit
