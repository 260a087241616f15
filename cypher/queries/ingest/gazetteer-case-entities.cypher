// Case data the ingesting user may see whose name or alias holds one of a document's words, for
// the gazetteer of server/ingest/gazetteer.ts: found through the full-text index of the user's
// clearance (server/ingest/case-data-lookup.ts), not all read.
// $index: string (the full-text index of the user's clearance)
// $queries: [string] (Lucene, over name and aliasesText, a batch of the document's words each)
// $kinds: [string] (the case-data kinds)  $markings: [string]
UNWIND $queries AS query
CALL db.index.fulltext.queryNodes($index, query) YIELD node
WITH DISTINCT node
WHERE node.marking IN $markings AND node.kind IN $kinds
RETURN node.id AS id, node.kind AS kind, node.name AS name, coalesce(node.aliases, []) AS aliases, node.marking AS marking, node.iso2 AS iso2
