// Removes, a batch at a time, the entities only this source states (with their relationships),
// and the source itself once nothing else cites it: what an import wrote, and nothing else.
// $source: string  $batch: integer
MATCH (n:Entity)
WHERE n.sources = [$source]
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS removed
