// Resolves a duplicate into its survivor. Every relationship of the duplicate (but the SAME_AS of
// earlier resolutions into it) moves to the survivor with all its properties; the duplicate
// trades :Entity and its kind label for :Resolved (keeping its search labels, so its names still
// find the survivor); SAME_AS records the judgement and, by relationship id, what moved where,
// so that undo can put it back. A relationship between the two becomes one of the survivor to itself.
// $duplicate: string  $survivor: string  $judgement: {judgedBy, judgedAt, score, reasons, marking}
MATCH (d:Entity {id: $duplicate}), (s:Entity {id: $survivor})
CALL (d, s) {
  MATCH (d)-[r]->(x)
  WHERE type(r) <> 'SAME_AS'
  WITH r, x = d AS loop, CASE WHEN x = d THEN s ELSE x END AS target
  CREATE (s)-[n:$(type(r))]->(target)
  SET n = properties(r)
  DELETE r
  RETURN collect(coalesce(n.id, elementId(n))) AS movedOut, collect(CASE WHEN loop THEN coalesce(n.id, elementId(n)) END) AS movedLoops
}
CALL (d, s) {
  MATCH (d)<-[r]-(x)
  WHERE type(r) <> 'SAME_AS'
  CREATE (x)-[n:$(type(r))]->(s)
  SET n = properties(r)
  DELETE r
  RETURN collect(coalesce(n.id, elementId(n))) AS movedIn
}
REMOVE d:Entity:$(d.kind)
SET d:Resolved
CREATE (d)-[j:SAME_AS]->(s)
SET j = $judgement, j.movedOut = movedOut, j.movedIn = movedIn, j.movedLoops = movedLoops
RETURN d.id AS duplicate, s.id AS survivor, size(movedOut) + size(movedIn) AS moved
