// A visible entity's names, to look for its duplicates.
// $id: string  $markings: [string]
MATCH (e:Entity {id: $id})
WHERE e.marking IN $markings
RETURN e.id AS id, e.kind AS kind, e.name AS name, coalesce(e.aliases, []) AS aliases, e.marking AS marking
