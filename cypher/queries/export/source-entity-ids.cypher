// Ids of the entities whose provenance cites a source (every row an import wrote), that the
// viewer may see; read once, then in batches by entities-by-ids.
// $source: string  $markings: [string]
MATCH (n:Entity)
WHERE $source IN n.sources AND n.marking IN $markings AND n.kind <> 'Source'
RETURN n.id AS id
ORDER BY id
