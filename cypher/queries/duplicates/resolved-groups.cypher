// Every resolved duplicate the viewer may see, with the entity it now is (at the end of its chain
// of resolutions), so the duplicate queue compares groups, not their members.
// $markings: [string]
MATCH (d:Resolved WHERE d.marking IN $markings)
  ((x WHERE x.marking IN $markings)-[s:SAME_AS WHERE s.marking IN $markings]->(y WHERE y.marking IN $markings))+
  (e:Entity WHERE e.marking IN $markings)
RETURN d.id AS id, e.id AS survivor
