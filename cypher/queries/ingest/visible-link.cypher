// The visible relationship of this type between two visible entities, if any, whose evidence a
// link accepted from a candidate adds to.
// $from: string  $to: string  $type: string  $markings: [string]
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE type(r) = $type AND a.marking IN $markings AND r.marking IN $markings AND b.marking IN $markings
RETURN r {.*} AS rel
ORDER BY r.id
LIMIT 1
