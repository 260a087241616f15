// Gives up to $batch entities whose search labels are not those of their marking the right ones:
// entities written before the per-clearance search indexes existed, or edited by hand.
// $searchLabels: [string]  $searchLabelsByMarking: {marking: [string]}  (server/domain/derive.ts)
// $batch: integer
MATCH (n:Entity)
WITH n, coalesce($searchLabelsByMarking[n.marking], []) AS wanted
WHERE any(l IN $searchLabels WHERE (l IN labels(n)) <> (l IN wanted))
WITH n, wanted LIMIT $batch
REMOVE n:$($searchLabels)
SET n:$(wanted)
RETURN count(n) AS labelled
