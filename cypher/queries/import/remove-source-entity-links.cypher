// Removes, a batch at a time, the relationships of the entities only this source states, before
// those entities go: a place tens of thousands of people are nationals of would otherwise take
// all its relationships into one transaction's memory.
// $source: string  $batch: integer
MATCH (n:Entity)-[r]-()
WHERE n.sources = [$source]
WITH DISTINCT r LIMIT $batch
DELETE r
RETURN count(*) AS removed
