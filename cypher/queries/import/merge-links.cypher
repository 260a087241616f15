// Upserts imported relationships of one type; {{TYPE}} is checked against the model. Both ends
// were found visible to the importer before anything was written; a link whose end has gone
// since is not written (the count tells). Evidence is merged as for entities.
// $source: string  $markings: [string]
// $rows: [{id, from, to, props, evidence: {evidenceSources, ... as merge-entities}}]
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
WHERE a.marking IN $markings
MATCH (b:Entity {id: row.to})
WHERE b.marking IN $markings
MERGE (a)-[r:{{TYPE}} {id: row.id}]->(b)
ON CREATE SET r.origin = 'import'
WITH r, row, [i IN range(0, size(coalesce(r.evidenceSources, [])) - 1) WHERE r.evidenceSources[i] <> $source] AS kept
SET r += row.props,
  r.evidenceSources = [i IN kept | r.evidenceSources[i]] + row.evidence.evidenceSources,
  r.evidenceQuotes = [i IN kept | r.evidenceQuotes[i]] + row.evidence.evidenceQuotes,
  r.evidenceDates = [i IN kept | r.evidenceDates[i]] + row.evidence.evidenceDates,
  r.evidenceModalities = [i IN kept | r.evidenceModalities[i]] + row.evidence.evidenceModalities,
  r.evidenceMarkings = [i IN kept | r.evidenceMarkings[i]] + row.evidence.evidenceMarkings
SET r.sources = reduce(acc = [], x IN r.evidenceSources | CASE WHEN x IN acc THEN acc ELSE acc + x END)
RETURN count(r) AS written
