// Case data the ingesting user may see whose name or alias holds one of a document's words, for
// the gazetteer of server/ingest/gazetteer.ts: found through the full-text index of the user's
// clearance (server/ingest/case-data-lookup.ts), not all read. A resolved duplicate's names
// name the entity it was resolved into, as they do in search.
// $index: string (the full-text index of the user's clearance)
// $queries: [string] (Lucene, over name and aliasesText, a batch of the document's words each)
// $kinds: [string] (the case-data kinds)  $markings: [string]
UNWIND $queries AS query
CALL db.index.fulltext.queryNodes($index, query) YIELD node AS hit
WITH DISTINCT hit
WHERE hit.marking IN $markings AND hit.kind IN $kinds
OPTIONAL MATCH (hit:Resolved)
  ((x WHERE x.marking IN $markings)-[s:SAME_AS WHERE s.marking IN $markings]->(y WHERE y.marking IN $markings))+
  (survivor:Entity WHERE survivor.marking IN $markings)
WITH hit, coalesce(survivor, hit) AS entity
WHERE entity:Entity
RETURN entity.id AS id, entity.kind AS kind, hit.name AS name, coalesce(hit.aliases, []) AS aliases,
  entity.marking AS marking, hit.marking AS namesMarking, entity.iso2 AS iso2
