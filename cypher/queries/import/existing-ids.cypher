// Which of the ids an import would write are held already, by what kind, and whether the
// importer may see the holder (an import never changes what its importer cannot see).
// $ids: [string]  $markings: [string]
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.kind AS kind, n.marking IN $markings AS visible
