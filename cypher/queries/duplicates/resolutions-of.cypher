// The duplicates resolved into an entity, directly or through earlier resolutions, newest first:
// each with its own names and the evidence the viewer may see, and who judged it and when.
// $id: string  $markings: [string]
MATCH (e:Entity {id: $id})
WHERE e.marking IN $markings
MATCH (d:Resolved WHERE d.marking IN $markings)
  ((x WHERE x.marking IN $markings)-[s:SAME_AS WHERE s.marking IN $markings]->(y WHERE y.marking IN $markings))+
  (e)
WITH d, s[0] AS judgement, y[0] AS into
RETURN d.id AS id, d.kind AS kind, d.name AS name, coalesce(d.aliases, []) AS aliases, d.description AS description,
  d.marking AS marking, into.id AS resolvedInto, judgement.judgedBy AS judgedBy, judgement.judgedAt AS judgedAt,
  judgement.score AS score, coalesce(judgement.reasons, []) AS reasons,
  [i IN range(0, size(coalesce(d.evidenceQuotes, [])) - 1) WHERE coalesce(d.evidenceMarkings[i], d.marking) IN $markings AND EXISTS { MATCH (es:Entity:Source {id: d.evidenceSources[i]}) WHERE es.marking IN $markings } | { source: d.evidenceSources[i], quote: d.evidenceQuotes[i], date: d.evidenceDates[i], modality: d.evidenceModalities[i] }] AS evidence
ORDER BY judgedAt DESC, id
