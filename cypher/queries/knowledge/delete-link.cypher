// Deletes one relationship by id; {{TYPE}} is checked against the model.
// $id: string
MATCH ()-[r:{{TYPE}} {id: $id}]->()
DELETE r
RETURN count(*) AS deleted
