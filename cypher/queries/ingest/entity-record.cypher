// An entity the user may see, for accepting a candidate as its alias: the model's properties
// ($propertyKeys, from server/domain/model.ts: never provenance lists) and the evidence items
// the user may see, each whole; the write keeps the others (write-authority.ts mergeEvidence).
// $id: string  $markings: [string]  $propertyKeys: [string]
MATCH (n:Entity {id: $id})
WHERE n.marking IN $markings
RETURN n.id AS id, n.kind AS kind, n.marking AS marking,
  [k IN $propertyKeys WHERE n[k] IS NOT NULL | [k, n[k]]] AS properties,
  [i IN range(0, size(coalesce(n.evidenceQuotes, [])) - 1) WHERE coalesce(n.evidenceMarkings[i], n.marking) IN $markings AND EXISTS { MATCH (es:Entity:Source {id: n.evidenceSources[i]}) WHERE es.marking IN $markings } | { source: n.evidenceSources[i], quote: n.evidenceQuotes[i], date: n.evidenceDates[i], modality: n.evidenceModalities[i], marking: coalesce(n.evidenceMarkings[i], n.marking) }] AS evidence
