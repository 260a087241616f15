// One relationship by id; {{TYPE}} (from the id) is checked against the model.
// $id: string  $markings: [string]
MATCH (a:Entity)-[r:{{TYPE}} {id: $id}]->(b:Entity)
WHERE r.marking IN $markings AND a.marking IN $markings AND b.marking IN $markings
RETURN {id: r.id, type: type(r), from: a.id, to: b.id, props: properties(r)} AS rel
