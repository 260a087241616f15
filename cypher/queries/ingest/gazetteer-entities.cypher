// Names and aliases of every entity the ingesting user may see (documents and figures aside:
// they are not named in running text), for the gazetteer of server/ingest/gazetteer.ts.
// $markings: [string]
MATCH (n:Entity)
WHERE n.marking IN $markings AND NOT n:Source AND NOT n:Figure
RETURN n.id AS id, n.kind AS kind, n.name AS name, coalesce(n.aliases, []) AS aliases, n.marking AS marking, n.iso2 AS iso2
