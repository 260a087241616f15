// Creates or replaces one relationship; {{TYPE}} is checked against the model.
// $id: string  $from: string  $to: string  $props: map
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MERGE (a)-[r:{{TYPE}} {id: $id}]->(b)
SET r = $props
RETURN {id: r.id, type: type(r), from: a.id, to: b.id, props: properties(r)} AS rel
