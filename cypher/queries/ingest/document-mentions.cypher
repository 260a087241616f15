// The entities a document names, with the offsets and sentence of each mention, as the user may
// see them. No row when the document is absent or hidden from the user (alike).
// $sourceId: string  $markings: [string]
MATCH (s:Source {id: $sourceId})
WHERE s.marking IN $markings
OPTIONAL CALL (s) {
  MATCH (n:Entity)-[r:MENTIONED_IN]->(s)
  WHERE r.marking IN $markings AND n.marking IN $markings AND r.mentionStarts IS NOT NULL
  RETURN collect({ id: n.id, kind: n.kind, name: n.name, marking: r.marking, starts: r.mentionStarts, ends: r.mentionEnds, sentences: r.mentionSentences }) AS mentions
}
RETURN s.id AS sourceId, mentions
