// The entities a document names, with the offsets and sentence of each mention, as the user may see them.
// $sourceId: string  $markings: [string]
MATCH (s:Source {id: $sourceId})
WHERE s.marking IN $markings
MATCH (n:Entity)-[r:MENTIONED_IN]->(s)
WHERE r.marking IN $markings AND n.marking IN $markings AND r.mentionStarts IS NOT NULL
RETURN n.id AS id, n.kind AS kind, n.name AS name, r.marking AS marking,
  r.mentionStarts AS starts, r.mentionEnds AS ends, r.mentionSentences AS sentences
ORDER BY starts[0], id
