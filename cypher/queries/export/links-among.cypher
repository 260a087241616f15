// The links of an export of a selection, a batch of start entities at a time: those from
// $starts to any entity of the selection ($ids), that the viewer may see with both ends, with
// the model's properties ($propertyKeys), visible sources and visible evidence dates.
// $starts: [string]  $ids: [string]  $markings: [string]  $propertyKeys: [string]  $source: string | null
UNWIND $starts AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE a.marking IN $markings AND r.marking IN $markings AND b.marking IN $markings AND b.id IN $ids
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, r.marking AS marking,
  [k IN $propertyKeys WHERE r[k] IS NOT NULL | [k, r[k]]] AS properties,
  [s IN coalesce(r.sources, []) WHERE EXISTS { MATCH (src:Entity:Source {id: s}) WHERE src.marking IN $markings }] AS sources,
  [i IN range(0, size(coalesce(r.evidenceQuotes, [])) - 1) WHERE coalesce(r.evidenceMarkings[i], r.marking) IN $markings AND ($source IS NULL OR r.evidenceSources[i] = $source) AND EXISTS { MATCH (es:Entity:Source {id: r.evidenceSources[i]}) WHERE es.marking IN $markings } | r.evidenceDates[i]] AS evidenceDates
