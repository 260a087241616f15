// The kind of a visible entity, to compare it with others of its kind.
// $id: string  $markings: [string]
MATCH (e:Entity {id: $id})
WHERE e.marking IN $markings
RETURN e.kind AS kind
