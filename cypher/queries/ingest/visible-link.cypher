// The visible relationship of this type between two visible entities, if any, whose evidence a
// link accepted from a candidate adds to: its marking and the evidence items the user may see.
// $from: string  $to: string  $type: string  $markings: [string]
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE type(r) = $type AND a.marking IN $markings AND r.marking IN $markings AND b.marking IN $markings
RETURN r.id AS id, r.marking AS marking,
  [i IN range(0, size(coalesce(r.evidenceQuotes, [])) - 1) WHERE coalesce(r.evidenceMarkings[i], r.marking) IN $markings AND EXISTS { MATCH (es:Entity:Source {id: r.evidenceSources[i]}) WHERE es.marking IN $markings } | { source: r.evidenceSources[i], quote: r.evidenceQuotes[i], date: r.evidenceDates[i], modality: r.evidenceModalities[i], marking: coalesce(r.evidenceMarkings[i], r.marking) }] AS evidence
ORDER BY r.id
LIMIT 1
