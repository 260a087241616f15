// Notes on the relationships a resolution (or its undo) moved keep following them: a note on a
// relationship stores its ends (the relationship is found from them by index), and these become
// the ends it joins now (server/modules/notes/note-targets.ts).
// $ends: [string] (the duplicate's id and the survivor's)
MATCH (n:Note)
WHERE n.targetType = 'link' AND (n.fromId IN $ends OR n.toId IN $ends)
CALL (n) {
  MATCH (e:Entity)-[r]-(:Entity)
  WHERE e.id IN $ends AND r.id = n.targetId
  RETURN r LIMIT 1
}
SET n.fromId = startNode(r).id, n.toId = endNode(r).id
RETURN count(n) AS followed
