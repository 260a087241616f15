// Removes, a batch at a time, the relationships only this source states between entities that
// stay (those written by an import between entities other sources also state).
// $source: string  $batch: integer
MATCH ()-[r]->()
WHERE r.sources = [$source]
WITH r LIMIT $batch
DELETE r
RETURN count(*) AS removed
