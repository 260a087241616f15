// Deletes an entity with its relationships.
// $id: string
MATCH (n:Entity {id: $id})
DETACH DELETE n
RETURN count(*) AS deleted
