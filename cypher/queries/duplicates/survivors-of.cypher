// The entities that resolved duplicates' ids now lead to (the end of each chain of resolutions),
// so a lookup by an id that was merged away finds what it became.
// $ids: [string]  $markings: [string]
UNWIND $ids AS id
MATCH (d:Resolved {id: id})
  ((x WHERE x.marking IN $markings)-[s:SAME_AS WHERE s.marking IN $markings]->(y WHERE y.marking IN $markings))+
  (e:Entity)
WHERE d.marking IN $markings AND e.marking IN $markings
RETURN id, e.id AS survivor
