// References (element ids, valid while the relationship exists) of the links whose provenance
// cites a source, that the viewer may see with both their ends; provenance links
// ($structuralTypes) are made by the import itself and are not exported. Read in batches by
// links-by-refs.
// $source: string  $markings: [string]  $structuralTypes: [string]
MATCH (a:Entity)-[r]->(b:Entity)
WHERE $source IN r.sources AND r.marking IN $markings AND a.marking IN $markings AND b.marking IN $markings
  AND NOT type(r) IN $structuralTypes
RETURN elementId(r) AS ref
