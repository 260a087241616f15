// What a write needs to know, read inside the write transaction: the entity as it is (if any),
// whether it has relationships the writer cannot see, how many duplicates were resolved into it,
// and which of the cited sources (those the write cites and those the entity's evidence already
// cites) the writer can see.
// $id: string  $otherId: string|null (the other end of a link)  $sourceIds: [string]  $markings: [string]
OPTIONAL MATCH (n:Entity {id: $id})
OPTIONAL MATCH (o:Entity {id: $otherId})
RETURN
  n {.*} AS entity,
  o {.*} AS other,
  CASE WHEN n IS NULL THEN 0 ELSE COUNT { (n)-[r]-(x) WHERE NOT r.marking IN $markings OR NOT x.marking IN $markings } END AS hiddenLinks,
  CASE WHEN n IS NULL THEN 0 ELSE COUNT { (n)<-[s:SAME_AS]-(d:Resolved) } END AS resolvedInto,
  [s IN $sourceIds + coalesce(n.evidenceSources, []) WHERE EXISTS { MATCH (d:Source {id: s}) WHERE d.marking IN $markings }] AS visibleSources
