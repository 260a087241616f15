// The entity a note is to be about, if the writer may see it (else no row, as for an unused id),
// with its marking: a note is never less strict than what it is about.
// $id: string  $markings: [string]
MATCH (e:Entity {id: $id})
WHERE e.marking IN $markings
RETURN e.id AS id, null AS fromId, null AS toId, [e.marking] AS markings
