// Whether any entity, visible to the writer or not, holds an id (to choose a new, unique one),
// or a resolved duplicate does (undo makes it an entity again, under its own id).
// $id: string
OPTIONAL MATCH (n:Entity {id: $id})
OPTIONAL MATCH (r:Resolved {id: $id})
RETURN n IS NOT NULL OR r IS NOT NULL AS taken
