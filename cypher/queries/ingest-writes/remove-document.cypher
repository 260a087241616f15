// Removes an ingested document with its mentions and candidates (tests and the benchmark; never a seed document).
// $id: string
MATCH (s:Source {id: $id, origin: 'ingest'})
OPTIONAL MATCH (c:Candidate {sourceId: $id})
DETACH DELETE c
WITH DISTINCT s
DETACH DELETE s
RETURN count(*) AS removed
