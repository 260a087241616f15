// Whether any entity, visible to the writer or not, holds an id (to choose a new, unique one).
// $id: string
OPTIONAL MATCH (n:Entity {id: $id})
RETURN n IS NOT NULL AS taken
