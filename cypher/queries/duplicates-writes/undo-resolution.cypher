// Undoes a resolution: the relationships that moved go back to the duplicate, which becomes an
// entity of its kind again, and the SAME_AS goes. Relationships given to the survivor since stay.
// $duplicate: string
MATCH (d:Resolved {id: $duplicate})-[j:SAME_AS]->(s:Entity)
CALL (d, s, j) {
  MATCH (s)-[r]->(x)
  WHERE coalesce(r.id, elementId(r)) IN j.movedOut
  WITH r, CASE WHEN coalesce(r.id, elementId(r)) IN j.movedLoops THEN d ELSE x END AS target
  CREATE (d)-[n:$(type(r))]->(target)
  SET n = properties(r)
  DELETE r
  RETURN count(n) AS movedOut
}
CALL (d, s, j) {
  MATCH (s)<-[r]-(x)
  WHERE coalesce(r.id, elementId(r)) IN j.movedIn
  CREATE (x)-[n:$(type(r))]->(d)
  SET n = properties(r)
  DELETE r
  RETURN count(n) AS movedIn
}
DELETE j
REMOVE d:Resolved
SET d:Entity:$(d.kind)
RETURN d.id AS duplicate, s.id AS survivor, movedOut + movedIn AS moved
