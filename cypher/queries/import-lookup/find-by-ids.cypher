// Entities the importer may see, by id: the other ends of imported links. What they may not
// see is not found, exactly like an id nobody uses.
// $ids: [string]  $markings: [string]
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE n.marking IN $markings
RETURN n.id AS id, n.kind AS kind
