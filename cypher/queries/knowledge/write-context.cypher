// What a write needs to know, read inside the write transaction: the entity as it is (if any),
// whether it has relationships the writer cannot see, and which cited sources are visible.
// $id: string  $otherId: string|null (the other end of a link)  $sourceIds: [string]  $markings: [string]
OPTIONAL MATCH (n:Entity {id: $id})
OPTIONAL MATCH (o:Entity {id: $otherId})
RETURN
  n {.*} AS entity,
  o {.*} AS other,
  CASE WHEN n IS NULL THEN 0 ELSE COUNT { (n)-[r]-(x) WHERE NOT r.marking IN $markings OR NOT x.marking IN $markings } END AS hiddenLinks,
  [s IN $sourceIds WHERE EXISTS { MATCH (d:Source {id: s}) WHERE d.marking IN $markings }] AS visibleSources
