// Roots: full-text matches over the text of analysts' notes, best first.
// $index: the note index of the viewer's clearance (it holds only notes they may see, so hidden
//         notes move no score; the rule stays as a second guard, and checks what each is about)
// $query: Lucene query built from escaped user terms   $limit: integer   $markings: [string]
// Ends with node and score in scope; the compiled tail (server/modules/search) projects what
// the request selects of each note and of what it is about.
CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
WHERE node.marking IN $markings AND CASE node.targetType WHEN 'entity' THEN EXISTS { MATCH (e:Entity {id: node.targetId}) WHERE e.marking IN $markings } OR EXISTS { MATCH (a:Resolved {id: node.targetId})((e_x WHERE e_x.marking IN $markings)-[e_s:SAME_AS WHERE e_s.marking IN $markings]->(e_y WHERE e_y.marking IN $markings))+(e:Entity) WHERE a.marking IN $markings AND e.marking IN $markings } WHEN 'link' THEN EXISTS { MATCH (a:Entity {id: node.fromId})-[r]->(b:Entity {id: node.toId}) WHERE r.id = node.targetId AND r.marking IN $markings AND a.marking IN $markings AND b.marking IN $markings } ELSE false END
WITH node, score ORDER BY score DESC, node.createdAt DESC, node.id LIMIT $limit
