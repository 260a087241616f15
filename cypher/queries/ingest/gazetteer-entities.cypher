// Names and aliases of every entity of the given kinds the ingesting user may see, for the
// gazetteer of server/ingest/gazetteer.ts: the curated kinds, read whole (case data is read by
// the document's words: gazetteer-case-entities). A resolved duplicate's names name the entity
// it was resolved into (at the end of its chain of resolutions), as they do in search.
// $kinds: [string]  $markings: [string]
CALL () {
  UNWIND $kinds AS kind
  MATCH (n:Entity {kind: kind})
  WHERE n.marking IN $markings
  RETURN n AS names, n AS entity
  UNION ALL
  MATCH (d:Resolved)
  WHERE d.marking IN $markings AND d.kind IN $kinds
  MATCH (d) ((x WHERE x.marking IN $markings)-[s:SAME_AS WHERE s.marking IN $markings]->(y WHERE y.marking IN $markings))+
    (survivor:Entity WHERE survivor.marking IN $markings)
  RETURN d AS names, survivor AS entity
}
RETURN entity.id AS id, entity.kind AS kind, names.name AS name, coalesce(names.aliases, []) AS aliases,
  entity.marking AS marking, names.marking AS namesMarking, entity.iso2 AS iso2
