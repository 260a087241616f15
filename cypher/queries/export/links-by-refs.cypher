// The links of an export of a whole import, a batch of references (source-link-refs) at a
// time, as links-among returns them; a link removed since its reference was read is skipped.
// $refs: [string]  $markings: [string]  $propertyKeys: [string]  $source: string | null
UNWIND $refs AS ref
MATCH (a:Entity)-[r]->(b:Entity)
WHERE elementId(r) = ref AND a.marking IN $markings AND r.marking IN $markings AND b.marking IN $markings
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, r.marking AS marking,
  [k IN $propertyKeys WHERE r[k] IS NOT NULL | [k, r[k]]] AS properties,
  [s IN coalesce(r.sources, []) WHERE EXISTS { MATCH (src:Entity:Source {id: s}) WHERE src.marking IN $markings }] AS sources,
  [i IN range(0, size(coalesce(r.evidenceQuotes, [])) - 1) WHERE coalesce(r.evidenceMarkings[i], r.marking) IN $markings AND ($source IS NULL OR r.evidenceSources[i] = $source) AND EXISTS { MATCH (es:Entity:Source {id: r.evidenceSources[i]}) WHERE es.marking IN $markings } | r.evidenceDates[i]] AS evidenceDates
