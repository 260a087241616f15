// Deletes a note the viewer may see (the author check is made before, by the server).
// $id: string  $markings: [string]
MATCH (n:Note {id: $id})
WHERE n.marking IN $markings AND CASE n.targetType WHEN 'entity' THEN EXISTS { MATCH (e:Entity {id: n.targetId}) WHERE e.marking IN $markings } OR EXISTS { MATCH (a:Resolved {id: n.targetId})((e_x WHERE e_x.marking IN $markings)-[e_s:SAME_AS WHERE e_s.marking IN $markings]->(e_y WHERE e_y.marking IN $markings))+(e:Entity) WHERE a.marking IN $markings AND e.marking IN $markings } WHEN 'link' THEN EXISTS { MATCH (a:Entity {id: n.fromId})-[r]->(b:Entity {id: n.toId}) WHERE r.id = n.targetId AND r.marking IN $markings AND a.marking IN $markings AND b.marking IN $markings } ELSE false END
DELETE n
RETURN count(*) AS deleted
