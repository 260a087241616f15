// The entities of an export, a batch at a time, as the viewer may see them: the model's
// properties ($propertyKeys, made from server/domain/model.ts: never provenance lists), the
// sources they may see, and the date of each evidence item they may see (of $source only when
// given: the date a whole import's rows were stated).
// $ids: [string]  $markings: [string]  $propertyKeys: [string]  $source: string | null
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE n.marking IN $markings
RETURN n.id AS id, n.kind AS kind, n.marking AS marking,
  [k IN $propertyKeys WHERE n[k] IS NOT NULL | [k, n[k]]] AS properties,
  [s IN coalesce(n.sources, []) WHERE EXISTS { MATCH (src:Entity:Source {id: s}) WHERE src.marking IN $markings }] AS sources,
  [i IN range(0, size(coalesce(n.evidenceQuotes, [])) - 1) WHERE coalesce(n.evidenceMarkings[i], n.marking) IN $markings AND ($source IS NULL OR n.evidenceSources[i] = $source) AND EXISTS { MATCH (es:Entity:Source {id: n.evidenceSources[i]}) WHERE es.marking IN $markings } | n.evidenceDates[i]] AS evidenceDates
