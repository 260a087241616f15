// Upserts imported entities of one kind; {{LABEL}} is the kind, checked against the model.
// This source's evidence replaces what it said before and other sources' evidence is kept, so
// importing a file again changes nothing. Each entity is linked to the source it comes from.
// $source: string  $rows: [{id, props, evidence: {evidenceSources, evidenceQuotes, evidenceDates,
//   evidenceModalities, evidenceMarkings}, mention: {id, props}}]
// $searchLabels: [string]  $searchLabelsByMarking: {marking: [string]}
MATCH (s:Entity {id: $source})
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.origin = 'import'
WITH s, n, row, [i IN range(0, size(coalesce(n.evidenceSources, [])) - 1) WHERE n.evidenceSources[i] <> $source] AS kept
SET n += row.props, n:{{LABEL}},
  n.evidenceSources = [i IN kept | n.evidenceSources[i]] + row.evidence.evidenceSources,
  n.evidenceQuotes = [i IN kept | n.evidenceQuotes[i]] + row.evidence.evidenceQuotes,
  n.evidenceDates = [i IN kept | n.evidenceDates[i]] + row.evidence.evidenceDates,
  n.evidenceModalities = [i IN kept | n.evidenceModalities[i]] + row.evidence.evidenceModalities,
  n.evidenceMarkings = [i IN kept | n.evidenceMarkings[i]] + row.evidence.evidenceMarkings
SET n.sources = reduce(acc = [], x IN n.evidenceSources | CASE WHEN x IN acc THEN acc ELSE acc + x END)
REMOVE n:$($searchLabels)
SET n:$(coalesce($searchLabelsByMarking[n.marking], []))
MERGE (n)-[m:MENTIONED_IN {id: row.mention.id}]->(s)
SET m = row.mention.props
RETURN count(n) AS written
