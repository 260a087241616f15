// An entity the user may see, whole, for accepting a candidate as its alias (its evidence is
// filtered to what the user may see before it is written back, by write-authority.ts).
// $id: string  $markings: [string]
MATCH (n:Entity {id: $id})
WHERE n.marking IN $markings
RETURN n {.*} AS entity
