// Names and aliases of every entity of the given kinds the ingesting user may see, for the
// gazetteer of server/ingest/gazetteer.ts: the curated kinds, read whole (case data is read by
// the document's words: gazetteer-case-entities).
// $kinds: [string]  $markings: [string]
UNWIND $kinds AS kind
MATCH (n:Entity {kind: kind})
WHERE n.marking IN $markings
RETURN n.id AS id, n.kind AS kind, n.name AS name, coalesce(n.aliases, []) AS aliases, n.marking AS marking, n.iso2 AS iso2
