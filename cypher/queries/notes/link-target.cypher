// The relationship a note is to be about, if the writer may see it and both its ends (else no row,
// as for an unused id), with its ends and the markings a note on it may not be below;
// {{TYPE}} (from the id) is checked against the model.
// $id: string  $markings: [string]
MATCH (a:Entity)-[r:{{TYPE}} {id: $id}]->(b:Entity)
WHERE r.marking IN $markings AND a.marking IN $markings AND b.marking IN $markings
RETURN r.id AS id, a.id AS fromId, b.id AS toId, [r.marking, a.marking, b.marking] AS markings
