// The visible relationship of one type between two entities with the given discriminators
// (order, year, linkKind: null means absent), if any, with the sources of its evidence the writer
// can see. Hidden relationships of the same type between the same entities are never matched.
// {{TYPE}} is checked against the model.
// $from: string  $to: string  $discriminators: {order, year, linkKind}  $markings: [string]
MATCH (a:Entity {id: $from})-[r:{{TYPE}}]->(b:Entity {id: $to})
WHERE r.marking IN $markings AND a.marking IN $markings AND b.marking IN $markings
  AND all(k IN keys($discriminators) WHERE coalesce(r[k] = $discriminators[k], r[k] IS NULL AND $discriminators[k] IS NULL))
WITH a, r, b ORDER BY r.id LIMIT 1
RETURN {id: r.id, type: type(r), from: a.id, to: b.id, props: properties(r)} AS rel,
  [s IN coalesce(r.evidenceSources, []) WHERE EXISTS { MATCH (d:Source {id: s}) WHERE d.marking IN $markings }] AS visibleSources
