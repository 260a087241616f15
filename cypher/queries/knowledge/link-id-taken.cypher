// Whether any relationship of a type, visible to the writer or not, holds an id (to choose a new,
// unique one); {{TYPE}} is checked against the model.
// $id: string
RETURN EXISTS { MATCH ()-[r:{{TYPE}} {id: $id}]->() } AS taken
